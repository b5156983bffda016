/// Measures and clips one line of screen text, knowing which characters take no room.
///
/// A line may carry SGR colour sequences (`ESC [ … m`). They occupy no columns, are never
/// cut in half, and are kept even after the cut so that the line's colour state ends the
/// same. Every other character (`Character`, i.e. grapheme cluster) counts as one column,
/// except:
/// - a tab, which advances to the next multiple of `tabWidth`;
/// - control characters, and control sequences other than SGR (cursor movement, erasing),
///   which would break the painter's layout and are dropped.
///
/// East Asian wide characters and emoji take two cells in a terminal but count as one here;
/// the painter turns autowrap off, so at worst such a line loses its last columns.
enum VisibleText {
    /// The columns between tab stops.
    static let tabWidth = 8

    /// A line after `fit(_:columns:)`.
    struct Fitted: Equatable {
        /// What to write: the visible characters that fit, plus every SGR sequence.
        var text: String
        /// How many columns `text` fills.
        var width: Int
        /// Whether `text` contains an SGR sequence (so the style may need resetting after it).
        var isStyled: Bool
    }

    /// Where the scan is relative to an escape sequence.
    private enum Scan {
        /// In plain text.
        case text
        /// After `ESC`, holding what has been read of the sequence.
        case escape(String)
        /// Inside `ESC [ …`, holding what has been read of the sequence.
        case controlSequence(String)
    }

    /// Cuts `line` (which must not contain line breaks) to at most `columns` columns.
    static func fit(_ line: some StringProtocol, columns: Int) -> Fitted {
        var fitted = Fitted(text: "", width: 0, isStyled: false)
        var scan = Scan.text

        /// Adds a character met in plain text, if it has room.
        func addVisible(_ character: Character) {
            if character == ANSI.escape {
                scan = .escape(String(character))
            } else if character == "\t" {
                let stop = (fitted.width / tabWidth + 1) * tabWidth
                let spaces = max(0, min(stop, columns) - fitted.width)
                fitted.text += String(repeating: " ", count: spaces)
                fitted.width += spaces
            } else if character.unicodeScalars.first?.properties.generalCategory == .control {
                return
            } else if fitted.width < columns {
                fitted.text.append(character)
                fitted.width += 1
            }
        }

        for character in line {
            switch scan {
            case .text:
                addVisible(character)
            case .escape(let sequence) where character == "[":
                scan = .controlSequence(sequence + "[")
            case .escape:
                // Not a control sequence: drop the ESC, keep what follows as text.
                scan = .text
                addVisible(character)
            case .controlSequence(let sequence):
                guard let byte = character.asciiValue, (0x20...0x7E).contains(byte) else {
                    // Malformed: drop the sequence so far.
                    scan = .text
                    addVisible(character)
                    continue
                }
                if byte < 0x40 {
                    scan = .controlSequence(sequence + String(character))
                    continue
                }
                scan = .text
                if character == "m" {
                    fitted.text += sequence + "m"
                    fitted.isStyled = true
                }
            }
        }
        return fitted
    }
}
