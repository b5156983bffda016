import Explain
import Trace

/// The stepper's lines in one language, from the interface catalog.
struct StepperTexts {
    private let catalog: InterfaceCatalog
    private let labels: Labels

    /// The texts of `language`.
    init(_ language: Language) {
        catalog = InterfaceCatalog.of(language)
        labels = Labels(language)
    }

    /// The status line: lesson, epoch, mini-batch (`batch`, «1/23», when the step has one),
    /// step and phase.
    func status(title: String, epoch: Int, of epochs: Int, batch: String? = nil, step: Int, of steps: Int,
                phase: Phase) -> String {
        var values = ["title": title, "epoch": "\(epoch)", "epochs": "\(epochs)", "step": "\(step)",
                      "steps": "\(steps)", "phase": labels.phase(phase)]
        guard let batch else { return catalog.text(.stepperStatus, values) }
        values["batch"] = batch
        return catalog.text(.stepperStatusBatch, values)
    }

    /// The heading of a step in `--print` output, with its mini-batch (`batch`) when it has one.
    func printHeading(epoch: Int, of epochs: Int, batch: String? = nil, step: Int, of steps: Int, phase: Phase) -> String {
        var values = ["epoch": "\(epoch)", "epochs": "\(epochs)", "step": "\(step)", "steps": "\(steps)",
                      "phase": labels.phase(phase)]
        guard let batch else { return catalog.text(.stepperPrintHeading, values) }
        values["batch"] = batch
        return catalog.text(.stepperPrintHeadingBatch, values)
    }

    /// Mini-batch `batch` of an epoch of `header`'s run: «1/23», or «1» when the header does not
    /// say how many batches an epoch has.
    static func batch(_ batch: Int, of header: TraceHeader) -> String {
        guard header.batchSize > 0, header.batchSize < header.examples else { return "\(batch)" }
        return "\(batch)/\((header.examples + header.batchSize - 1) / header.batchSize)"
    }

    var keys: String { catalog.text(.stepperKeys) }
    var help: [String] { catalog.text(.stepperHelp).components(separatedBy: "\n") }
    var more: String { catalog.text(.stepperMore) }
    var gotoPrompt: String { catalog.text(.stepperGotoPrompt) }
    var endOfTrace: String { catalog.text(.stepperEnd) }
    var startOfTrace: String { catalog.text(.stepperStart) }
    var lastKeptEpoch: String { catalog.text(.stepperLastEpoch) }
    var firstKeptEpoch: String { catalog.text(.stepperFirstEpoch) }
    var unknownKey: String { catalog.text(.stepperUnknownKey) }
    var noKeptEpochs: String { catalog.text(.stepperNoEpochs) }
    var commandLineHint: String { catalog.text(.debuggerPromptHint) }

    func badGoto(_ typed: String) -> String { catalog.text(.stepperBadGoto, ["typed": typed]) }
    func unknownName(_ name: String) -> String { catalog.text(.stepperUnknownName, ["name": name]) }

    func epochNotKept(_ epoch: Int, shown: Int, kept: [Int]) -> String {
        catalog.text(.stepperEpochNotKept, ["epoch": "\(epoch)", "shown": "\(shown)", "kept": Messages.list(kept)])
    }

    func terminalTooSmall(_ size: TerminalSize, minimum: TerminalSize) -> String {
        catalog.text(.stepperTooSmall, ["columns": "\(size.columns)", "rows": "\(size.rows)",
                                        "minColumns": "\(minimum.columns)", "minRows": "\(minimum.rows)"])
    }
}
