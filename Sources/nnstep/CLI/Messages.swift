import Explain
import Trace

/// Words every failure and report of the command line in the user's language, from the
/// interface catalog. The facts come from the error values; the wording lives in the catalog.
struct Messages {
    let catalog: InterfaceCatalog

    /// Messages in `language`.
    init(_ language: Language) {
        catalog = InterfaceCatalog.of(language)
    }

    /// A usage error, followed by where to read more.
    func usage(_ error: UsageError) -> String {
        let line: String
        var command = ""
        switch error {
        case .missingCommand:
            line = catalog.text(.usageMissingCommand)
        case .unknownCommand(let word):
            line = catalog.text(.usageUnknownCommand, ["command": word])
        case .missingOperand(let name):
            command = name
            let example = name == "replay" ? "nnstep replay xor.jsonl"
                : name == "export" ? "nnstep export latex xor -o xor.tex" : "nnstep \(name) xor"
            line = catalog.text(.usageMissingOperand, ["command": name, "example": example])
        case .extraOperand(let name, let operand):
            command = name
            line = catalog.text(.usageExtraOperand, ["command": name, "operand": operand])
        case .unknownOption(let name, let option):
            command = name == "nnstep" ? "" : name
            line = catalog.text(.usageUnknownOption, ["command": name, "option": option])
        case .missingValue(let name, let option):
            command = name
            line = catalog.text(.usageMissingValue, ["option": option])
        case .invalidValue(let name, let option, let value, let form):
            command = name
            line = catalog.text(.usageInvalidValue, ["option": option, "value": value, "form": self.form(form)])
        case .unknownExportKind(let kind):
            command = "export"
            line = catalog.text(.exportUnknownKind, ["kind": kind])
        case .optionNotForKind(let kind, let option):
            command = "export"
            line = catalog.text(.exportOptionNotForKind, ["kind": kind, "option": option])
        case .conflictingOptions(let name, let first, let second):
            command = name
            line = catalog.text(.exportConflict, ["first": first, "second": second])
        }
        return line + "\n" + catalog.text(.usageSeeHelp, ["help": command.isEmpty ? "nnstep --help" : "nnstep help \(command.prefix { $0 != " " })"])
    }

    private func form(_ form: UsageError.ValueForm) -> String {
        switch form {
        case .language: return catalog.text(.usageFormLanguage)
        case .positiveInteger: return catalog.text(.usageFormPositiveInteger)
        case .epochList: return catalog.text(.usageFormEpochList)
        case .positiveNumber: return catalog.text(.usageFormPositiveNumber)
        case .seed: return catalog.text(.usageFormSeed)
        case .color: return catalog.text(.usageFormColor)
        case .sampling: return catalog.text(.usageFormSample)
        case .stepList: return catalog.text(.exportFormSteps)
        case .precision: return catalog.text(.exportFormPrecision)
        }
    }

    /// A lesson that could not be loaded.
    func lesson(_ error: LessonError) -> String {
        switch error {
        case .notFound(let name, let available) where available.isEmpty && LessonLibrary.isPath(name):
            return catalog.text(.lessonFileNotFound, ["path": name])
        case .notFound(let name, let available):
            return catalog.text(.lessonNotFound, ["name": name]) + "\n"
                + catalog.text(.lessonAvailable, ["names": available.isEmpty ? "—" : available.joined(separator: ", ")])
        case .notRegularFile(let path):
            return catalog.text(.lessonNotRegularFile, ["path": path])
        case .unreadable(let path, let reason):
            return catalog.text(.lessonUnreadable, ["path": path, "reason": reason])
        case .syntax(let path, let error):
            return catalog.text(.lessonSyntax, ["path": path, "line": "\(error.line)", "column": "\(error.column)",
                                                "expected": expectation(error.expected), "found": found(error.found)])
        case .invalid(let path, let problems):
            let header = catalog.text(.lessonInvalid, ["path": path, "count": "\(problems.count)"])
            return ([header] + problems.map { "  • " + ($0.path.isEmpty ? "" : $0.path + ": ") + problem($0.kind) })
                .joined(separator: "\n")
        case .tooLarge(let path, let bytes, let limit):
            return catalog.text(.lessonTooLarge, ["path": path, "size": ByteCount.text(Double(bytes)),
                                                  "limit": ByteCount.text(Double(limit))])
        }
    }

    /// The kind of a JSON value, as problems name it: `un número`, `a string`.
    func kind(_ kind: JSONValue.Kind) -> String {
        switch kind {
        case .null: return catalog.text(.kindNull)
        case .bool: return catalog.text(.kindBool)
        case .number: return catalog.text(.kindNumber)
        case .string: return catalog.text(.kindString)
        case .array: return catalog.text(.kindArray)
        case .object: return catalog.text(.kindObject)
        }
    }

    private func expectation(_ expected: JSONSyntaxError.Expectation) -> String {
        switch expected {
        case .value: return catalog.text(.expectValue)
        case .objectKey: return catalog.text(.expectObjectKey)
        case .colon: return catalog.text(.expectColon)
        case .commaOrEndOfObject: return catalog.text(.expectCommaOrEndOfObject)
        case .commaOrEndOfArray: return catalog.text(.expectCommaOrEndOfArray)
        case .endOfText: return catalog.text(.expectEndOfText)
        case .stringEnd: return catalog.text(.expectStringEnd)
        case .escape: return catalog.text(.expectEscape)
        case .digit: return catalog.text(.expectDigit)
        case .literal: return catalog.text(.expectLiteral)
        case .shallowerNesting: return catalog.text(.expectShallowerNesting)
        }
    }

