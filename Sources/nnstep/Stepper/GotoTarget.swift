import Foundation

/// Where `g` (go to) asks to go: `500` (an epoch), `500.13` (epoch and step) or a name such as
/// `delta_out` (that step of the current epoch).
enum GotoTarget: Equatable {
    case epoch(Int, step: Int?)
    case name(String)

    /// Reads what the user typed; `nil` when it is empty or not of a form above.
    init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if let epoch = Int(parts[0]) {
            guard parts.count <= 2 else { return nil }
            if parts.count == 2 {
                guard let step = Int(parts[1]) else { return nil }
                self = .epoch(epoch, step: step)
            } else {
                self = .epoch(epoch, step: nil)
            }
        } else if text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            self = .name(text)
        } else {
            return nil
        }
    }
}
