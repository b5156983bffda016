import Foundation

/// Which columns of a CSV table a lesson takes as inputs and as label, and how it prepares them.
///
/// Columns are **numbered from 1**, as a spreadsheet, `cut -f` and the data's README count them,
/// and as every message shows them: the pixels of `digits-8x8.csv` are columns 1…64 and the
/// digit is column 65. (Swift code indexing a ``CSVTable`` directly counts from 0.)
public struct DatasetColumns: Equatable, Sendable {
    /// The input columns, first and last included: `1...64`.
    public var inputs: ClosedRange<Int>
    /// The label column: `65`.
    public var label: Int
    /// How the label becomes the expected outputs.
    public var targets: TargetEncoding
    /// The factor every input is multiplied by; finite and greater than 0. `1/16` brings the
    /// digits' ink counts 0…16 to 0…1, where a sigmoid is not yet saturated.
    public var scale: Double

    /// Inputs `inputs`, label `label`, both counted from 1.
    public init(inputs: ClosedRange<Int>, label: Int, targets: TargetEncoding = .value, scale: Double = 1) {
        self.inputs = inputs
        self.label = label
        self.targets = targets
        self.scale = scale
    }

    /// A range of column numbers as a teacher writes it: `"1-64"` (or with an en dash, `"1–64"`,
    /// spaces allowed around it) for columns 1 to 64, `"7"` for column 7 alone. `nil` for
    /// anything else, including a range whose first column is after its last.
    public static func columnRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count <= 2,
              parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }),
              let first = Int(parts[0]), let last = Int(parts[parts.count - 1]), first <= last else { return nil }
        return first...last
    }
}
