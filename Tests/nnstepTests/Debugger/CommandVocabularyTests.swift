import XCTest
import Explain
@testable import nnstep

/// The command names of the catalogs, the tokenizer, the history and scripts.
final class CommandVocabularyTests: XCTestCase {
    func testEveryWordHasNamesInEveryLanguageAndNoNameMeansTwoThings() {
        for language in Language.allCases {
            let vocabulary = CommandVocabulary.of(language)
            XCTAssertEqual(vocabulary.problems, [], "\(language)")
            for word in CommandWord.allCases {
                XCTAssertFalse(vocabulary.names[word, default: []].isEmpty, "\(language): \(word) has no name")
            }
        }
        XCTAssertEqual(CommandVocabulary.all.problems, [], "Spanish and English names together")
    }

    func testEveryCommandHasHelpThatStartsWithItsUsage() {
        for language in Language.allCases {
            let texts = DebuggerTexts(language)
            let summary = texts.lines(.helpDebugger).joined(separator: "\n")
            for word in CommandWord.allCases where word.isCommand {
                let help = texts.help(word)
                XCTAssertGreaterThanOrEqual(help.count, 2, "\(language) \(word)")
                let english = CommandVocabulary.of(.english).names[word]![0]
                XCTAssertTrue(summary.contains(english), "\(language): the summary lists \(english)")
            }
        }
    }

    func testTokenizer() {
        XCTAssertEqual(CommandTokenizer.words("break  W1[0, 1]  changes sign"), ["break", "W1[0,1]", "changes", "sign"])
        XCTAssertEqual(CommandTokenizer.words("break loss<=0.01"), ["break", "loss", "<=", "0.01"])
        XCTAssertEqual(CommandTokenizer.words("break loss >0.01"), ["break", "loss", ">", "0.01"])
        XCTAssertEqual(CommandTokenizer.words("b A2[0,0]≥0.9"), ["b", "A2[0,0]", "≥", "0.9"])
        XCTAssertEqual(CommandTokenizer.words(""), [])
        XCTAssertEqual(CommandTokenizer.words("print W1]["), ["print", "W1]["])
    }

    func testHistoryBrowsesAndKeepsTheDraft() {
        var history = CommandHistory()
        XCTAssertEqual(history.older(than: "typed"), "typed", "nothing to browse")
        history.record("break delta_out")
        history.record("continue")
        history.record("continue")
        XCTAssertEqual(history.entries, ["break delta_out", "continue"], "a repeated command is kept once")
        XCTAssertEqual(history.last, "continue")
        XCTAssertEqual(history.older(than: "pri"), "continue")
        XCTAssertEqual(history.older(than: "continue"), "break delta_out")
        XCTAssertEqual(history.older(than: "break delta_out"), "break delta_out", "stays at the oldest")
        XCTAssertEqual(history.newer(than: "break delta_out"), "continue")
        XCTAssertEqual(history.newer(than: "continue"), "pri", "back to what was being typed")
        XCTAssertEqual(history.newer(than: "pri"), "pri")
        for index in 0..<300 { history.record("next \(index)") }
        XCTAssertEqual(history.entries.count, CommandHistory.limit)
    }

    func testScriptsSplitAtSemicolonsAndLinesAndSkipComments() {
        XCTAssertEqual(CommandScript.commands("break delta_out; continue;print delta_out ;; "),
                       ["break delta_out", "continue", "print delta_out"])
        XCTAssertEqual(CommandScript.commands("# a demonstration\nbreak nan\n  # indented comment\ncontinue; where\n"),
                       ["break nan", "continue", "where"])
    }
}
