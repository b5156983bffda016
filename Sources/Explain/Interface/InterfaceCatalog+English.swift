extension InterfaceCatalog {
    /// The English interface texts (`--lang en`). Same keys, in the same order, and the same
    /// placeholders as the Spanish catalog. Format: see ``InterfaceCatalog``.
    static let englishText = #"""
# Labels of a step
[label.shapes]
shapes
[label.code]
code
[label.notKept]
(values not kept)
[diagram.forward]
forward
[diagram.backward]
backward
[diagram.update]
update
[phase.forward]
forward pass
[phase.error]
error calculation
[phase.backward]
backpropagation
[phase.update]
weight update
[phase.summary]
epoch summary

# The stepper
[stepper.status]
nnstep · {title} · epoch {epoch}/{epochs} · step {step}/{steps} · {phase}
[stepper.printHeading]
══ Epoch {epoch}/{epochs} · step {step}/{steps} · {phase} ══
[stepper.keys]
n/→ next · p/← back · N/P next/previous epoch · ↑/↓ scroll · g go to · : commands · ? help · q quit
[stepper.help]
Stepper keys

  n, →, Space, Enter     next step (after the last step of an epoch, moves on to the next epoch)
  p, ←, Backspace        previous step: you can go back as far as you like
  N, PgDn                the same step in the next kept epoch
  P, PgUp                the same step in the previous kept epoch
  Home, End              first and last step of the trace
  ↓/j, ↑/k               scroll the step's text when it does not fit
  g                      go to: "500" (epoch), "500.13" (epoch and step) or a name ("delta_out")
  :                      the debugger's command line: break, continue, print… ("help")
  ?                      this help (any key goes back)
  q, Esc                 quit (Ctrl-C also quits and leaves the terminal as it was)

Only some epochs keep all their values (the first few, one every so many, and the last);
every epoch keeps its error (loss). "nnstep help record" explains how to keep more.
[stepper.more]
  ↓ more text below: press ↓ or j
[stepper.gotoPrompt]
Go to (epoch, epoch.step or name; Enter confirms, Esc cancels): 
[stepper.end]
This is the last step of the trace.
[stepper.start]
This is the first step of the trace.
[stepper.lastEpoch]
There is no kept epoch after this one.
[stepper.firstEpoch]
There is no kept epoch before this one.
[stepper.unknownKey]
That key does nothing here: press ? to see the keys.
[stepper.badGoto]
"{typed}" is not somewhere to go: type an epoch (500), an epoch and a step (500.13) or a name (delta_out).
[stepper.unknownName]
No step of this epoch is called "{name}".
[stepper.epochNotKept]
Epoch {epoch} did not keep its values; showing epoch {shown}, the nearest one that did. Kept epochs: {kept}.
[stepper.tooSmall]
The terminal is {columns}×{rows}; nnstep needs at least {minColumns}×{minRows}. Make it larger or use --print.
[stepper.noEpochs]
This trace kept no complete epoch: there are no steps to show.

# Usage errors (exit status 2)
[usage.missingCommand]
No command given. For example: nnstep lesson xor
[usage.unknownCommand]
"{command}" is not an nnstep command. Commands: lesson, record, replay, export, lessons, help.
[usage.missingOperand]
"nnstep {command}" is missing its argument. For example: {example}
[usage.extraOperand]
"nnstep {command}" takes a single argument; "{operand}" is one too many.
[usage.unknownOption]
{command} has no option "{option}".
[usage.missingValue]
The option {option} needs a value.
[usage.invalidValue]
{option} {value}: expected {form}.
[usage.form.language]
a language: es or en
[usage.form.positiveInteger]
a whole number greater than 0 (and at most 10000000)
[usage.form.epochList]
one or more epochs separated by commas, starting at 1 (for example 1,2,5000)
[usage.form.positiveNumber]
a number greater than 0 (for example 0.5)
[usage.form.seed]
a whole number from 0 to 9007199254740992 (2⁵³)
[usage.seeHelp]
More information: {help}

# Lessons
[lesson.notFound]
There is no lesson called "{name}".
[lesson.fileNotFound]
The lesson file "{path}" does not exist.
[lesson.available]
Available lessons: {names}. Your own file works too: nnstep lesson ./my-network.json
[lesson.unreadable]
Cannot read "{path}": {reason}
[lesson.notRegularFile]
"{path}" is not a lesson file: it is a folder, a pipe or a device. Give a .json file.
[lesson.syntax]
{path}:{line}:{column}: invalid JSON: expected {expected}{found}.
[lesson.invalid]
{path}: the lesson has {count} problem(s):
[problem.missing]
this required key is missing
[problem.wrongType]
expected {expected}, but found {found}
[problem.unknownKey]
unknown key
[problem.unknownKeySuggestion]
unknown key: did you mean "{suggestion}"?
[problem.integerRange]
{value} is not allowed: it must be a whole number from {min} to {max}
[problem.notPositive]
{value} is not allowed: it must be a finite number greater than 0
[problem.notFinite]
the number is too large to represent (beyond 1.8e308)
[problem.unknownActivation]
there is no activation called "{name}"; the available ones are: {known}
[problem.raggedRow]
row {row} has {count} values, but the first row has {expected}: every row must have the same length
[problem.empty]
is empty
[problem.shape]
has shape {found}, but it must be {expected}: {rule}
[problem.unknownParameter]
is not a parameter of this network; its parameters are {known}
[problem.unknownLayerType]
there is no layer type called "{name}"; the available ones are: {known}
[problem.unknownLoss]
there is no loss called "{name}"; the available ones are: {known}
[problem.unknownReduction]
there is no reduction called "{name}"; the available ones are: {known} (sum adds up the batch's gradients, as the notes' code does; mean averages them)
[problem.unknownOptimizer]
there is no optimizer called "{name}"; the available ones are: {known}
[problem.unknownInitialization]
there is no initialization called "{name}"; the available ones are: {known}
[problem.keyNotForLayerType]
a {type} layer does not take this key; its keys are: {known}
[problem.keyNotForOptimizer]
the {type} optimizer does not take this key; its keys are: {known}
[problem.conflict]
cannot be used together with "{other}": remove one of them
[problem.fraction]
{value} is not allowed: it must be a number from 0 up to, but not including, 1
[problem.openFraction]
{value} is not allowed: it must be a fraction greater than 0 and less than 1, such as 0.2 (20 % of the examples)
[problem.negative]
{value} is not allowed: it must be a finite number greater than or equal to 0
[problem.imageDimensions]
must be a list of three whole numbers [channels, height, width], such as [1, 28, 28], and it has {count}
[problem.resizeDimensions]
must be a list of two whole numbers [height, width], such as [28, 28], and it has {count}
[problem.tooManyVariants]
there are {count} variants, and a lesson can have at most {max}: each variant is a whole training run
[problem.denseNeedsFlatten]
a dense layer takes one row of numbers per example, but here it receives {input} maps: put a {"type": "flatten"} layer before it
[problem.needsImage]
a {type} layer works on images (channels×height×width maps), but it receives a row of numbers: give the input with "network.image", and do not put this layer after a flatten or a dense layer
[problem.kernelTooLarge]
a {size}×{size} window does not fit in the {input} maps this layer receives: it can be at most as high and as wide as they are
[problem.dropoutRate]
{value} is not allowed: the dropout rate is the fraction of outputs switched off, from 0 (included) to 1 (not included)
[problem.lastLayerNotDense]
the last layer is the output layer and must be dense, but it is {type}: end the network with a {"units": …, "activation": …} layer
[problem.lossNeedsSoftmax]
{loss} needs a softmax output layer (one probability per class, adding up to 1), and this network's is {found}: write "activation": "softmax" in the last layer, or use another loss ("mse")
[problem.lossNeedsSigmoid]
{loss} needs a sigmoid output layer (one probability between 0 and 1 per output), and this network's is {found}: write "activation": "sigmoid" in the last layer, or use another loss ("mse")
[problem.batchSizeTooLarge]
{size} is not allowed: a batch cannot have more examples than the {examples} to train on (without "batchSize", training uses all of them at once)
[problem.needsTestData]
early stopping watches the loss of the test examples, and this lesson has none: add "data.test" (a fraction, such as 0.2) or "data.testX" and "data.testY"
[problem.testSplitEmpty]
of {examples} examples, the fraction {fraction} sets {test} aside for testing and leaves {train} to train on: each part needs at least one example
[problem.csvNotFound]
there is no data file "{file}" (it is looked for next to the lesson: {resolved})
[problem.csvNotRegularFile]
"{file}" is not a data file: it is a folder, a pipe or a device
[problem.csvUnreadable]
cannot read "{file}": {reason}
[problem.csvTooLarge]
"{file}" is {size}, and a data file can be at most {limit}
[problem.csvEmpty]
"{file}" has no row of numbers: it is empty or holds only a header line
[problem.csvNotANumber]
"{file}", line {line}, column {column}: "{text}" is not a number
[problem.csvEmptyCell]
"{file}", line {line}, column {column}: the cell is empty
[problem.csvNotFinite]
"{file}", line {line}, column {column}: {text} is too large to represent (beyond 1.8e308)
[problem.csvCellCount]
"{file}", line {line}: it has {count} values, but line {first} has {expected}: every row must have the same length
[problem.csvSemicolon]
"{file}", line {line}: the values seem to be separated by ";", as a spreadsheet set to Spanish exports them; nnstep reads values separated by commas, with a decimal point (1.5)
[problem.badColumnRange]
"{text}" is not a range of columns: write "1-64" (columns 1 to 64, counting from 1) or one column number
[problem.columnOutOfRange]
there is no column {column}: "{file}" has {columns} columns, counted from 1
[problem.labelAmongInputs]
the label column {label} is among the input columns ({inputs}): the network would see the answer
[problem.labelNotAClass]
"{file}", line {line}, column {column}: the label {value} is not a class: with {classes} classes, it must be a whole number from 0 to {last}
[problem.labelNotAClassOthers]
"{file}", line {line}, column {column}: the label {value} is not a class: with {classes} classes, it must be a whole number from 0 to {last} (and {others} more rows have such labels)
[problem.imageNotSquare]
to resize, the {inputs} input columns must make a square image (8×8 = 64 columns), and {inputs} is not a square number
[problem.classesMismatch]
there are {classes} classes, but the output layer has {outputs} neurons: there must be one output neuron per class
[problem.emptyLabel]
is empty: each variant needs a name that tells it apart in the comparison
[problem.duplicateLabel]
the label "{label}" is already that of variant {first}: each variant needs a label of its own
[rule.columnsOfX]
X has one column for each input of the network ("network.inputs")
[rule.columnsOfY]
y has one column for each neuron of the output layer
[rule.rowsOfXAndY]
X and y have one row per example, so they must have the same number of rows
[rule.weightShape]
W_l is [neurons of the previous layer × neurons of layer l], because the output of one layer is the input of the next
[rule.biasShape]
b_l is one row [1 × neurons of layer l]
[rule.columnsOfImage]
X has one column for each number of the input image: channels·height·width of "network.image"
[rule.convolutionWeightShape]
a convolution's W_l is [channels of its input·k·k × filters]: one column per filter
[rule.variantTargets]
a variant's y replaces "data.y", so it has the same shape
[kind.null]
null
[kind.bool]
a true/false value
[kind.number]
a number
[kind.string]
a string
[kind.array]
a list [ … ]
[kind.object]
an object { … }
[expect.value]
a value (number, string, list or object)
[expect.objectKey]
a key name in double quotes
[expect.colon]
":" after the key
[expect.commaOrEndOfObject]
"," or "}"
[expect.commaOrEndOfArray]
"," or "]"
[expect.endOfText]
the end of the file
[expect.stringEnd]
the quote that closes the string (")
[expect.escape]
a valid escape sequence (\" \\ \n \u00e9 …)
[expect.digit]
a digit
[expect.literal]
true, false or null
[expect.shallowerNesting]
less nesting (at most 512 levels)
[found.endOfText]
the end of the file
[found.text]
"{text}"

# Traces
[trace.unreadable]
Cannot read the trace "{path}": {reason}
[trace.notRegularFile]
"{path}" is not a trace file: it is a folder, a pipe or a device. Give the file nnstep record wrote.
[trace.missing]
There is no trace "{path}". Check the path, or create it with: nnstep record xor -o {path}
[trace.empty]
The trace "{path}" is empty. Create it with: nnstep record xor -o {path}
[trace.missingHeader]
"{path}" is not an nnstep trace: its first line is not the header ("format":"nnstep-trace").
[trace.version]
The trace "{path}" uses version {found} of the format, but this nnstep reads version {supported}. Record it again with this nnstep.
[trace.malformedSyntax]
{path}, line {line}: not valid JSON (column {column}: expected {expected}). The trace is damaged from this line on.
[trace.malformedField]
{path}, line {line}: the field "{field}" is missing or not valid. The trace is damaged from this line on.
[trace.lineTooLong]
{path}, line {line}: it is {bytes} bytes long, more than a trace line can be.
[trace.truncated]
Warning: the trace "{path}" stops in the middle of line {line} (was the recording interrupted?); reading the {events} complete events before it.
[trace.nothingToShow]
The trace "{path}" kept no complete epoch: there are no steps to show.

# Running
[training.nonFinite]
Training produced a non-finite value (NaN or ∞) for the first time in epoch {epoch}, step {step}: {name}, while computing {formula}. {hint}
[run.epochOutOfRange]
--epoch {epoch}: the training has only {epochs} epochs.
[run.epochNotKept]
Epoch {epoch} did not keep its values in this trace. Complete epochs: {kept}.
[run.cannotWrite]
Cannot write "{path}": {reason}
[run.recorded]
Trace saved to {path}: {epochs} epochs, {kept} with all their values and the rest with only their error. Open it with: nnstep replay {path}
[run.earlyStopped]
Early stopping ended training after epoch {epoch}: the test loss had not improved since epoch {best} ({loss}) and the patience was {patience} epochs.
[run.noLessons]
No lessons found. Folders searched: {folders}. Point NNSTEP_LESSONS at your lessons folder, or give the path of a lesson file.
[run.brokenLesson]
(cannot be loaded: {problem})
[run.unknownHelpTopic]
There is no help on "{topic}". Topics: lesson, record, replay, export, lessons, help, stepper, debugger.
[run.unexpected]
Unexpected error: {detail}. Please report it to the nnstep maintainers.

# Help
[help.general]
nnstep — steps through the training of a neural network, one operation at a time.

Usage:
  nnstep lesson LESSON [--print] [--epoch 1,2,5000] [--epochs N] [--lr η] [--seed N] [--lang es|en]
  nnstep record LESSON [-o trace.jsonl] [--epochs N] [--lr η] [--seed N] [--sample all|default|N] [--no-trace]
  nnstep replay TRACE.jsonl [--print] [--epoch E] [--lang es|en]
  nnstep export latex|slides|plot LESSON|TRACE.jsonl [-o FILE] [--epoch E] [--lang es|en]
  nnstep lessons
  nnstep help [COMMAND]

Commands:
  lesson    trains a lesson and opens the stepper (or prints the steps with --print)
  record    trains a lesson and saves its trace to a JSON Lines file
  replay    opens the stepper on a saved trace
  export    exports an epoch to LaTeX or Beamer slides, or the loss curve to SVG
  lessons   lists the available lessons
  help      help on a command ("nnstep help stepper": the keys)
            ("nnstep help debugger": the debugger's commands)

LESSON is a name (xor) or the path of a .json file. Start with: nnstep lesson xor
[help.lesson]
nnstep lesson LESSON [options]

Trains the lesson and shows every operation: formula, shapes, values and explanation.
In a terminal it opens the stepper ("nnstep help stepper"); when the output is not a terminal,
or with --print, it prints the steps of the chosen epochs and exits.

  --print           print text instead of opening the stepper
  --epoch LIST      epochs to print, or the epoch the stepper starts at (default 1): 1,2,5000
  --epochs N        number of epochs (instead of the lesson's)
  --lr η            learning rate (instead of the lesson's)
  --seed N          seed of the random initial weights
  --lang es|en      language of the explanations (default es)
  --sample all|default|N
                    epochs that keep all their values: every one (all), the first 3, one every
                    500 and the last (default), or the first 3, one every N and the last
  --color C         colour of the debugger's output: auto (only on a terminal and without NO_COLOR),
                    always or never
  --commands "…"    debugger commands separated by ";": runs them, prints what they print and
                    exits (nnstep help debugger)
  --commands-file F the same commands, read from a file
  --variant V       in a lesson with variants, the one to step through: its number (1, 2, …) or its
                    name ("η = 10"); the first by default. All of them are trained, and the
                    comparison comes at the end with --print, or with the debugger's "compare"
  --force           train even when the estimate says it needs more memory than the limit (2 GB)

LESSON: a name is looked up as NAME.json in $NNSTEP_LESSONS, in ./Lessons, next to the
executable (or in a folder above it) and in the project's Lessons folder; a path (containing /
or ending in .json) is loaded as it is.
[help.record]
nnstep record LESSON [-o FILE] [options]

Trains the lesson and writes its trace to FILE (default NAME.jsonl) one event at a time,
without holding it all in memory. Every epoch saves its error (loss); the epochs the lesson
chooses ("training.sampling": by default the first 3, every 500th and the last) save all
their values. If recording is interrupted, the trace can still be read up to the last complete event.

  -o, --output F    output file
  --epochs N, --lr η, --seed N   as in "nnstep help lesson"
  --sample all|default|N
                    epochs that keep all their values, instead of the lesson's: every one (all:
                    every event of every epoch), the first 3, one every 500 and the last
                    (default), or the first 3, one every N and the last
  --no-trace        train without recording anything (to time it, or for a quick check) and say
                    the last epoch's loss and how long it took; not with -o or --sample
  --lang es|en      language of the messages
  --variant V       in a lesson with variants, the one to record: its number (1, 2, …) or its name;
                    the first by default
  --force           record even when the estimate exceeds the limits (1 GB of trace, 2 GB of memory)

A large trace opens at once with "nnstep replay": a step reads its values when it is shown.
[help.replay]
nnstep replay TRACE.jsonl [--print] [--epoch E] [--lang es|en]

Opens the stepper on a trace recorded with "nnstep record", or prints its steps with --print.
Only the epochs that the trace kept complete can be shown. Opening it reads it once to learn
where each event is; a step's values are read when it is shown, so a trace of a million events
opens in a second and any step appears at once.
--color, --commands and --commands-file as in "nnstep help lesson".
With --force it also opens a trace that would need more memory than the limit (2 GB).
[help.lessons]
nnstep lessons

Lists the lessons you can open by name, with one line on what each one teaches.
[help.help]
nnstep help [COMMAND]

Shows the general help, or the help of one command: lesson, record, replay, export, lessons, help, stepper, debugger.
[help.stepper]
The stepper

At the top: lesson, epoch, step and phase. Below: the step's formula, its shapes ([4×2]·[2×2] + [1×2] → [4×2]),
the line of the notes' code, the matrices that go in and the one that comes out, the explanation, and a diagram
of the network with the current step marked like this: ⟦δ_out⟧.

  n, →, Space       next step               p, ←       previous step
  N, PgDn           same operation in the next kept epoch
  P, PgUp           same operation in the previous kept epoch
  Home, End         first / last step       ↑ ↓        scroll
  g                 go to an epoch (500), an epoch and step (500.13) or a name (delta_out)
  :                 the debugger's command line ("nnstep help debugger")
  ?                 help                    q, Esc     quit

# Export
[export.step]
Step {step} of {steps}
[export.shapes]
Shapes
[export.code]
Code
[export.subtitle]
Epoch {epoch} of {epochs}, one operation at a time
[export.row.network]
Network
[export.row.data]
Data
[export.row.training]
Training
[export.network]
{sizes}, activation {activations}
[export.data]
{examples} examples: X {inputs}, y {targets}
[export.training]
η = {rate}, {epochs} epochs, seed {seed}
[export.networkTitle]
The network
[export.input]
input
[export.layer]
layer {layer}
[export.output]
output
[export.lossTitle]
The loss curve
[export.lossAxis]
mean squared error (loss)
[export.epochAxis]
epoch
[export.lossMark]
epoch {epoch}
[export.groupSteps]
steps {first} to {last}
[export.written]
Wrote {path}. Compile it with: pdflatex {path}
[export.writtenPlot]
Wrote {path}: the loss curve of {runs} run(s).
[export.unknownKind]
"{kind}" is not an export format. Formats: latex, slides, plot.
[export.optionNotForKind]
Option {option} does not apply to "nnstep export {kind}".
[export.conflict]
Options {first} and {second} cannot be used together: choose one.
[export.form.steps]
steps separated by commas: numbers, ranges or names (for example 7,13-15 or delta_out,dW1)
[export.form.precision]
a number of decimals from 0 to 12
[export.stepOutOfRange]
Step {step}: an epoch of this network has {steps} steps (1 to {steps}).
[export.unknownName]
No step of the epoch is called "{name}". Names: {names}.
[export.noLoss]
"{path}" recorded no loss: there is no curve to draw.
[help.export]
nnstep export latex|slides|plot LESSON|TRACE.jsonl [options]

Turns one epoch of training into class material:
  latex    a LaTeX document (amsmath) with every step: the formula in the notes' notation, the
           same formula with the real matrices (pmatrix), the shapes, the code and the explanation
  slides   a Beamer deck (Madrid theme): title, the network in TikZ, one frame per step with the
           network's flow and the step marked, and the loss curve (pgfplots)
  plot     the loss curve as SVG, for web pages and Markdown; with several lessons or traces,
           one curve per run and a legend

  -o FILE         where to write (by default NAME.tex, NAME-slides.tex or NAME-loss.svg);
                  "-o -" writes to standard output. An existing file is only replaced when
                  everything went well.
  --epoch E       the epoch exported (the first by default); from a trace, a kept epoch
  --precision N   decimals of every number (4 by default)
  --lang es|en    language of the texts
 latex only:
  --step S        only step S (1 to 23 in XOR)
  --name NAME     only the step of that name (delta_out, Error_hidden, dW1…)
  --fragment      only the equations (align*), to paste into one's own notes (needs amsmath)
 slides only:
  --steps LIST    the steps shown: numbers, ranges or names (7,13-15 or delta_out,dW1)
  --group         one frame per phase (forward, error, backward, update) instead of one per step

With a lesson, trains it now; with a trace, uses what it kept. Matrices larger than 8×8 are
shortened with \cdots, \vdots and \ddots, their shape stated.

Examples:
  nnstep export latex xor -o xor.tex
  nnstep export slides xor -o xor-slides.tex
  nnstep export plot xor -o loss.svg
  nnstep export latex xor --name delta_out --fragment -o -
Compile the .tex files with pdflatex (packages texlive-latex-recommended and texlive-pictures).

# Debugger
[debugger.words]
next: next, n
prev: prev, previous, back, rn
goto: goto, go, g
continue: continue, c, cont
reverse-continue: reverse-continue, rc, rcontinue
finish: finish, fin
break: break, b, br
watch: watch, w
info: info, i
delete: delete, d, del
display: display, disp
undisplay: undisplay
print: print, p, inspect
diff: diff
heatmap: heatmap, heat
where: where, bt, backtrace
list: list, l
explain: explain, why
compare: compare
help: help, h, ?
quit: quit, q, exit
filter: filter
channel: channel
example: example
epoch: epoch
shape: shape
changes-sign: changes sign, change sign, changes-sign, sign change
nan: nan, inf, non-finite
breakpoints: breakpoints, breakpoint, break, b, watchpoints
displays: display, displays
[debugger.listing]
for epoch in range(epochs):
    # forward pass: from X to the prediction
    hidden_layer_input = np.dot(X, W1) + b1
    hidden_layer_output = sigmoid(hidden_layer_input)
    output_layer_input = np.dot(hidden_layer_output, W2) + b2
    predicted_output = sigmoid(output_layer_input)

    # the error and the loss (the loss is only measured: §2.3)
    error = y - predicted_output
    loss = np.mean(np.square(error))

    # backpropagation: the deltas, from the output inwards
    d_predicted_output = error * sigmoid_derivative(predicted_output)
    error_hidden_layer = d_predicted_output.dot(W2.T)
    d_hidden_layer = error_hidden_layer * sigmoid_derivative(hidden_layer_output)

    # update: each matrix adds its adjustment, already multiplied by η
    W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate
    b2 += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate
    W1 += X.T.dot(d_hidden_layer) * learning_rate
    b1 += np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate
[debugger.listHeading]
The training loop of the notes (src/multicapa.py, §2.1); ▶ marks this step's line:
[debugger.listStart]
(This step computes nothing: these are the values each turn of the loop starts with.)
[debugger.listNone]
The notes have no code for this lesson: the loop of src/multicapa.py is that of the two-layer network.
[debugger.promptHint]
Enter runs (empty: repeats the last one) · ↑/↓ history · Esc cancels · "help" lists the commands
[debugger.echo]
(nnstep) {command}
[debugger.location]
→ epoch {epoch}/{epochs}, step {step}/{steps} · {phase} · {formula}
[debugger.failed]
"{command}": {message}
[debugger.unknownCommand]
"{word}" is not a command. "help" lists the commands.
[debugger.missingArgument]
"{command}" needs more. Usage: {usage}
[debugger.unexpected]
"{command}" does not expect "{word}" there. Usage: {usage}
[debugger.badNumber]
"{text}" is not a valid number here. Usage: {usage}
[debugger.badExpression]
"{text}" is neither a name nor part of a matrix: write W1, W1[0,:], W1[:,1] or W1[0,1]. Usage: {usage}
[debugger.needsEntry]
"{command}" needs a single entry, such as W1[0,1], not "{text}". Usage: {usage}
[debugger.badCondition]
Only the loss (loss < 0.01) or one entry (A2[0,0] > 0.9) can be compared, not "{text}".
[debugger.badTarget]
"{text}" is not somewhere to go: type an epoch (500), an epoch and a step (500.13) or a name (delta_out).
[debugger.unknownTopic]
There is no command "{word}". "help" lists the commands.
[debugger.unknownName]
There is no matrix "{name}". Names: {names}.
[debugger.indexOutOfRange]
{symbol} is {shape}: it has no {part} (indices start at 0, as in numpy).
[debugger.partRow]
row {index}
[debugger.partColumn]
column {index}
[debugger.notComputed]
{symbol} has not been computed yet: it is computed at step {step} of every epoch.
[debugger.valueHeading]
{label} {shape} · epoch {epoch}, step {step}{note}
[debugger.valueScalar]
{label} = {value} · epoch {epoch}, step {step}{note}
[debugger.valueEarlier]
 (from the previous kept epoch: this one has not computed it yet)
[debugger.shape]
{symbol} ({name}): {shape} · epoch {epoch}, step {step}
[debugger.kindBreak]
Breakpoint
[debugger.kindWatch]
Watchpoint
[debugger.set]
{kind} {id}: {description}.
[debugger.describeName]
every step that computes {symbol} ({name})
[debugger.describeEpoch]
when epoch {epoch} starts
[debugger.describeLoss]
where the loss starts to satisfy loss {comparison} {bound}
[debugger.describeEntry]
where {entry} starts to satisfy {comparison} {bound}
[debugger.describeNaN]
the first non-finite value (NaN or ∞)
[debugger.describeSign]
when {entry} changes sign
[debugger.describeWatch]
when {entry} changes by more than {threshold}
[debugger.epochNotKept]
Epoch {epoch} was not kept in full: it will stop where the first kept epoch after it starts, epoch {shown}.
[debugger.epochBeyond]
Epoch {epoch} is not in the trace (it has {epochs} epochs).
[debugger.valuesNeedKept]
Note: only {kept} of the {epochs} epochs keep their values, and only they can be checked; between two of them, nnstep will say "between kept epochs". To keep them all: --sample all.
[debugger.infoHeading]
Num|Type|Condition
[debugger.noBreakpoints]
There are no breakpoints. Set one with "break" or "watch" (help break).
[debugger.deleted]
Deleted number {id}.
[debugger.deletedAll]
Deleted {count} breakpoints.
[debugger.noSuchBreakpoint]
There is no breakpoint number {id}: "info breakpoints" lists them.
[debugger.hitName]
{kind} {id}: {symbol} ({name}) at epoch {epoch}, step {step}.
[debugger.hitEpoch]
{kind} {id}: epoch {epoch} starts.
[debugger.hitEpochLater]
{kind} {id}: epoch {epoch} was not kept in full; this is the first kept epoch after it, epoch {shown}.
[debugger.hitLoss]
{kind} {id}: loss {comparison} {bound} holds from epoch {epoch} on (loss = {loss}){before}.
[debugger.hitLossLater]
{kind} {id}: loss {comparison} {bound} holds from epoch {epoch} on (loss = {loss}){before}, which was not kept in full; this is the next kept epoch, {shown} (loss = {shownLoss}).
[debugger.lossBefore]
; at epoch {epoch} it was {loss}
[debugger.hitNaN]
{kind} {id}: first non-finite value at epoch {epoch}, step {step}: {entry} = {value}, computing {formula}.
[debugger.hitSign]
{kind} {id}: {entry} changes sign {when}: {old} → {new}.
[debugger.hitWatch]
{kind} {id}: {entry} changes {when}: {old} → {new} (change {change}).
[debugger.hitEntry]
{kind} {id}: {entry} {comparison} {bound} holds {when}: {old} → {new}.
[debugger.hitEntryFirst]
{kind} {id}: {entry} {comparison} {bound} already holds at epoch {epoch}, step {step}: {entry} = {new}.
[debugger.whenStep]
at epoch {epoch}, step {step}
[debugger.whenBetween]
between kept epochs {from} and {to}
[debugger.samplingHint]
The epochs in between did not keep their values: with --sample all you see the exact epoch.
[debugger.noHitForward]
No breakpoint is hit from here to the end of the trace: you are at its last step.
[debugger.noHitBackward]
No breakpoint is hit from here back to the start of the trace: you are at its first step.
[debugger.nothingToRun]
There are no breakpoints to stop at. Set one with "break" or "watch" (help break).
[debugger.allFinite]
No value is non-finite: the {losses} losses and every value of the {kept} kept epochs are finite numbers.
[debugger.nonFiniteLoss]
The loss of epoch {epoch} is {value}, but that epoch did not keep its values: nnstep lesson … --epoch {epoch} keeps it.
[debugger.endsEarly]
The trace ends at epoch {last} of {epochs}: training stopped (or the recording was cut) in an epoch that did not keep its values.
[debugger.lossNever]
loss {comparison} {bound} holds in none of the {epochs} epochs: the loss goes from {first} to {last}, and the lowest is {lowest}, at epoch {epoch}.
[debugger.displaySet]
Shown at every stop ({id}: {expression}).
[debugger.displayHeading]
{id}: {text}
[debugger.noDisplays]
Nothing is shown at every stop. Add something with "display delta_hidden".
[debugger.undisplayed]
Number {id} is no longer shown.
[debugger.undisplayedAll]
Nothing is shown at every stop any more.
[debugger.noSuchDisplay]
Nothing is shown with number {id}: "info display" lists them.
[debugger.heatMapOn]
{symbol} now shows as a heat map in "print" and "display".
[debugger.heatMapOff]
{symbol} now shows as numbers in "print" and "display".
[debugger.heatMapLegend]
scale: {scale}  (from {low} to {high})
[debugger.heatMapBinned]
each cell is the mean of {rows}×{columns} values
[debugger.diffUpdate]
{symbol} at epoch {epoch}: before the update (step {before}) → after (step {after})
[debugger.diffEpochs]
{symbol}, step {step}: epoch {from} → epoch {to}{note}
[debugger.diffGap]
 (the epochs in between were not kept)
[debugger.diffColumns]
before|after|change
[debugger.diffLegend]
▲ up · ▼ down · = unchanged
[debugger.diffNothingBefore]
{symbol} has nothing to compare with: this is the first kept epoch.
[debugger.where]
Epoch {epoch} of {epochs} (kept epoch {index} of {kept}), step {step} of {steps}: {symbol}, {phase}.
[debugger.help.next]
next [N] · next epoch        (also n; in Spanish: siguiente, sig, s)
Moves N steps forward (1 if N is not given); after the last step of an epoch, into the next kept
epoch. "next epoch" goes to the same operation in the next kept epoch, like the N key.
[debugger.help.prev]
prev [N] · prev epoch        (also previous, back, rn; in Spanish: anterior, ant, volver)
Moves N steps back; "prev epoch" goes to the same operation in the previous kept epoch.
[debugger.help.goto]
goto EPOCH[.STEP] · goto NAME        (also go, g; in Spanish: ir a)
Goes to an epoch (goto 500), an epoch and a step (goto 500.13) or the step of this epoch that
computes NAME (goto delta_out). An epoch that was not kept shows the nearest kept one.
[debugger.help.continue]
continue        (also c, cont; in Spanish: continuar, seguir)
Runs forward to the next breakpoint or watchpoint that is hit (help break).
[debugger.help.reverse-continue]
reverse-continue        (also rc; in Spanish: retroceder)
Like continue, backwards: back to the previous stop, like rr's reverse execution.
[debugger.help.finish]
finish        (also fin; in Spanish: terminar)
Runs to the last step of the current phase (forward, error, backpropagation or update); if you
are already there, to the end of the next phase. Stops earlier at a breakpoint that is hit.
[debugger.help.break]
break NAME | epoch N | loss < 0.01 | nan | ENTRY changes sign        (also b; in Spanish: romper, parar)
  break delta_hidden              at every step that computes δ_hidden (d_hidden_layer works too)
  break epoch 500                 where epoch 500 starts (or the first kept epoch after it)
  break loss < 0.01               where the loss starts to satisfy the comparison (<, <=, >, >=);
                                  it reads the loss of every epoch, kept or not
  break A2[0,0] > 0.9             where one entry starts to satisfy the comparison
  break nan                       at the first non-finite value (NaN or ∞)
  break W1[0,1] changes sign      when that entry changes sign
Values can only be checked in the epochs kept in full: when something changes between two of
them, nnstep says so ("between kept epochs 3 and 500"). To keep every epoch:
nnstep lesson xor --sample all.
[debugger.help.watch]
watch ENTRY [THRESHOLD]        (also w; in Spanish: vigilar)
Stops when the entry (watch W1[0,1]) changes by more than THRESHOLD (0 if not given: any change)
and shows the old value → the new one.
[debugger.help.info]
info breakpoints · info display        (in Spanish: info puntos · info muestras)
Lists the breakpoints and watchpoints with their numbers, or what "display" shows at every stop.
[debugger.help.delete]
delete [N]        (also d, del; in Spanish: borrar, quitar)
Deletes breakpoint or watchpoint N; without N, all of them.
[debugger.help.display]
display [EXPRESSION]        (in Spanish: mostrar)
Shows EXPRESSION (as "print" does) at every stop, above the step. Without one, lists what is shown.
[debugger.help.undisplay]
undisplay [N]        (in Spanish: ocultar)
Stops showing number N; without N, everything.
[debugger.help.print]
print EXPRESSION · print shape NAME        (also p, inspect; in Spanish: imprimir, ver)
  print delta_hidden        the whole matrix           print W1[0,1]     one entry
  print W1[0,:]             row 0                      print W1[:,1]     column 1
  print W1[0]               slice 0 of the first axis: row 0 (for a value with channels, example 0)
  print shape W1            the shape only
Indices start at 0, as in numpy (-1 is the last). It prints the value the current step sees, and
says which epoch and step it comes from. The notes' names (d_hidden_layer) and symbols
(δ_hidden) work too. A large matrix is shortened (or shown as a heat map), but a row or a column
prints whole, with every number; the filters, channels and examples of a convolutional network,
with "filter", "channel" and "example".
[debugger.help.diff]
diff NAME        (in Spanish: diferencia, dif)
A parameter (W1, b1, …) before and after this epoch's update; any other matrix, in this epoch
and in the previous kept one. ▲ up, ▼ down (in colour, green and red).
[debugger.help.heatmap]
heatmap NAME        (also heat; in Spanish: mapa)
Switches NAME between numbers and a heat map in "print" and "display". Matrices with more than
8 rows or columns show as a heat map until switched.
[debugger.help.where]
where        (also bt; in Spanish: dónde)
The position (epoch, step, phase) and the network diagram with the current step marked.
[debugger.help.list]
list        (also l; in Spanish: listar)
The notes' training loop (src/multicapa.py) with this step's line marked.
[debugger.help.explain]
explain        (in Spanish: explicar)
The whole explanation of this step, with its numbers.
[debugger.help.help]
help [COMMAND]        (also h, ?; in Spanish: ayuda)
The list of commands, or the help of one (help break).
[debugger.help.quit]
quit        (also q, exit; in Spanish: salir)
Closes the stepper; in a script, ends it there.
[usage.form.color]
auto, always or never
[usage.form.sample]
all, default or a whole number greater than 0 (the first 3 epochs, one every N and the last)
[run.commandsUnreadable]
Cannot read the commands in "{path}": {reason}
[help.debugger]
The debugger: the stepper's commands

In the stepper, ":" opens the command line; Enter runs, Enter on an empty line repeats the last
command, ↑/↓ browse the history and Esc cancels. Spanish and English names both work.

Moving
  next [N]             siguiente [N]      N steps forward (1 if not given)
  prev [N]             anterior [N]       N steps back
  next epoch           siguiente época    the same operation in the next kept epoch
  prev epoch           época anterior     the same operation in the previous kept epoch
  goto 500.13          ir a               to an epoch, an epoch and step, or a name in this epoch
  continue             continuar          to the next breakpoint hit
  reverse-continue     retroceder         back to the previous breakpoint hit (reverse execution)
  finish               terminar           to the end of the current phase
Breakpoints
  break NAME           romper NOMBRE      at every step that computes NAME (break delta_hidden)
  break epoch N        romper época N     where epoch N starts
  break loss < 0.01    romper loss < 0.01 where the loss starts to satisfy it (<, <=, >, >=)
  break nan            romper nan         at the first non-finite value (NaN or ∞)
  break W1[0,1] changes sign              romper W1[0,1] cambia de signo
  watch W1[0,1] [T]    vigilar            when the entry changes by more than T; shows old → new
  info breakpoints     info puntos        lists the breakpoints and watchpoints
  delete [N]           borrar [N]         deletes one, or all
Looking
  print EXPR           imprimir EXPR      NAME, NAME[i,:], NAME[:,j], NAME[i,j], NAME[c]
                                          (a row or a column prints whole)
  print shape NAME     imprimir forma     the shape, with the epoch and step it comes from
  filter W1 5          filtro W1 5        filter 5 of a convolution, whole: C maps of k×k
  channel A1 0 7       canal A1 0 7       channel 7 of example 0 of a value of 4 dimensions
  example A1 0         ejemplo A1 0       example 0 whole: every channel (or its row)
  display EXPR         mostrar EXPR       shows it at every stop; undisplay [N] (ocultar) stops
  diff NAME            diferencia NOMBRE  before and after the update (▲ up, ▼ down)
  heatmap NAME         mapa NOMBRE        switches that matrix between numbers and a heat map
  where                dónde              the network diagram with the current step
  list                 listar             the notes' code with this step's line
  explain              explicar           the whole explanation of the step
  compare              comparar           the lesson's variants side by side, with their diagnoses
  help [COMMAND]       ayuda [ORDEN]      this list, or the help of one command
  quit                 salir

Indices start at 0, as in numpy: W1[0,1] is row 0, column 1 (from x₁ to the 2nd hidden neuron).
Only kept epochs have values; every epoch has its loss.

Scripts: the same commands, separated by ";", without opening the stepper:
  nnstep lesson xor --commands "break delta_out; continue; print delta_out"
  nnstep replay xor.jsonl --commands-file demo.txt      (one or more commands a line; # comments)
It prints what the commands print and exits: status 0 if every command could be carried out, 1 if
one failed (its message goes to standard error, and the others still run).

# Large values: maps of tensors, the mini-batch, filters, channels and examples
[tensor.channel]
channel {index}
[tensor.channels]
channels {first}–{last}
[tensor.shown]
example {example} of {examples} · {channels} of {total}, {height}×{width} each{how}
[tensor.shades]
, in shades {scale} from {low} to {high}
[tensor.binned]
; each cell is the mean of {rows}×{columns} values
[tensor.more]
To see it whole (debugger commands): channel {name} {example} C · example {name} {example}
[tensor.columns]
columns {first}–{last} of {count}
[diagram.network]
network
[stepper.statusBatch]
nnstep · {title} · epoch {epoch}/{epochs} · batch {batch} · step {step}/{steps} · {phase}
[stepper.printHeadingBatch]
══ Epoch {epoch}/{epochs} · batch {batch} · step {step}/{steps} · {phase} ══
[debugger.locationBatch]
→ epoch {epoch}/{epochs}, batch {batch}, step {step}/{steps} · {phase} · {formula}
[debugger.filterHeading]
{symbol}, filter {filter} [{shape}] · epoch {epoch}, step {step}{note}
[debugger.channelHeading]
{symbol}, example {example}, channel {channel} [{shape}] · epoch {epoch}, step {step}{note}
[debugger.exampleHeading]
{symbol}, example {example} [{shape}] · epoch {epoch}, step {step}{note}
[debugger.notAFilter]
{symbol} has no filters: it is not the weights of a convolution. The filters are in {names}.
[debugger.noConvolution]
{symbol} has no filters: this network has no convolutional layers. A whole column shows with "print {name}[:,N]".
[debugger.notAnImage]
{symbol} is {shape}: it has no channels (only values of four dimensions, [examples×channels×height×width], have them). A whole row shows with "print {name}[N,:]".
[debugger.partFilter]
filter {index}
[debugger.partExample]
example {index}
[debugger.partChannel]
channel {index}
[debugger.help.filter]
filter NAME F        (in Spanish: filtro)
Filter F of a convolution's weights (W1, or its adjustment dW1), whole: a column of W1 is a
C×k×k tensor (channel, kernel row, kernel column), shown as C maps of k×k, one per input
channel. Indices start at 0 (-1 is the last): filter W1 5.
[debugger.help.channel]
channel NAME E C        (in Spanish: canal)
Channel C of example E of a value of four dimensions [examples×channels×height×width] (A1, Z1,
P1, …), whole: a height×width map with every number; when it is too wide, in bands of columns.
Indices start at 0: channel A1 0 7.
[debugger.help.example]
example NAME E        (in Spanish: ejemplo)
Example E of a value, whole: for one of four dimensions, every channel, a height×width map each;
for a matrix, its row E (as print NAME[E,:]): example A1 0.

# Reliability: limits, interruptions and non-finite values
[problem.tooManyLayers]
the network has {count} layers, and a lesson can have at most {max}
[lesson.tooLarge]
{path}: the file is {size} long and a lesson can be at most {limit}, so it is not read. If it really is a lesson, open it with --force.
[run.tooMuchMemory]
Training "{lesson}" would need about {estimate} of memory ({epochs} epochs, {kept} kept with all their values) and the limit is {limit}. Use fewer epochs (--epochs) or keep fewer of them complete (the lesson's "training.sampling"), or use --force if the machine has memory to spare.
[run.traceTooLarge]
The trace of "{lesson}" would take about {estimate} ({epochs} epochs, {kept} kept with all their values) and the limit is {limit}. Use fewer epochs (--epochs) or keep fewer of them complete (the lesson's "training.sampling"), or use --force if there is room on the disk.
[trace.tooLarge]
The trace "{path}" is {size} long: opening it would need about {estimate} of memory and the limit is {limit}. Use --force to open it anyway.
[run.interrupted]
Recording interrupted ({signal}) after {epochs} epochs: "{path}" holds them ({kept} with all their values) and can be opened with: nnstep replay {path}
[trace.endsEarly]
Warning: the trace "{path}" ends at epoch {last} of {epochs}: the recording was interrupted or training stopped before the end.
[training.notKept]
Epoch {epoch} did not keep its steps in the trace. To step through it: {command}
[training.hint.affine]
The weighted sum went out of the range of numbers (±1.8e308): the weights or the data are huge. If the weights grew during training, the learning rate is too large: try a smaller --lr.
[training.hint.error]
The error (y minus the prediction) or its square went out of the range of numbers (±1.8e308): the values of y are huge. Rescale the data, for example to values between 0 and 1.
[training.hint.backward]
The deltas went out of the range of numbers (±1.8e308): the weights have become huge. Try a smaller learning rate (--lr).
[training.hint.gradient]
The change (η times the sum over the examples) went out of the range of numbers (±1.8e308): the learning rate η = {eta} is too large or the data are huge. Try a smaller --lr.
[training.hint.update]
The weights went out of the range of numbers (±1.8e308) when their change was added: they grow without control because the learning rate is too large. Try a smaller --lr.
[training.hint.general]
The usual cause is a learning rate that is too large (try a smaller --lr) or huge initial weights.

# Seeking in large traces; training without a trace (nnstep record --no-trace)
[trace.changed]
The trace "{path}" changed while nnstep was reading it (was it recorded again over it?). Open it again.
[run.trained]
Trained the {epochs} epochs of "{lesson}" in {time}, without recording a trace: the loss of the last one is {loss}.
[run.trainingInterrupted]
Training interrupted ({signal}) after {epochs} epochs, in {time}; the loss of the last one was {loss}. No trace was recorded.
[training.noTrace]
No trace was recorded (--no-trace). To step through epoch {epoch}: {command}

# Lessons that compare runs: the comparison and the diagnoses (issue 3)
[comparison.title]
Comparing the variants · {title}
[comparison.caption]
Each variant trains with its own settings on the same data. The table gives its loss at a few epochs, a curve from epoch 1 to the last, and the diagnosis; ▸ marks the one being stepped through.
[comparison.variant]
variant
[comparison.last]
last
[comparison.curve]
curve (▁ = 0, █ = {max})
[comparison.diagnosis]
diagnosis
[comparison.deltaHeading]
Size ‖δ_l‖ of every delta in epoch 1, from the output layer (on the left) to the first hidden layer (on the right):
[comparison.deltaRatio]
output/first
[diagnosis.name.diverged]
diverged
[diagnosis.name.learned]
learned
[diagnosis.name.cycles]
cycles
[diagnosis.name.converged]
converged
[diagnosis.name.vanishing]
vanishing gradient
[diagnosis.name.oscillating]
oscillating
[diagnosis.name.stuck]
stuck
[diagnosis.name.plateau]
plateau
[diagnosis.name.slow]
slow
[diagnosis.name.unfinished]
unfinished
[diagnosis.diverged]
Training broke off at epoch {epoch} because a value became NaN or infinite. The usual cause is an η too large for this data.
[diagnosis.learned]
From epoch {epoch} on it gets all {count} examples right, so the perceptron rule finds nothing left to correct: {weights} stay put until epoch {last}.
[diagnosis.initialWeights]
the initial weights and bias
[diagnosis.epochWeights]
the weights and bias left by epoch {epoch}
[diagnosis.cycles]
At the end of epoch {repeat}, the weights and bias are exactly (bit for bit) what they were at the end of epoch {start}, and from there on the story repeats {turn}. The perceptron rule keeps running into mistakes (mean loss per epoch within the cycle: {loss}) and never stops correcting.
[diagnosis.turnOne]
epoch after epoch: what it corrects within an epoch it undoes within that same epoch
[diagnosis.turnMany]
every {length} epochs
[diagnosis.stillWrong]
After epoch {last} it still gets {mistakes} of the {count} examples wrong.
[diagnosis.notSeparableLine]
Neither more epochs nor another η will fix it: the perceptron decides with a single straight line, and no line leaves {positives} on one side and {negatives} on the other. These points are not linearly separable; a hidden layer is needed (§2).
[diagnosis.notSeparable]
Neither more epochs nor another η will fix it: the perceptron decides with a single hyperplane, and none leaves the examples that should give 1 on one side and those that should give 0 on the other. The data are not linearly separable; a hidden layer is needed (§2).
[diagnosis.and]
and
[diagnosis.converged]
The loss first drops below {threshold} at epoch {epoch} and ends at {final}: the network has found the solution.
[diagnosis.swings]
It did not go straight down: it rose in {rises} of the {epochs} epochs, and the biggest jump, at epoch {epoch}, took it from {from} to {to}.
[diagnosis.vanishing]
The loss stays at {final}. In epoch 1 the output layer's delta measures ‖{output}‖ = {outputNorm}, but the first hidden layer's only ‖{first}‖ = {firstNorm}: {ratio} times less. Every layer it crosses on the way back multiplies it by σ' ≤ 0.25, so the first layers get almost no correction and do not learn. With ReLU, whose derivative is 1 on active neurons, the delta does not shrink like this.
[diagnosis.oscillating]
The loss does not settle: between epochs {from} and {to} it rose {rises} times, moving between {low} and {high}, and it ends at {final}. With η = {eta} every adjustment is so long that it overshoots the bottom and lands higher up, on the opposite slope. The biggest jump was at epoch {epoch}: from {before} to {after}. A smaller η would go down without bouncing.
[diagnosis.stuck]
The loss is pinned at {value} since epoch {since} and every output lies between {low} and {high}: the network answers 0.5 whatever the input, which with 0 and 1 targets costs exactly 0.25. It is a local minimum these initial weights do not let it leave: start again with another seed (--seed).
[diagnosis.plateau]
The loss has not moved from {value} since epoch {since}, with outputs between {low} and {high}: the network has stopped far from the solution, in a local minimum or with saturated neurons. Another seed (--seed) or another η may get it out.
[diagnosis.slow]
The loss goes down every epoch, but very little: from {first} to {final} in {epochs} epochs, still far from {threshold}. With η = {eta} every step is tiny.
[diagnosis.unfinished]
It has not finished yet: the loss went from {first} to {final} and is still going down; give it more epochs (--epochs).
[diagnosis.pace]
At the pace of epochs {from} to {to} ({pace} less per epoch), it would need about {needed} more epochs to drop below {threshold}.
[diagnosis.noPace]
Over its last epochs ({from} to {to}) the loss no longer goes down.
[debugger.help.compare]
compare        (in Spanish: comparar)
The lesson's variants side by side: each one's loss at epochs 1, 10, 100, 1000 and its last, a curve, and
its diagnosis (converged, oscillating, stuck, slow, cycles…) explained with its numbers. Only in
"nnstep lesson" with a lesson that has variants (for example, tasa-de-aprendizaje).
[debugger.noComparison]
There is nothing to compare: this run does not come from a lesson with variants. "compare" works in "nnstep lesson" with lessons that train several runs, such as perceptron or tasa-de-aprendizaje.
[run.unknownVariant]
The lesson "{lesson}" has no variant "{choice}". Its variants are: {variants}. Choose one by its number (--variant 2) or by its name (--variant "{example}").
[run.noVariants]
The lesson "{lesson}" has no variants, so --variant has nothing to choose: remove it.
"""#
}
