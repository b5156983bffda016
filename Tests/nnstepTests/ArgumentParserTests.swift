import XCTest
@testable import nnstep

/// The command line: what each form of `nnstep …` means, and the usage errors of the rest.
final class ArgumentParserTests: XCTestCase {
    func testLessonWithEveryOption() throws {
        let invocation = try ArgumentParser.parse(
            ["lesson", "xor", "--print", "--epoch", "1,2,5000", "--epochs=6000", "--lr", "0.25", "--seed", "7", "--lang", "en"])
        XCTAssertEqual(invocation.command, .lesson("xor"))
        XCTAssertTrue(invocation.options.printSteps)
        XCTAssertEqual(invocation.options.epochs, [1, 2, 5000])
        XCTAssertEqual(invocation.options.epochCount, 6000)
        XCTAssertEqual(invocation.options.learningRate, 0.25)
        XCTAssertEqual(invocation.options.seed, 7)
        XCTAssertEqual(invocation.options.language, .english)
    }

    func testOptionsMayComeBeforeTheOperand() throws {
        let invocation = try ArgumentParser.parse(["record", "-o", "out.jsonl", "./mi-red.json"])
        XCTAssertEqual(invocation.command, .record("./mi-red.json"))
        XCTAssertEqual(invocation.options.output, "out.jsonl")
    }

    func testOtherCommands() throws {
        XCTAssertEqual(try ArgumentParser.parse(["replay", "t.jsonl"]).command, .replay("t.jsonl"))
        XCTAssertEqual(try ArgumentParser.parse(["lessons"]).command, .lessons)
        XCTAssertEqual(try ArgumentParser.parse(["help"]).command, .help(nil))
        XCTAssertEqual(try ArgumentParser.parse(["help", "record"]).command, .help("record"))
        XCTAssertEqual(try ArgumentParser.parse(["--help"]).command, .help(nil))
        XCTAssertEqual(try ArgumentParser.parse(["-h"]).command, .help(nil))
        XCTAssertEqual(try ArgumentParser.parse(["--version"]).command, .version)
    }

    func testUsageErrors() {
        assertUsage([], .missingCommand)
        assertUsage(["lesons"], .unknownCommand("lesons"))
        assertUsage(["--frobnicate"], .unknownOption(command: "nnstep", option: "--frobnicate"))
        assertUsage(["lesson"], .missingOperand(command: "lesson"))
        assertUsage(["lesson", "xor", "and"], .extraOperand(command: "lesson", operand: "and"))
        assertUsage(["lesson", "xor", "-o", "x"], .unknownOption(command: "lesson", option: "-o"))
        assertUsage(["replay", "t.jsonl", "--lr", "1"], .unknownOption(command: "replay", option: "--lr"))
        assertUsage(["lesson", "xor", "--lr"], .missingValue(command: "lesson", option: "--lr"))
        assertUsage(["lesson", "xor", "--lr", "0"], .invalidValue(command: "lesson", option: "--lr", value: "0", expected: .positiveNumber))
        assertUsage(["lesson", "xor", "--lr", "nan"], .invalidValue(command: "lesson", option: "--lr", value: "nan", expected: .positiveNumber))
        assertUsage(["lesson", "xor", "--epochs", "-3"], .invalidValue(command: "lesson", option: "--epochs", value: "-3", expected: .positiveInteger))
        assertUsage(["lesson", "xor", "--epoch", "1,,2"], .invalidValue(command: "lesson", option: "--epoch", value: "1,,2", expected: .epochList))
        assertUsage(["lesson", "xor", "--epoch", "0"], .invalidValue(command: "lesson", option: "--epoch", value: "0", expected: .epochList))
        assertUsage(["lesson", "xor", "--lang", "fr"], .invalidValue(command: "lesson", option: "--lang", value: "fr", expected: .language))
        assertUsage(["lesson", "xor", "--seed", "-1"], .invalidValue(command: "lesson", option: "--seed", value: "-1", expected: .seed))
        assertUsage(["lesson", "xor", "--seed", "9007199254740993"],
                    .invalidValue(command: "lesson", option: "--seed", value: "9007199254740993", expected: .seed))
        assertUsage(["lessons", "xor"], .extraOperand(command: "lessons", operand: "xor"))
    }

    func testLanguageIsFoundBeforeParsingSoUsageErrorsSpeakIt() {
        XCTAssertEqual(NNStep.requestedLanguage(in: ["lesson", "--lang", "en", "--bogus"]), .english)
        XCTAssertEqual(NNStep.requestedLanguage(in: ["--lang=en"]), .english)
        XCTAssertEqual(NNStep.requestedLanguage(in: ["lesson", "xor"]), .spanish)
    }

    private func assertUsage(_ arguments: [String], _ expected: UsageError, line: UInt = #line) {
        XCTAssertThrowsError(try ArgumentParser.parse(arguments), line: line) { error in
            XCTAssertEqual(error as? UsageError, expected, line: line)
        }
    }
}
