/// Where and why a JSON text could not be parsed.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// Line of the offending character, from 1.
    public var line: Int
    /// Column of the offending character, from 1, counted in characters.
    public var column: Int
    /// What the parser expected at that place.
    public var expected: Expectation
    /// What it found instead, as a short quotation (`"}"`, `end of text`).
    public var found: String

    /// What the parser was looking for when it stopped.
    public enum Expectation: String, Equatable, Sendable {
        case value, objectKey, colon, commaOrEndOfObject, commaOrEndOfArray
        case endOfText, stringEnd, escape, digit, literal
        /// A document nested deeper than the parser accepts.
        case shallowerNesting
    }
}
