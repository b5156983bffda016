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

# The stepper
[stepper.status]
nnstep · {title} · epoch {epoch}/{epochs} · step {step}/{steps} · {phase}
[stepper.printHeading]
══ Epoch {epoch}/{epochs} · step {step}/{steps} · {phase} ══
[stepper.keys]
n/→ next · p/← back · N/P next/previous epoch · ↑/↓ scroll · g go to · ? help · q quit
[stepper.help]
Stepper keys

  n, →, Space, Enter     next step (after the last step of an epoch, moves on to the next epoch)
  p, ←, Backspace        previous step: you can go back as far as you like
  N, PgDn                the same step in the next kept epoch
  P, PgUp                the same step in the previous kept epoch
  Home, End              first and last step of the trace
  ↓/j, ↑/k               scroll the step's text when it does not fit
  g                      go to: "500" (epoch), "500.13" (epoch and step) or a name ("delta_out")
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
"{command}" is not an nnstep command. Commands: lesson, record, replay, lessons, help.
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
Training produced a non-finite value (NaN or ∞) for the first time in epoch {epoch}, step {step}: {name}, while computing {formula}. The usual cause is a learning rate that is too large (try a smaller --lr) or huge initial weights.
[run.epochOutOfRange]
--epoch {epoch}: the training has only {epochs} epochs.
[run.epochNotKept]
Epoch {epoch} did not keep its values in this trace. Complete epochs: {kept}.
[run.cannotWrite]
Cannot write "{path}": {reason}
[run.recorded]
Trace saved to {path}: {epochs} epochs, {kept} with all their values and the rest with only their error. Open it with: nnstep replay {path}
[run.noLessons]
No lessons found. Folders searched: {folders}. Point NNSTEP_LESSONS at your lessons folder, or give the path of a lesson file.
[run.brokenLesson]
(cannot be loaded: {problem})
[run.unknownHelpTopic]
There is no help on "{topic}". Topics: lesson, record, replay, lessons, help, stepper.
[run.unexpected]
Unexpected error: {detail}. Please report it to the nnstep maintainers.

# Help
[help.general]
nnstep — steps through the training of a neural network, one operation at a time.

Usage:
  nnstep lesson LESSON [--print] [--epoch 1,2,5000] [--epochs N] [--lr η] [--seed N] [--lang es|en]
  nnstep record LESSON [-o trace.jsonl] [--epochs N] [--lr η] [--seed N] [--lang es|en]
  nnstep replay TRACE.jsonl [--print] [--epoch E] [--lang es|en]
  nnstep lessons
  nnstep help [COMMAND]

Commands:
  lesson    trains a lesson and opens the stepper (or prints the steps with --print)
  record    trains a lesson and saves its trace to a JSON Lines file
  replay    opens the stepper on a saved trace
  lessons   lists the available lessons
  help      help on a command ("nnstep help stepper": the keys)

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
  --lang es|en      language of the messages
[help.replay]
nnstep replay TRACE.jsonl [--print] [--epoch E] [--lang es|en]

Opens the stepper on a trace recorded with "nnstep record", or prints its steps with --print.
Only the epochs that the trace kept complete can be shown.
[help.lessons]
nnstep lessons

Lists the lessons you can open by name, with one line on what each one teaches.
[help.help]
nnstep help [COMMAND]

Shows the general help, or the help of one command: lesson, record, replay, lessons, help, stepper.
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
  ?                 help                    q, Esc     quit
"""#
}
