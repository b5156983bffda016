import Trace

/// A lesson's variants side by side, as text: a table with each run's loss at epochs 1, 10, 100,
/// 1000 and its last, a small curve of its loss and its diagnosis; the explanation of every
/// diagnosis; and, for deep networks or variants that change the hidden activation (§3.1), the
/// size `‖δ_l‖` of each layer's delta in epoch 1.
///
///     Comparación de variantes · La tasa de aprendizaje η en la red XOR
///       variante      1        10       100      1000     5000      curva (▁ = 0, █ = 0.4806)  diagnóstico
///     ▸ η = 0.5       0.3398   0.2558   0.2496   0.0447   0.000731  ▆▆▅▅▄▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁  converge
///
/// The curve marks the loss at evenly spaced epochs, from 1 to the run's last, on one scale for
/// every run: `▁` is 0 and `█` the highest loss of any run.
public struct ComparisonText: Sendable {
    /// The runs.
    public let comparison: RunComparison
    private let catalog: InterfaceCatalog
    private let diagnoses: DiagnosisText

    /// The most points a curve has.
    public static let curvePoints = 24
    /// The fewest points a curve keeps on a narrow screen.
    public static let minimumCurvePoints = 8
    /// The bars of the curve, from 0 to the highest loss.
    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The texts of `comparison` in `language`.
    public init(_ comparison: RunComparison, language: Language) {
        self.comparison = comparison
        catalog = InterfaceCatalog.of(language)
        diagnoses = DiagnosisText(language)
    }

    /// The whole comparison, in lines of at most `width` characters where the table allows.
    public func lines(width: Int) -> [String] {
        var lines = [catalog.text(.comparisonTitle, ["title": comparison.title])]
        lines += TextLayout.wrap(catalog.text(.comparisonCaption), width: width)
        lines.append("")
        lines += table(width: width)
        if comparison.showsDeltas, comparison.outcomes.contains(where: { !$0.history.deltaNorms.isEmpty }) {
            lines.append("")
            lines += TextLayout.wrap(catalog.text(.comparisonDeltaHeading), width: width)
            lines += deltaTable()
        }
        for (index, outcome) in comparison.outcomes.enumerated() {
            lines.append("")
            lines.append(marker(index) + outcome.label + " — " + diagnoses.name(outcome.diagnosis.kind))
            lines += TextLayout.wrap(diagnoses.explanation(outcome), width: max(width - 4, 20)).map { "    " + $0 }
        }
        return lines
    }

    private func marker(_ index: Int) -> String { index == comparison.selected ? "▸ " : "  " }

    /// The table of losses, curves and diagnoses.
    func table(width: Int) -> [String] {
        let outcomes = comparison.outcomes
        let milestones = comparison.milestoneEpochs
        let lastTitle = comparison.commonLastEpoch.map(String.init) ?? catalog.text(.comparisonLast)
        var columns: [[String]] = []
        columns.append([catalog.text(.comparisonVariant)] + outcomes.map(\.label))
        for epoch in milestones {
            columns.append(["\(epoch)"] + outcomes.map { outcome in
                outcome.history.loss(atEpoch: epoch).map(DiagnosisNumbers.value) ?? "—"
            })
        }
        columns.append([lastTitle] + outcomes.map { outcome in
            let value = outcome.history.losses.last.map(DiagnosisNumbers.value) ?? "—"
            return comparison.commonLastEpoch == nil ? value + " (\(outcome.history.lastEpoch))" : value
        })
        let highest = outcomes.flatMap(\.history.losses).filter(\.isFinite).max() ?? 0
        let curveHeader = catalog.text(.comparisonCurve, ["max": DiagnosisNumbers.value(highest)])
        let names = outcomes.map { diagnoses.name($0.diagnosis.kind) }
        let fixed = 2 + columns.reduce(0) { $0 + Self.columnWidth($1) + 2 } + (names.map(\.count).max() ?? 0)
        let points = min(Self.curvePoints, max(Self.minimumCurvePoints, width - fixed - 2))
        columns.append([curveHeader] + outcomes.map { curve($0.history.losses, points: points, highest: highest) })
        columns.append([catalog.text(.comparisonDiagnosis)] + names)
        return rows(columns)
    }

    /// The table of delta norms in epoch 1, from the output layer to the first hidden layer.
    func deltaTable() -> [String] {
        let outcomes = comparison.outcomes
        let layers = outcomes.map(\.history.deltaNorms.count).max() ?? 0
        guard let reference = outcomes.first(where: { $0.history.deltaNorms.count == layers }) else { return [] }
        var columns: [[String]] = [[catalog.text(.comparisonVariant)] + outcomes.map(\.label)]
        let ordered = reference.history.deltaNorms.sorted { $0.layer > $1.layer }
        for delta in ordered {
            columns.append([Notation.symbol(for: delta.name)] + outcomes.map { outcome in
                outcome.history.deltaNorms.first { $0.layer == delta.layer }.map { DiagnosisNumbers.value($0.norm) } ?? "—"
            })
        }
        columns.append([catalog.text(.comparisonDeltaRatio)] + outcomes.map { outcome in
            let norms = outcome.history.deltaNorms
            guard let output = norms.max(by: { $0.layer < $1.layer }), let first = norms.min(by: { $0.layer < $1.layer }),
                  first.norm > 0 else { return "—" }
            return DiagnosisNumbers.ratio(output.norm / first.norm)
        })
        return rows(columns)
    }

    /// Columns of cells as lines: the first row is the header; every row gets its marker.
    private func rows(_ columns: [[String]]) -> [String] {
        let widths = columns.map(Self.columnWidth)
        let count = columns.first?.count ?? 0
        return (0..<count).map { row in
            let cells = columns.indices.map { column -> String in
                column == columns.count - 1 ? columns[column][row] : TextLayout.pad(columns[column][row], to: widths[column])
            }
            let prefix = row == 0 ? "  " : marker(row - 1)
            var line = prefix + cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    private static func columnWidth(_ column: [String]) -> Int { column.map(\.count).max() ?? 0 }

    /// `losses` at `points` evenly spaced epochs from the first to the last, as bars from 0 to
    /// `highest`.
    func curve(_ losses: [Double], points: Int, highest: Double) -> String {
        guard !losses.isEmpty else { return "" }
        let count = min(points, losses.count)
        return String((0..<count).map { k -> Character in
            let index = count == 1 ? 0 : Int((Double(k) * Double(losses.count - 1) / Double(count - 1)).rounded())
            let loss = losses[index]
            guard loss.isFinite else { return "·" }
            let level = highest > 0 ? Int((loss / highest * Double(Self.bars.count - 1)).rounded()) : 0
            return Self.bars[min(max(level, 0), Self.bars.count - 1)]
        })
    }
}
