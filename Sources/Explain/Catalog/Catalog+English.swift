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

[unknown.title]
Step {step}: {result}
[unknown.meaning]
{formula}: {rule}. This version of nnstep has no explanation yet for the operation
"{operation}".
"""#
}
