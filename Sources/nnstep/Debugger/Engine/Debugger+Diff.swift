import Trace

/// `diff NAME`: a matrix before and after, with what went up and down.
extension Debugger {
    /// A parameter before and after this epoch's update; any other matrix in this epoch and in the
    /// previous kept one (saying when epochs between them were not kept).
    func diff(_ typed: String) -> Reply {
        let name: String
        do { name = try resolve(typed) } catch { return error }
        let events = recording.epochs[position.epoch].events
        let epoch = recording.epochNumber(position.epoch)
        let symbol = Notation.symbol(for: name)
        let heading: String, before: Matrix, after: Matrix
        if let start = events.first(where: { $0.name == name && $0.operation == .parameter }), let old = start.values {
            guard let end = events.first(where: { $0.name == name && $0.operation == .update }), let new = end.values else {
                return notComputed(name)
            }
            heading = texts.text(.debuggerDiffUpdate, ["symbol": symbol, "epoch": "\(epoch)", "before": "\(start.step)",
                                                       "after": "\(end.step)"])
            (before, after) = (old, new)
        } else {
            guard let event = events.last(where: { $0.name == name && $0.values != nil }), let new = event.values else {
                return notComputed(name)
            }
            guard position.epoch > 0,
                  let earlier = recording.epochs[position.epoch - 1].events.last(where: { $0.name == name }),
                  let old = earlier.values else {
                return .failure(texts.text(.debuggerDiffNothingBefore, ["symbol": symbol]))
            }
            let from = recording.epochNumber(position.epoch - 1)
            heading = texts.text(.debuggerDiffEpochs, ["symbol": symbol, "step": "\(event.step)", "from": "\(from)",
                                                       "to": "\(epoch)",
                                                       "note": from + 1 == epoch ? "" : texts.text(.debuggerDiffGap)])
            (before, after) = (old, new)
        }
        let titles = texts.text(.debuggerDiffColumns).split(separator: "|").map(String.init)
        let table = DiffTable(palette: palette, width: width).lines(before: before, after: after, titles: titles)
        return Reply(lines: [heading] + table + ["  " + texts.text(.debuggerDiffLegend)])
    }
}
