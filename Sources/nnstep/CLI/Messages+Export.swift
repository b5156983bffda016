import Explain

/// The messages of `nnstep export`.
extension Messages {
    /// A failure of `export`.
    func export(_ error: ExportError) -> String {
        switch error {
        case .stepOutOfRange(let step, let steps):
            return catalog.text(.exportStepOutOfRange, ["step": "\(step)", "steps": "\(steps)"])
        case .unknownStepName(let name, let names):
            return catalog.text(.exportUnknownName, ["name": name, "names": names.joined(separator: ", ")])
        case .noLosses(let path):
            return catalog.text(.exportNoLoss, ["path": path])
        }
    }

    /// What `export latex` or `export slides` wrote, and how to compile it.
    func exported(path: String) -> String {
        catalog.text(.exportWritten, ["path": path])
    }

    /// What `export plot` wrote.
    func exportedPlot(path: String, runs: Int) -> String {
        catalog.text(.exportWrittenPlot, ["path": path, "runs": "\(runs)"])
    }
}
