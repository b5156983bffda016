import Trace

/// Setting, listing and deleting breakpoints and watchpoints.
extension Debugger {
    /// `break …` / `watch …`: checks the names and indices, and adds the breakpoint.
    mutating func addBreakpoint(_ condition: BreakCondition) -> Reply {
        let resolved: BreakCondition
        var notes: [String] = []
        do {
            switch condition {
            case .name(let typed): resolved = .name(try resolve(typed))
            case .epoch(let epoch):
                guard epoch <= recording.header.epochs else {
                    return .failure(texts.text(.debuggerEpochBeyond, ["epoch": "\(epoch)",
                                                                       "epochs": "\(recording.header.epochs)"]))
                }
                if let shown = recording.epochs.indices.lazy.map(recording.epochs.number(at:)).first(where: { $0 >= epoch }),
                   shown != epoch {
                    notes.append(texts.text(.debuggerEpochNotKept, ["epoch": "\(epoch)", "shown": "\(shown)"]))
                }
                resolved = condition
            case .loss, .nonFinite: resolved = condition
            case .entry(let entry, let comparison, let bound): resolved = .entry(try normalize(entry), comparison, bound)
            case .signChange(let entry): resolved = .signChange(try normalize(entry))
            case .watch(let entry, let threshold): resolved = .watch(try normalize(entry), threshold: threshold)
            }
        } catch {
            return error
        }
        switch resolved {
        case .entry, .signChange, .watch, .nonFinite:
            guard recording.epochs.count < recording.header.epochs else { break }
            notes.append(texts.text(.debuggerValuesNeedKept, ["kept": "\(recording.epochs.count)",
                                                                "epochs": "\(recording.header.epochs)"]))
        case .name, .epoch, .loss: break
        }
        let breakpoint = Breakpoint(id: nextBreakpointID, condition: resolved, crossings: crossings(of: resolved))
        nextBreakpointID += 1
        breakpoints.append(breakpoint)
        return Reply(lines: [line(breakpoint)] + notes)
    }

    /// `info breakpoints`: a table of number, kind and condition.
    func listBreakpoints() -> Reply {
        guard !breakpoints.isEmpty else { return Reply(texts.text(.debuggerNoBreakpoints)) }
        let heading = texts.text(.debuggerInfoHeading).split(separator: "|").map(String.init)
        let rows = [heading] + breakpoints.map { ["\($0.id)", texts.kind($0.condition), texts.describe($0.condition)] }
        let widths = (0..<2).map { column in rows.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        return Reply(lines: rows.map { row in
            row.enumerated().map { index, cell in
                index < 2 ? cell + String(repeating: " ", count: widths[index] - cell.count) : cell
            }.joined(separator: "  ")
        })
    }

    /// `delete N`, or `delete` for all of them.
    mutating func deleteBreakpoint(_ id: Int?) -> Reply {
        guard let id else {
            let count = breakpoints.count
            breakpoints = []
            return Reply(texts.text(.debuggerDeletedAll, ["count": "\(count)"]))
        }
        guard let index = breakpoints.firstIndex(where: { $0.id == id }) else {
            return .failure(texts.text(.debuggerNoSuchBreakpoint, ["id": "\(id)"]))
        }
        breakpoints.remove(at: index)
        return Reply(texts.text(.debuggerDeleted, ["id": "\(id)"]))
    }

    /// "Parada 1: cada paso que calcula δ_out (delta_out)."
    private func line(_ breakpoint: Breakpoint) -> String {
        texts.text(.debuggerSet, ["kind": texts.kind(breakpoint.condition), "id": "\(breakpoint.id)",
                                  "description": texts.describe(breakpoint.condition)])
    }

    /// For a loss condition, the epochs where it starts to hold (it holds "before epoch 1" never).
    private func crossings(of condition: BreakCondition) -> [Int] {
        guard case .loss(let comparison, let bound) = condition else { return [] }
        var crossings: [Int] = []
        var held = false
        for (epoch, loss) in recording.losses {
            let holds = comparison.holds(loss, bound)
            if holds && !held { crossings.append(epoch) }
            held = holds
        }
        return crossings
    }

    /// The entry with its canonical name and indices counted from 0.
    ///
    /// - Throws: the failing reply that says what does not exist.
    func normalize(_ entry: Entry) throws(Reply) -> Entry {
        let expression = try normalize(ValueExpression(name: entry.name, selection: .entry(entry.row, entry.column)))
        guard case .entry(let row, let column) = expression.selection else { return entry }
        return Entry(name: expression.name, row: row, column: column)
    }
}
