import Explain
import Trace

/// `--print` and non-terminal output: every step of the chosen epochs as plain text.
enum PrintMode {
    /// Writes the steps of `epochs` of `recording` to standard output.
    ///
    /// - Throws: ``CommandError/epochOutOfRange(_:epochs:)`` for an epoch past the run's end,
    ///   ``CommandError/epochNotKept(_:kept:)`` for one the recording did not keep in full, and
    ///   the ``Recording/damage`` met reading an epoch (the epochs before it are written).
    static func print(_ recording: Recording, epochs: [Int], language: Language, width: Int) throws {
        let total = recording.header.epochs
        for epoch in epochs where epoch > total {
            throw CommandError.epochOutOfRange(epoch, epochs: total)
        }
        let kept = recording.epochs.numbers
        for epoch in epochs where !kept.contains(epoch) {
            if recording.epochs.isEmpty { throw CommandError.nothingToShow(path: recording.header.lesson) }
            throw CommandError.epochNotKept(epoch, kept: kept)
        }
        let view = StepView(header: recording.header, language: language)
        let texts = StepperTexts(language)
        for epoch in epochs {
            guard let index = recording.epochs.firstIndex(ofEpoch: epoch) else { continue }
            let record = recording.epochs[index]
            let previousLoss = recording.loss(atOrBefore: epoch - 1)
            var out = ""
            for step in record.events.indices {
                let event = record.events[step]
                out += texts.printHeading(epoch: epoch, of: total,
                                          batch: event.batch.map { StepperTexts.batch($0, of: recording.header) },
                                          step: event.step, of: max(recording.header.stepsPerEpoch, record.events.last?.step ?? 0),
                                          phase: event.phase) + "\n"
                out += view.lines(epoch: record, index: step, width: width, previousLoss: previousLoss)
                    .joined(separator: "\n") + "\n\n"
            }
            if let damage = recording.damage { throw damage }
            Platform.writeStdout(out)
        }
    }
}