    /// The tail of a syntax message naming what was found instead: ` («}»)`, or the end of the file.
    private func found(_ text: String) -> String {
        " (" + (text.isEmpty ? catalog.text(.foundEndOfText) : catalog.text(.foundText, ["text": text])) + ")"
    }

    /// `5000`, `-0.5`, `1e+20`; `∞` for a number too large for a double (`1e400` in the file).
    func number(_ value: Double) -> String {
        guard value.isFinite else { return value < 0 ? "−∞" : "∞" }
        return value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// A trace that could not be read.
    func trace(_ error: TraceFormatError) -> String {
        switch error {
        case .unreadable(let path, let reason): return catalog.text(.traceUnreadable, ["path": path, "reason": reason])
        case .notRegularFile(let path): return catalog.text(.traceNotRegularFile, ["path": path])
        case .missing(let path): return catalog.text(.traceMissing, ["path": path])
        case .unwritable(let path, let reason): return catalog.text(.cannotWrite, ["path": path, "reason": reason])
        case .empty(let path): return catalog.text(.traceEmpty, ["path": path])
        case .missingHeader(let path): return catalog.text(.traceMissingHeader, ["path": path])
        case .unsupportedVersion(let path, let found, let supported):
            return catalog.text(.traceVersion, ["path": path, "found": "\(found)", "supported": "\(supported)"])
        case .malformedLine(let path, let line, .syntax(let error)):
            return catalog.text(.traceMalformedSyntax, ["path": path, "line": "\(line)", "column": "\(error.column)",
                                                        "expected": expectation(error.expected)])
        case .malformedLine(let path, let line, .badField(let field)):
            return catalog.text(.traceMalformedField, ["path": path, "line": "\(line)", "field": field])
        case .malformedLine(let path, let line, .tooLong(let bytes)):
            return catalog.text(.traceLineTooLong, ["path": path, "line": "\(line)", "bytes": "\(bytes)"])
        case .changed(let path): return catalog.text(.traceChanged, ["path": path])
        }
    }

    /// A warning about a trace that was read anyway.
    func traceWarning(_ warning: TraceWarning) -> String {
        switch warning {
        case .truncated(let path, let line, let events):
            return catalog.text(.traceTruncated, ["path": path, "line": "\(line)", "events": "\(events)"])
        }
    }

    /// Training that stopped at a non-finite value, with a hint for the operation that produced
    /// it when `header` (the run) tells which one it was.
    func training(_ error: TrainingError, header: TraceHeader? = nil) -> String {
        switch error {
        case .nonFinite(let epoch, let step, let name, let formula):
            return catalog.text(.trainingNonFinite, ["epoch": "\(epoch)", "step": "\(step)", "name": name, "formula": formula,
                                                     "hint": nonFiniteHint(error, header: header)])
        }
    }

    /// A command's own failure.
    func command(_ error: CommandError) -> String {
        switch error {
        case .training(let failure): return training(failure)
        case .epochOutOfRange(let epoch, let epochs):
            return catalog.text(.epochOutOfRange, ["epoch": "\(epoch)", "epochs": "\(epochs)"])
        case .epochNotKept(let epoch, let kept):
            return catalog.text(.epochNotKept, ["epoch": "\(epoch)", "kept": Self.list(kept)])
        case .nothingToShow(let path): return catalog.text(.traceNothingToShow, ["path": path])
        case .unknownHelpTopic(let topic): return catalog.text(.unknownHelpTopic, ["topic": topic])
        case .unreadableCommands(let path, let reason):
            return catalog.text(.commandsUnreadable, ["path": path, "reason": reason])
        }
    }

    /// What `record` wrote.
    func recorded(path: String, epochs: Int, kept: Int) -> String {
        catalog.text(.recorded, ["path": path, "epochs": "\(epochs)", "kept": "\(kept)"])
    }

    /// Early stopping ended the run: after which epoch, and since when the test loss had not improved.
    func earlyStopped(_ stop: EarlyStopRecord) -> String {
        catalog.text(.earlyStopped, ["epoch": "\(stop.epoch)", "best": "\(stop.bestEpoch)",
                                     "loss": number(stop.bestLoss), "patience": "\(stop.patience)"])
    }

    /// No lesson folder has any lesson.
    func noLessons(searched: [String]) -> String {
        catalog.text(.noLessons, ["folders": searched.isEmpty ? "—" : searched.joined(separator: ", ")])
    }

    /// A lesson listed by `lessons` that does not load, in one line.
    func brokenLesson(_ error: LessonError) -> String {
        let problem = lesson(error).split(separator: "\n").first.map(String.init) ?? ""
        return catalog.text(.brokenLesson, ["problem": problem])
    }

    /// An error no other message covers.
    func unexpected(_ detail: String) -> String {
        catalog.text(.unexpected, ["detail": detail])
    }

    /// The general help, or the help of one command (`stepper` for the keys).
    func help(_ topic: String?) -> String {
        switch topic {
        case "lesson": return catalog.text(.helpLesson)
        case "record": return catalog.text(.helpRecord)
        case "replay": return catalog.text(.helpReplay)
        case "lessons": return catalog.text(.helpLessons)
        case "help": return catalog.text(.helpHelp)
        case "stepper": return catalog.text(.helpStepper)
        case "export": return catalog.text(.helpExport)
        case "debugger": return catalog.text(.helpDebugger)
        default: return catalog.text(.helpGeneral)
        }
    }

    /// `1, 2, 3, 500, …, 5000`: a list of epochs, shortened past twelve.
    static func list(_ epochs: [Int]) -> String {
        guard epochs.count > 12 else { return epochs.map(String.init).joined(separator: ", ") }
        return (epochs.prefix(10).map(String.init) + ["…", String(epochs.last!)]).joined(separator: ", ")
    }
}
