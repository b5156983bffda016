extension Catalog {
    /// The English texts, in the format described on ``Catalog``.
    static let englishText = #"""
# English texts of nnstep. Format: [key], then the text (lines are joined with one space);
# {name} is filled in by the program; # starts a comment.

# --- Pieces ---------------------------------------------------------------------------------
[word.and]
and
[word.none]
none
[word.example]
example {index}
[word.examples]
examples {list}
[word.neuron]
neuron {index}
[word.position]
row {row}, column {column}
[word.hiddenLayer]
the hidden layer (layer {layer} of {layers})
[word.outputLayer]
the output layer (layer {layer} of {layers})
[word.sourceColumn]
column {index} of {input}

[unsampled]
Epoch {epoch} was not sampled: the trace kept none of its matrices, so this step is explained
without numbers.

# --- Data -----------------------------------------------------------------------------------
[inputs.title]
Input data {result}
[inputs.meaning]
{result} is a {shape} matrix: each row is one example and each column one input (x₁, x₂…). The
{examples} examples go through the network together, which is why the rows stay the examples in
every step that follows.
[inputs.cases]
In order, the examples are {cases}.

[targets.title]
Expected outputs {result}
[targets.meaning]
{result} holds the right answer for each example: a {shape} matrix with one row per example and
one column per output neuron. The forward pass never uses it; it only measures how wrong the
network is.
[targets.cases]
Here: {cases}.

# --- Parameters -----------------------------------------------------------------------------
[weights.title]
Weights {result}
[weights.meaning]
{result} holds the weights of {layerName}, a {shape} matrix. Column j gathers everything that
feeds neuron j of that layer, one weight per column of {input}; row i holds the weights leaving
column i of {input}.
[weights.largest]
The largest in absolute value is {value} ({position}): it links {source} to {neuron}.
[weights.convolution]
{result} holds the {filters} filters of {layerName}, one per column ({shape}): each column has
the {patchSize} weights of a {patch} patch of {input}, channel by channel and row by row. It is
a dense layer's X·W convention, with the patches in the place of the inputs.
[weights.largestFilter]
The largest in absolute value is {value} ({position}): it belongs to filter {filter}.
[bias.convolution]
{result} keeps one bias per filter of {layerName}, in a single {shape} row: the same number is
added at every position of that filter's map, in every example.
[bias.title]
Biases {result}
[bias.meaning]
{result} keeps one bias per neuron of {layerName}, in a single {shape} row. It is added the same
way for every example and shifts the point where the neuron switches on, without going through
any input.
[bias.values]
Values: {list}.
[parameter.firstEpoch]
In epoch 1 these are the initial values: nothing has adjusted them yet.
[parameter.laterEpoch]
These are the values epoch {epoch} starts from, already corrected by the earlier epochs.

# --- Forward pass ---------------------------------------------------------------------------
[affine.title]
Weighted sum {result}
[affine.product]
Multiplying {input} by {weights} gives each neuron of {layerName}, for every example, the sum of
its inputs times its weights. The shapes fit like this: {productRule}; the rows come from
{input} (the examples) and the columns from {weights} (the neurons).
[affine.broadcast]
{bias} is a single {biasShape} row: numpy adds it to each of the {examples} rows as if it were
copied once per example (broadcasting), so the full rule is {rule}.
[affine.largest]
The highest sum is {value}, for {example} at {neuron}.
[affine.largestExpanded]
The highest sum is the one of {example} at {neuron}: {expansion}.
[affine.next]
{result} can be any real number; the next step passes it through the activation.

[sigmoid.title]
Sigmoid activation {result}
[sigmoid.meaning]
σ(z) = 1 / (1 + e^(−z)) is applied to each element of {input} on its own, so {result} keeps the
shape {shape}. Every value ends up inside (0, 1): z = 0 gives 0.5, negative z fall below it and
positive z above.
[sigmoid.prediction]
Since this is the last layer, {result} is the network's prediction ŷ for each example.
[sigmoid.range]
Here the values go from {min} to {max}.
[sigmoid.undecided]
All predictions, between {min} and {max}, are within 0.1 of 0.5: for now the network hardly tells
the cases apart.
[sigmoid.uniform]
All predictions are almost the same, between {min} and {max}: the network gives every case the
same answer without telling them apart.
[sigmoid.spread]
The highest prediction is {max} ({maxExample}) and the lowest {min} ({minExample}).
[sigmoid.saturated]
{count} of {total} values are saturated. The most extreme is {example} at {neuron}: σ = {value},
so close to the edge that its slope σ' = {slope} is almost zero, and that example can barely
correct the weights into that neuron.
[sigmoid.unsaturated]
No neuron is saturated (all between 0.05 and 0.95): the slope σ' = σ·(1 − σ) is at least
{minSlope}, so the error will be able to flow back through here.

# --- Error ----------------------------------------------------------------------------------
[residual.title]
Residual error {result} = {target} − {prediction}
[residual.meaning]
The prediction {prediction} is subtracted from the expected answer {target}, example by example
({rule}). The sign says which way to correct: positive if the prediction fell short and should
go up, negative if it overshot and should go down.
[residual.worst]
The worst handled is {example}: {expected} was expected and the network gave {predicted}, an
error of {value}.
[residual.directions]
Asking to go up: {up}. Asking to go down: {down}.

[loss.title]
Loss (mean squared error)
[loss.meaning]
The loss sums up the {count} errors in a single number: it squares each one (the sign stops
mattering and large errors weigh more) and takes the mean. It is there to watch training; what
travels backwards is not this number but the {error} of each example.
[loss.value]
In epoch {epoch} it is {value}.
[loss.nearBaseline]
That is almost exactly 0.25, the cost of answering 0.5 to everything (every error would be
±0.5): the network has not learnt anything useful yet. If it stayed there for many epochs, it
would be stuck.
[loss.aboveBaseline]
It is above 0.25, the cost of always answering 0.5: for now the network does worse than not
deciding at all.
[loss.belowBaseline]
It is already below 0.25, the cost of always answering 0.5: the network tells the cases apart
to some extent.
[loss.decreased]
It went down by {change} since the previous recorded loss ({previous}).
[loss.increased]
It went up by {change} since the previous recorded loss ({previous}); if this keeps happening,
η = {eta} may be too large.
[loss.flat]
It barely changes from the previous recorded loss ({previous}): the curve is flat in this
stretch.

# --- Backward pass --------------------------------------------------------------------------
[outputDelta.title]
Output delta {result}
[outputDelta.meaning]
{result} multiplies each error by the slope of the sigmoid in that same example,
σ'({sum}) = {activation} ⊙ (1 − {activation}). It is an element-wise product, so the result is a
{shape} column, one row per example. That slope never exceeds 0.25 (its value when σ = 0.5), so
{result} is at most a quarter of the error.
[outputDelta.largest]
The largest in absolute value is that of {example}: error {errorValue} × slope {slope} = {value}.
[outputDelta.largestIsWorst]
It is also the example with the largest error: here the size of the error decides.
[outputDelta.largestIsNotWorst]
The error is larger in {example} ({errorValue}), but there the slope is only {slope}: the slope
matters as much as the error.
[outputDelta.saturated]
In {example} the output is saturated (σ' = {slope}): although the error is {errorValue}, only
{value} reaches the delta.

[backpropagate.title]
Backpropagated error {result}
[backpropagate.meaning]
The delta {delta} travels back to {layerName} through the same weights {weights} used on the way
forward, but transposed: {weights} is {weightsShape} and {weights}ᵀ is {transposedShape}, so
{rule}. Each row is still one example; column j tells how much of the delta reaches neuron j
through its weight.
[backpropagate.raw]
It is still a raw error: the next step will scale it by the slope of each neuron.
[backpropagate.perWeight]
With {weightList}, each column is {delta} scaled by a single weight: {columns}.
[backpropagate.flip]
Since {weightName} = {weight} is negative, {neuron} receives the delta with its sign flipped: in
{example}, {delta} = {deltaValue} arrives as {value}. What the output would like to raise, that
neuron should lower, and the other way round.
[backpropagate.sameSign]
All weights are positive: each neuron receives the delta with the same sign, only scaled.
[backpropagate.strongest]
The one that receives the most is {neuron}, because its weight {weightName} = {weight} is the
largest in absolute value.
[backpropagate.mixed]
Since {weights} has several columns, each entry adds up what arrives from every neuron of the
next layer, each through its weight in row j of {weights}.
[backpropagate.largest]
The largest entry in absolute value is {value}, for {example} at {neuron}.

[hiddenDelta.title]
Hidden delta {result}
[hiddenDelta.meaning]
{result} = {received} ⊙ σ'({sum}): the error that reached each neuron is multiplied by that same
neuron's slope in that example, σ' = {activation} ⊙ (1 − {activation}). Being element-wise, it
keeps the shape {shape}. This delta, not the raw error, is what will adjust {weights}.
[hiddenDelta.largest]
The largest in absolute value is that of {example} at {neuron}: received error {errorValue} ×
slope {slope} = {value}.
[hiddenDelta.saturated]
In {example}, {neuron} is saturated (a = {activationValue}, σ' = {slope}): its delta stays at
{value}, next to nothing, however much error reaches it ({errorValue}).
[hiddenDelta.unsaturated]
No neuron of {layerName} is saturated (σ' ≥ {minSlope}): all of them receive part of the error.
[hiddenDelta.smaller]
They are smaller than those of {upper} (at most {max} against {upperMax}): each layer on the way
back multiplies again by a slope of at most 0.25, so the signal weakens in the deeper layers.

# --- Adjusting the parameters ---------------------------------------------------------------
[weightGradient.title]
Weight adjustment {result}
[weightGradient.meaning]
{result} = η·{input}ᵀ·{delta}. Transposing {input} ({inputShape} becomes {transposedShape}) makes
the product {rule}, the same shape as {weights}: each entry of {result} corrects the weight in
its position.
[weightGradient.sum]
The product runs over the {examples} examples and adds them up: entry (i, j) is
η·Σₖ {input}[k,i]·{delta}[k,j]. Like the notes' code, it does not divide by {examples}: it is a
sum, not a mean, scaled by η = {eta}.
[weightGradient.inputRow]
Row {row} (weights leaving {source}): only the examples where {source} ≠ 0 contribute
({active}). In the others ({silent}), {source} = 0 cancels the product, however large their
delta. So row {row} = {eta}·({terms}) = {rowValues}.
[weightGradient.inputRowBrief]
Row {row} (weights leaving {source}): only the examples where {source} ≠ 0 contribute
({active}). In the others ({silent}), {source} = 0 cancels the product, however large their
delta.
[weightGradient.zeroRow]
Row {row} is exactly 0: {source} is 0 in every example, so those weights had no influence at
all and there is nothing to correct.
[weightGradient.zeroDelta]
Entry ({position}) is exactly 0 because the examples where {source} ≠ 0 have a delta of 0 at
{neuron}.
[weightGradient.zeroCancel]
Entry ({position}) is exactly 0 because the contributions of the examples cancel each other.
[weightGradient.nearCancel]
Entry ({position}) shows as 0.0000 but is not exactly 0: it is {exact}, because the
contributions of the examples almost cancel out.
[weightGradient.silentExample]
In {example} every input is 0, so that example adds nothing to {result}: it can only correct
the network through the biases.
[weightGradient.allActive]
No value of {input} is 0, so all {examples} examples contribute to every entry.
[weightGradient.largest]
The largest in absolute value is at {position}: {expansion}.

[biasGradient.title]
Bias adjustment {result}
[biasGradient.meaning]
{result} = η·Σ {delta}: each column of {delta} is summed over the {examples} examples ({rule}) and
multiplied by η = {eta}. No input multiplies it: a bias works like a weight whose input is
always 1, so every example contributes, including those whose inputs are 0.
[biasGradient.column]
For {neuron}: {eta}·({terms}) = {value}.
[biasGradient.cancel]
At {neuron} the examples push in opposite directions and offset each other: the sum ends at
{sum}, although their absolute values add up to {absolute}.

[update.title]
Update of {result}
[update.meaning]
{result} ← {result} + {change}, entry by entry ({rule}). It is added because the error was
defined as y − {prediction}: with that sign, {change} already points to where the loss goes
down, and adding it amounts to subtracting the gradient. It is the `+=` of the notes' code.
[update.largest]
The entry that changes most is at {position}: {old} → {new} ({difference}).
[update.single]
It goes from {old} to {new} ({difference}).
[update.small]
These are small changes: with η = {eta} each epoch moves the parameters only a little, and the
learning comes from repeating it over many epochs.

# --- More pieces ----------------------------------------------------------------------------
[word.class]
class {index}
[word.map]
map {index}

# --- Other activations (§1, §3.1; slides: activation functions) -----------------------------
[activation.prediction]
Since this is the last layer, {result} is the network's prediction ŷ for each example.
[activation.range]
Here the values go from {min} to {max}.
[activation.slopeRange]
With this step's numbers, those slopes go from {minSlope} to {maxSlope}.

[heaviside.title]
Heaviside step {result}
[heaviside.meaning]
H(z) gives 1 when z > 0 and 0 otherwise: the neuron can only answer yes or no, with nothing in
between. It is the activation of the notes' perceptron (§1), and {result} keeps the shape
{shape}.
[heaviside.fired]
Outputs that fire: {fired} of {total}, those whose z > 0; the other {silent} stay at 0.
[heaviside.predictions]
The answer for each example: {cases}.
[heaviside.slope]
The step's slope is 0 everywhere (at z = 0 it is not even defined), so no error could travel
back through it. That is why the perceptron is not trained by backpropagation but by its own
rule, w ← w + η·error·x (§1.1).

[tanh.title]
tanh activation {result}
[tanh.meaning]
tanh(z) takes each element of {input} into the interval (−1, 1), centred on 0: z = 0 gives 0,
negative z stay negative and positive z positive. It is a stretched and shifted sigmoid,
tanh(z) = 2σ(2z) − 1, and {result} keeps the shape {shape}.
[tanh.saturated]
{count} of the {total} values are beyond 0.9 in absolute value: there the curve is almost flat.
[tanh.slope]
Its derivative, 1 − tanh²(z), is 1 at z = 0, four times the largest σ' (0.25), but it also
approaches 0 at both ends: tanh eases the vanishing gradient without removing it.

[relu.title]
ReLU activation {result}
[relu.meaning]
ReLU(z) = max(0, z) treats each element of {input} on its own: positive values go through as they
are and everything else becomes 0. {result} keeps the shape {shape}.
[relu.zeroed]
Of the {total} values of {input}, {zeroed} were negative or 0 and are now 0; the other {kept} do
not change.
[relu.slope]
Going back, its derivative will be 1 where z > 0 and 0 elsewhere. Multiplying by 1 leaves the
error as it was, whereas σ' never goes above 0.25: with ReLU the error reaches the first layers
without shrinking, and the gradient does not vanish (§3.1).
[relu.dead]
Neurons that no example of this batch switches on: {neurons}. A neuron stuck like that for good
would be «dead» (§3.1): output 0, slope 0, and no adjustment would ever reach it again.

[leakyRelu.title]
Leaky ReLU activation {result}
[leakyRelu.meaning]
Leaky ReLU lets positive values through as they are and multiplies the rest by 0.01: instead of
switching the neuron off completely, it keeps a trickle of the negative side. {result} keeps the
shape {shape}.
[leakyRelu.negatives]
{negative} of the {total} values of {input} were negative or 0 and are multiplied by 0.01: the
lowest, {minZ}, becomes {minA}.
[leakyRelu.slope]
Its derivative is 1 for z > 0 and 0.01 elsewhere: never 0, so some error always arrives and a
neuron that looked dead can learn again (§3.1).

[elu.title]
ELU activation {result}
[elu.meaning]
ELU lets positive values through as they are and maps every z ≤ 0 to e^z − 1, a smooth curve
that approaches −1 without reaching it. {result} keeps the shape {shape}.
[elu.negatives]
{negative} of the {total} values of {input} were negative or 0; the lowest, {minZ}, ends at
{minA}.
[elu.slope]
Its derivative is 1 for z > 0 and e^z (between 0 and 1) elsewhere: it only becomes small for very
negative z.

[gelu.title]
GELU activation {result}
[gelu.meaning]
GELU multiplies each z by Φ(z), the probability that a standard normal falls below z: very
positive values pass almost whole, very negative ones stay close to 0, and in between the curve
is smooth. {result} keeps the shape {shape}.
[gelu.slope]
Its derivative, Φ(z) + z·φ(z), does not drop abruptly to 0 as ReLU's does, and approaches 1 for
large z.

[swish.title]
Swish activation {result}
[swish.meaning]
Swish multiplies each z by σ(z): for large z it behaves like ReLU, for very negative z it tends
to 0, and in between it dips a little below 0 (down to about −0.28). {result} keeps the shape
{shape}.
[swish.slope]
Its derivative is σ(z)·(1 + z·(1 − σ(z))): close to 1 for large z and to 0 for very negative z.

[linear.title]
No activation {result}
[linear.meaning]
{result} = {input}: the identity leaves the sums as they are. Without any non-linear function,
adding layers would gain nothing: the result would still be a linear combination (§2).
[linear.slope]
Its derivative is 1 everywhere: the error travels back unchanged.

[softmax.title]
Softmax {result}
[softmax.meaning]
The softmax works row by row: each value of {input} becomes e^z and is divided by the sum of
those of its row, softmax(z_i) = e^(z_i) / Σ e^(z_j). Each row of {result} ({shape}) thus shares
out a probability among the {classes} classes (numbered from 0, like the digits): everything
lies between 0 and 1 and the row adds up to 1.
[softmax.sums]
Checked on these numbers: no row strays from 1 (the furthest adds up to {sum}).
[softmax.first]
In {example}, the most probable class is {class}, with a probability of {probability}.
[softmax.undecided]
That probability is still close to 1/{classes} = {uniform}, what an even split would give: the
network has hardly started to choose.
[softmax.firstRight]
It is exactly the class y gives.
[softmax.firstWrong]
But according to y the right one is {trueClass}, which only gets {trueProbability}.
[softmax.hits]
Over the whole batch, the most probable class matches y's in {hits} of {rows} examples.
[softmax.slope]
Since every output depends on its whole row, the softmax has no per-element slope like σ'. With
the cross-entropy it will not be needed: together, their derivatives reduce to ŷ − y (§3.2).

# --- Convolutional networks (§4) ------------------------------------------------------------
[conv.title]
Convolution {result}
[conv.meaning]
Each of the {filters} filters of {kernel}×{kernel} sweeps the input {input} of every example
({inImage}); at each position it multiplies the values it covers by its weights, adds them up
and adds its bias, and that number is one pixel of the feature map (§4.1).
[conv.shapes]
Without padding, a {kernel}×{kernel} filter fits in only {inHeight} − {kernel} + 1 = {outHeight}
positions down each column: every map loses {lost} rows and {lost} columns, a frame {border}
wide all around. That is why each example goes from {inImage} to {outImage}.
[conv.filters]
{weights} has {filters} columns, one per filter, and each filter produces one output channel:
{filters} filters give {filters} maps of {outHeight}×{outWidth}.
[conv.product]
Although the filter slides, the arithmetic is a matrix product with the usual X·W convention:
each {inChannels}×{kernel}×{kernel} patch is laid out as a row of {patchSize} numbers (the patch
matrix, [{patchRows}×{patchSize}]) and multiplied by {weights}, [{patchSize}×{filters}]; {bias}
adds one bias per filter.
[conv.notesFirst]
In the notes, the first convolution takes [1×28×28] to [32×26×26] with 32 filters of 3×3
(28 − 2 = 26); here, {inImage} becomes {outImage}.
[conv.edgeExample]
The example of §4.1 shows what a filter can learn: with columns −1, 0 and 1, it gives {flat} on a
flat patch of pixels at 255 (no change, no edge) and {edge} on an edge going from black (0) to
white (255), a very strong response; here nobody writes the filters by hand, training tunes them.
[conv.notesSecond]
In the notes, the second convolution takes [32×13×13] to [64×11×11] with 64 filters
(13 − 2 = 11); here, {inImage} becomes {outImage}.
[conv.largest]
The highest value, {value}, is in {example}, {map}, row {row}, column {column}: that is where
this filter finds what it looks for most strongly.

[pool.title]
Max pooling {result}
[pool.meaning]
Each map of {input} is cut into blocks of {size}×{size} and only the highest value of each block
is kept, the brightest: {inImage} becomes {outImage}. Each channel ({channels} in all) is handled
separately.
[pool.floor]
Since {side} is not a multiple of {size}, {side}/{size} = {exact} is rounded down to {floor}, as
PyTorch does: what is left at the end does not fill a block and is dropped.
[pool.count]
Of the {inCount} numbers of each example, {outCount} remain.
[pool.notes]
In the notes, maps of 26×26 become 13×13, and those of 11×11 become 5×5 (11/2 = 5.5, rounded
to 5).
[pool.invariance]
What matters is that a feature shows up in the area, not its exact pixel: if the drawing moves a
little, the block's maximum hardly changes. This makes the network tolerant to small shifts
(translation invariance).
[pool.firstBlock]
For instance, the first block of {example} in {map} is {block}, and {max} is what remains of it.

[flatten.title]
Flattening {result}
[flatten.meaning]
The {channels} maps of {height}×{width} of each example are placed one after another in a single
row: {channels}·{height}·{width} = {count} numbers per example, {inShape} → {outShape}. No number
changes; they just stop being read as an image, because a dense layer only accepts a list
(§4.2).
[flatten.notesSame]
This is exactly the notes' `x = x.view(-1, 64 * 5 * 5)`: 64 maps of 5×5, 1600 numbers.
[flatten.notesOther]
In the notes it is `x = x.view(-1, 64 * 5 * 5)`, with 64 maps of 5×5 (1600 numbers); with these
maps it would be `x.view(-1, {channels} * {height} * {width})`, {count} numbers.
[flatten.next]
That is why the first dense layer must have {count} inputs, a number that changes whenever the
filters or the layers before it change. There is no backward step of its own: the gradient is
simply read as maps again.

[dropoutMask.title]
Dropout mask {result}
[dropoutMask.meaning]
{result} decides which neurons are switched off in this batch: 0 is off and 1 is on. Each
number is drawn separately and switched off with probability p = {rate}; the draw is repeated
for every batch and only happens during training (nothing is switched off to measure the test).
[dropoutMask.count]
In this batch {off} of {total} are switched off, {percent} % (about {expected} % was expected).
[dropoutMask.why]
Since any neuron may be missing, none can carry a decision alone: the network has to spread what
it learns and keep spare paths (redundancy). It is a defence against overfitting (§3.3, §4.3).

[dropout.title]
Dropout {result}
[dropout.meaning]
{result} = {input} ⊙ {mask} / (1 − {rate}): where the mask is 0 the value is cancelled, and the
survivors are multiplied by 1/(1 − {rate}) = {scale}. On average the next layer thus receives the
same as without dropout, and at test time the whole network is used without any adjustment.
[dropout.example]
{zeros} of {total} values are set to 0; one survivor, {before}, becomes {after}.
[dropout.zeros]
{zeros} of {total} values are set to 0.

# --- Other losses (§3.2; slides: loss functions) --------------------------------------------
[mae.title]
Loss (mean absolute error)
[mae.meaning]
The MAE averages |y − ŷ| over the {count} numbers of the output {prediction}: each error weighs
in proportion to its size, without squaring it as the MSE does, so an outlier matters less. Its
derivative keeps only the sign of the error (±1).
[mae.worst]
The largest error is that of {example}: |{target} − {predicted}| = {value}.

[bce.title]
Loss (binary cross-entropy)
[bce.meaning]
The BCE computes −[y·ln ŷ + (1 − y)·ln(1 − ŷ)] for each output and averages the {count} results:
when y = 1 only −ln ŷ counts, and when y = 0, −ln(1 − ŷ). Being wrong while very sure is very
expensive, and that speeds learning up.
[bce.worst]
The most expensive term is that of {example}: y = {target} and ŷ = {predicted} cost {value}.

[crossEntropy.title]
Loss (cross-entropy)
[crossEntropy.meaning]
For each example, L = −Σ y·ln ŷ. Since y is one-hot, only the right class survives the sum:
L = −ln(ŷ of that class) (§3.2). The step's value is the mean over the {examples} examples of
the batch.
[crossEntropy.first]
In {example} the right class is {class} and the network gives it {probability}:
−ln({probability}) = {term}.
[crossEntropy.worst]
The costliest is {example}: its right class, {class}, only gets {probability}, and
−ln({probability}) = {term}. The surer the network is of a wrong answer, the higher the cost and
the stronger the correction.
[crossEntropy.aboveBaseline]
Sharing the probability evenly among the {classes} classes would cost ln({classes}) =
{baseline}: for now the network does no better than that.
[crossEntropy.belowBaseline]
Sharing the probability evenly among the {classes} classes would cost ln({classes}) =
{baseline}: the network already knows more than that.

[loss.batch]
This is the loss of batch {batch}; the epoch's loss will be the mean over all its batches.

[lossGradient.title]
Loss gradient {result}
[lossGradient.meaning]
{result} = ∂loss/∂{prediction}: how much the loss would rise if each prediction rose. A positive
value asks for that prediction to go down, a negative one for it to go up. The next step
multiplies it by the activation's slope (the chain rule) to get the delta.
[lossGradient.squared]
With these numbers it is ŷ − y, the squared error's gradient.
[lossGradient.absolute]
With the MAE only the sign is left: +1 where ŷ > y, −1 where ŷ < y and 0 where they match; how
large the error is does not matter.
[lossGradient.binary]
With the BCE it is (ŷ − y) / (ŷ·(1 − ŷ)): it grows enormously when a wrong prediction is close to
0 or 1.
[lossGradient.crossEntropy]
With the cross-entropy it is −y/ŷ: only the right class gets a gradient, and it is huge when its
probability is small.
[lossGradient.largest]
The largest in absolute value is {value}, in {example}, {neuron}.

# --- Deltas of other activations, and the size of the deltas (§3.1) -------------------------
[outputDelta.slope]
{result} = {received} ⊙ {function}'({sum}): what comes from the loss is multiplied, example by
example, by the slope of the output activation at that point (the chain rule). It is
element-wise, so the shape stays {shape}.
[hiddenDelta.slope]
{result} = {received} ⊙ {function}'({sum}): the error that reached each neuron is multiplied by
the slope of its activation in that example. It is element-wise, so the shape stays {shape}, and
this delta, not the raw error, is what will adjust {weights}.
[hiddenDelta.relu]
With ReLU that slope can only be 1 or 0. Entries of {result} left at 0: {zeroed} of {total}, those
where {sum} ≤ 0, which let nothing through going forward and now let no error through either; in
the rest ({kept}) the error arrives whole.
[delta.largest]
The largest in absolute value is that of {example} at {neuron}: {errorValue} arrives and {value}
remains.
[delta.size]
Size of {result} in this batch (its norm: the square root of the sum of its squares): {norm}.
[delta.sizes]
Sizes of this batch's deltas, from the output backwards: {list}.
[delta.shrinks]
From {upper} to {result} the size has been multiplied by {ratio}: every sigmoid layer multiplies
again by σ' ≤ 0.25, and the delta reaches the first layers weaker and weaker. This is the
vanishing gradient (§3.1).
[delta.keeps]
From {upper} to {result} the size has been multiplied by {ratio}. ReLU's derivative is 1 in the
active neurons, so the activation does not shrink the delta: only the weights and the
switched-off neurons change it (§3.1).
[delta.ratio]
From {upper} to {result} the size has been multiplied by {ratio}.

[simplifiedDelta.title]
Output delta {result}
[simplifiedDelta.softmax]
{result} = {prediction} − y: the notes' simplification (§3.2). With a softmax and the
cross-entropy, the loss's derivative with respect to the sums {sum} turns out to be
∂L/∂Z = ŷ − y, because the logarithm's 1/ŷ and the softmax's slope cancel out; neither has to
be computed.
[simplifiedDelta.sigmoid]
{result} = {prediction} − y: the same simplification as in §3.2, here with a sigmoid and the
binary cross-entropy. The loss's 1/(ŷ·(1 − ŷ)) and the slope σ' cancel out, so ∂L/∂Z = ŷ − y
without computing either.
[simplifiedDelta.sign]
It is the XOR's subtraction the other way round: there error = y − ŷ, here ŷ − y. With this
sign {result} points where the loss goes up, so the weights will be updated by subtracting, like
the notes' `W2 -= learning_rate * a1.T.dot(d_output)`.
[simplifiedDelta.first]
In {example} the right class is {class}: the network gives it {probability}, so its delta is
{probability} − 1 = {value}, negative, and that probability has to rise. In the other classes
the delta is their own probability, positive: they have to fall.
[simplifiedDelta.largest]
The largest in absolute value is that of {example}: ŷ = {predicted} against y = {target}, delta
{value}.
[simplifiedDelta.noSlope]
No σ' shrinks it: even when the output is saturated and badly wrong, the delta keeps the whole
size of the error, and the correction is strong exactly when it is most needed (§3.2).

[perceptronDelta.title]
Perceptron error {result}
[perceptronDelta.meaning]
{result} = {error}, not multiplied by any derivative: the step's is 0 and would wipe everything
out. This is the perceptron rule (§1.1): each weight will be corrected by w ← w + η·error·x,
according to the size of the error, the input that caused it and η.
[perceptronDelta.wrong]
It is wrong in {wrong} of {rows} examples ({list}): there the error is +1 (it should have given 1
and gave 0) or −1 (the other way round); in the rest it is 0 and moves nothing.
[perceptronDelta.allRight]
It gets no example wrong ({rows} in the batch): the error is 0 everywhere and no weight will
change this time.
[perceptronDelta.batch]
The notes' code corrects after every example; here the corrections of the {rows} examples of
the batch are added up and applied together.
[perceptronDelta.single]
As in the notes' code, it corrects after every example, one at a time.

# --- Backward through convolution, pooling and dropout (§4) ---------------------------------
[convBackpropagate.title]
Error backpropagated through the convolution {result}
[convBackpropagate.meaning]
The delta {delta} ({deltaShape}) travels back to the convolution's input maps ({mapsShape}) through
the same filters {weights}: each input pixel receives the sum of what it contributed at every
position where a filter covered it, with the weight it had there. It amounts to convolving the
delta with the filters turned by 180 degrees.
[convBackpropagate.edges]
A corner pixel falls in only one patch, whereas a central one falls in {patches}
({kernel}×{kernel}): the edges receive less error.
[convBackpropagate.largest]
The largest in absolute value is {value}, in {example}, {map}, row {row}, column {column}.

[poolBackpropagate.title]
Error through the pooling {result}
[poolBackpropagate.meaning]
Going back, max pooling returns each gradient of {upstream} to a single place: the position of
the maximum of its {size}×{size} block, the only value that reached the output. The other pixels
of the block had no influence at all and get 0.
[poolBackpropagate.count]
That is why {zeros} of the {total} values of {result} are 0 and only {nonzero} receive a
gradient, at most one per block.

[dropoutBackpropagate.title]
Error through the dropout {result}
[dropoutBackpropagate.meaning]
{result} = {upstream} ⊙ {mask} / (1 − {rate}): what was switched off going forward did not
influence the output, so it gets no error either; the rest gets it multiplied by the same
{scale} as on the way forward.
[dropoutBackpropagate.count]
The mask sets {zeros} of the {total} values to 0.

# --- Batched data, images and classes -------------------------------------------------------
[inputs.images]
Each row holds an image of {image} laid out as {count} numbers, channel by channel and row by
row.
[inputs.batch]
This is batch {batch} of this epoch: with mini-batches, each batch makes its own pass and its own
adjustment of the weights, and an epoch is one full round of all the data.
[targets.oneHot]
Each row is one-hot: a 1 in the column of the right class and 0 in the others, with {classes}
classes in all. The first row points to {first}.
[affine.notesDigits]
In the notes (§3) each image has 28×28 = 784 pixels and this product is [batch×784]·[784×128];
here each digit is 8×8 = 64 pixels, so it becomes {productRule}.
[affine.notesMnist]
These are the notes' shapes (§3), [batch×784]·[784×128]: here, {productRule}.

# --- Adjustments with a mean, momentum, Adam, L2 and the gradient's sign --------------------
[weightGradient.product]
{input}ᵀ·{delta} is this batch's gradient. Transposing {input} ({inputShape} becomes
{transposedShape}) makes the product {rule}, the shape of {weights}: each entry belongs to the
weight in the same position.
[weightGradient.mean]
The product adds up the contributions of the {examples} examples and then divides by them: the
factor is η/|B| = {eta}/{examples} = {factor}. It is a mean, not the sum of the notes' code, as
PyTorch's losses do.
[weightGradient.momentum]
With momentum, not only this batch's gradient is applied: μ times the previous batch's adjustment
is added to it, like a ball that rolls downhill and keeps part of its speed.
[weightGradient.adam]
With Adam, the product is only the gradient g. The adjustment comes from two running means: that
of g, which sets the direction and speeds up when it repeats, and that of g², which slows down
weights with abrupt gradients and gives a bigger step to those that barely move. Each weight thus
gets its own step, of a size close to η = {eta} (§3.4).
[weightGradient.l2]
The L2 regularisation adds a term η·λ·{weights} that draws every weight towards 0: it penalises
large weights, a typical sign of overfitting (§3.3).
[weightGradient.gradientSign]
Here {delta} carries the gradient's sign (the chain starts at ŷ − y, not y − ŷ): {result} points
where the loss goes up, which is why it will be subtracted, W ← W − ΔW.
[weightGradient.convolution]
In a convolution the product is Pᵀ·{delta}, where P is the patch matrix of the forward pass
([{patchRows}×{patchSize}]): each weight of a filter accumulates, over all the examples and the
{positions} positions of its map, the value it covered times the delta at that position. The
result is a {shape} matrix, the shape of {weights}: one row per number of a patch and one column
per filter.
[weightGradient.convolutionSum]
As in the notes' code, the contributions are added without dividing by the {examples} examples,
and the total is scaled by η = {eta}.

[biasGradient.product]
Σ {delta} adds up each column of {delta} over the {examples} examples ({rule}). No input
multiplies it: a bias is like a weight whose input is always 1, so every example contributes.
[biasGradient.sum]
It is added up without dividing by the {examples} examples, as in the notes' code, and scaled by
η = {eta}.
[biasGradient.mean]
Then it is divided by the {examples} examples of the batch: the factor is η/|B| =
{eta}/{examples} = {factor}, a mean.
[biasGradient.adam]
With Adam this sum is only the gradient: the adjustment comes from its running means, as for the
weights.
[biasGradient.convolution]
In a convolution each filter has a single bias, so its adjustment adds up the delta of the
{positions} positions of its map in every example.

[update.subtract]
{result} ← {result} − {change}, entry by entry ({rule}). It is subtracted because here the deltas
carry the gradient's sign (they start from ŷ − y): {change} points uphill, and subtracting it
brings the loss down. It is the `-=` of the notes' code (§3).

# --- The epoch's summary (§3.3, §3.4) -------------------------------------------------------
[epochLoss.title]
Loss of epoch {epoch}
[epochLoss.meaning]
It is the mean of the losses of the epoch's {batches} batches, what the notes compute as
`running_loss/len(trainloader)` (§3.4): {value}.
[epochLoss.single]
The epoch has a single batch, so its loss is that batch's: {value}.

[testLoss.title]
Test loss
[testLoss.meaning]
It is measured on the test examples, which the network never uses to adjust its weights: it
tells how the network does on data it has not seen. It is {value}.
[testLoss.close]
The training loss is {train}: they are close, and for now the network generalises.
[testLoss.gap]
The training loss is {train}, clearly lower. If the training loss keeps falling while this one
stalls or rises, the network is memorising instead of learning: that is overfitting (§3.3).

[accuracy.title]
Test accuracy
[accuracy.meaning]
A test example counts as a hit when the highest output is that of its right class (with a single
output, when it falls on the same side of 0.5 as y).
[accuracy.hits]
It gets {hits} of {count} right: {percent} %.
[accuracy.share]
It gets {percent} % right.

[earlyStop.title]
Early stopping
[earlyStop.meaning]
The best test loss, {bestLoss}, was reached in epoch {bestEpoch}; {since} epochs have passed
since then without improving it, and the patience was {patience}.
[earlyStop.why]
Training stops here: going on would make the network memorise the training examples instead of
learning to generalise (overfitting, §3.3). Epoch {bestEpoch} is the one that did best on new
data.

[unknown.title]
Step {step}: {result}
[unknown.meaning]
{formula}: {rule}. This version of nnstep has no explanation yet for the operation
"{operation}".
"""#
}
