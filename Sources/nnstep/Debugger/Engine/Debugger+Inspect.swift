import Explain
import Trace

/// Looking at values: `print`, `print shape`, `display`, `heatmap`.
extension Debugger {
    /// `print EXPR`: the value the current step sees, and where it comes from.
    func printValue(_ expression: ValueExpression) -> Reply {
        do {
            return Reply(lines: try render(expression, at: position))
        } catch {
            return error
        }
    }

    /// `print shape NAME`: the shape, and the step of this epoch that has it (the latest one so
    /// far, or the one that will compute it).
    func printShape(_ typed: String) -> Reply {
        let name: String
        do { name = try resolve(typed) } catch { return error }
        let events = recording.epochs[position.epoch].events
        let here = events[...position.step].last { $0.name == name }
        guard let event = here ?? events.first(where: { $0.name == name }) else { return notComputed(name) }
        return Reply(texts.text(.debuggerShape, ["symbol": Notation.symbol(for: name), "name": name,
                                                 "shape": event.shape.bracketed, "epoch": "\(event.epoch)",
                                                 "step": "\(event.step)"]))
    }

    /// `display EXPR`: checks it, keeps it, and shows it now.
    mutating func addDisplay(_ expression: ValueExpression) -> Reply {
        let normalized: ValueExpression
        do { normalized = try normalize(expression) } catch { return error }
        let display = Display(id: nextDisplayID, expression: normalized)
        nextDisplayID += 1
        displays.append(display)
        let note = texts.text(.debuggerDisplaySet, ["id": "\(display.id)", "expression": expression.description])
        return Reply(lines: [note] + lines(of: display))
    }

    /// `info display`.
    func listDisplays() -> Reply {
        guard !displays.isEmpty else { return Reply(texts.text(.debuggerNoDisplays)) }
        return Reply(lines: displays.map {
            texts.text(.debuggerDisplayHeading, ["id": "\($0.id)", "text": $0.expression.description])
        })
    }

    /// `undisplay N`, or `undisplay` for all of them.
    mutating func removeDisplay(_ id: Int?) -> Reply {
        guard let id else {
            displays = []
            return Reply(texts.text(.debuggerUndisplayedAll))
        }
        guard let index = displays.firstIndex(where: { $0.id == id }) else {
            return .failure(texts.text(.debuggerNoSuchDisplay, ["id": "\(id)"]))
        }
        displays.remove(at: index)
        return Reply(texts.text(.debuggerUndisplayed, ["id": "\(id)"]))
    }

    /// What every display shows at the current step.
    var displayLines: [String] {
        displays.flatMap(lines(of:))
    }

    /// `heatmap NAME`: numbers ↔ heat map for that matrix.
    mutating func switchView(_ typed: String) -> Reply {
        let name: String
        do { name = try resolve(typed) } catch { return error }
        if switchedViews.remove(name) == nil { switchedViews.insert(name) }
        let large = names.shapes[name].map { $0.dimensions.contains { $0 > MatrixText.largeSide } } ?? false
        let heatMap = large != switchedViews.contains(name)
        return Reply(texts.text(heatMap ? .debuggerHeatMapOn : .debuggerHeatMapOff, ["symbol": Notation.symbol(for: name)]))
    }

    /// One display: its number before the first line of its value.
    private func lines(of display: Display) -> [String] {
        let body: [String]
        do { body = try render(display.expression, at: position) } catch { body = error.lines }
        guard let first = body.first else { return [] }
        return [texts.text(.debuggerDisplayHeading, ["id": "\(display.id)", "text": first])] + body.dropFirst()
    }

    /// The expression with its canonical name and its indices counted from 0.
    ///
    /// - Throws: the failing reply that says which name or index does not exist.
    func normalize(_ expression: ValueExpression) throws(Reply) -> ValueExpression {
        let name = try resolve(expression.name)
        let shape = names.shapes[name] ?? Shape(rows: 0, columns: 0)
        do {
            return ValueExpression(name: name, selection: try expression.selection.normalized(for: shape))
        } catch {
            throw outOfRange(name, shape, error)
        }
    }

    /// The failure of an index outside `shape`.
    private func outOfRange(_ name: String, _ shape: Shape, _ error: ValueExpression.Selection.OutOfRange) -> Reply {
        let part: String
        switch error {
        case .row(let index): part = texts.text(.debuggerPartRow, ["index": "\(index)"])
        case .column(let index): part = texts.text(.debuggerPartColumn, ["index": "\(index)"])
        }
        return .failure(texts.text(.debuggerIndexOutOfRange, ["symbol": Notation.symbol(for: name),
                                                              "shape": shape.bracketed, "part": part]))
    }

    /// The lines of `expression`'s value as seen at `position`: a heading with the epoch and step
    /// it comes from, then the numbers or the heat map (or one line for one entry).
    ///
    /// - Throws: the failing reply for a name or index that does not exist, or a value not
    ///   computed yet.
    func render(_ expression: ValueExpression, at position: Position) throws(Reply) -> [String] {
        let normalized = try normalize(expression)
        let name = normalized.name
        guard let located = latest(name, atOrBefore: position) else { throw notComputed(name) }
        do {
            _ = try normalized.selection.normalized(for: located.matrix.shape)
        } catch {
            throw outOfRange(name, located.matrix.shape, error)
        }
        let part = normalized.selection.apply(to: located.matrix)
        let label = Notation.symbol(for: name) + normalized.selection.suffix
        var values = ["label": label, "epoch": "\(recording.epochNumber(located.position.epoch))",
                      "step": "\(located.event.step)", "shape": part.shape.bracketed,
                      "note": located.position.epoch == position.epoch ? "" : texts.text(.debuggerValueEarlier)]
        if part.rows == 1 && part.columns == 1 {
            values["value"] = DebuggerTexts.number(part[0, 0])
            return [texts.text(.debuggerValueScalar, values)]
        }
        let switched = switchedViews.contains(name)
        let text = MatrixText(palette: palette, width: width)
        switch normalized.selection {
        case .row(let r), .slice(let r):
            // An example of a value with channels: its maps, every number.
            if let image = located.event.shape.image, image.count > 0, located.matrix.columns == image.count {
                values["shape"] = "[\(image.description)]"
                return [texts.text(.debuggerValueHeading, values)] + exampleMaps(located.matrix, example: r, image: image)
            }
            fallthrough
        case .column:
            // A row or a column shows whole, unless a heat map was asked for a small matrix.
            if !(switched && !MatrixText.showsHeatMap(located.matrix, switched: false)) {
                return [texts.text(.debuggerValueHeading, values)] + text.vector(part)
            }
        case .all:
            // A value with channels: the first example's first maps, as the step shows it.
            if !switched, let image = located.event.shape.image, image.count > 0, located.matrix.columns == image.count {
                values["shape"] = located.event.shape.bracketed
                let overview = TensorBlock(language: texts.language)
                    .overview(title: "", name: name, shape: located.event.shape, matrix: located.matrix, missing: "",
                              width: width - 2)
                return [texts.text(.debuggerValueHeading, values)] + overview.dropFirst().map { "  " + $0 }
            }
        case .entry:
            break
        }
        let heatMap = MatrixText.showsHeatMap(part, switched: switched)
        return [texts.text(.debuggerValueHeading, values)] + text.lines(part, heatMap: heatMap, texts: texts)
    }

    /// A name that has no value yet at the current step.
    func notComputed(_ name: String) -> Reply {
        .failure(texts.text(.debuggerNotComputed, ["symbol": Notation.symbol(for: name),
                                                   "step": "\(names.steps[name] ?? 0)"]))
    }
}
