/// Composes the bytes that show one screen of text on the terminal, without flicker.
///
/// Instead of clearing the screen (which blanks it for a moment), a frame moves the cursor
/// home and overwrites: each line is followed by erase-to-end-of-line, and after the last
/// line everything below is erased. Lines are clipped to the window (see `VisibleText`) and
/// lines beyond the last row are not written, so the screen never scrolls.
enum Frame {
    /// The text to write to show `screen` in a window of `size`.
    ///
    /// `screen` is split into lines at line breaks (`\n` or `\r\n`); one final line break
    /// does not start an extra empty line. Styles do not carry from one line to the next:
    /// each styled line is followed by an SGR reset.
    static func render(_ screen: String, size: TerminalSize) -> String {
        let lines = self.lines(of: screen).prefix(size.rows)
        var output = ANSI.cursorHome
        for (row, line) in lines.enumerated() {
            let fitted = VisibleText.fit(line, columns: size.columns)
            output += fitted.text
            if fitted.isStyled {
                output += ANSI.resetStyle
            }
            // A full line needs no erasing, and erasing there would wipe its last
            // character on terminals that keep the cursor on the last column.
            if fitted.width < size.columns {
                output += ANSI.eraseToEndOfLine
            }
            // A line break after the last row would scroll the whole screen up.
            if row < size.rows - 1 {
                output += "\r\n"
            }
        }
        if lines.count < size.rows {
            output += ANSI.eraseBelow
        }
        return output
    }

    /// The lines of `screen`, without the empty one after a final line break.
    private static func lines(of screen: String) -> [Substring] {
        var lines = screen.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.count > 1 && lines.last?.isEmpty == true {
            lines.removeLast()
        }
        return lines
    }
}
