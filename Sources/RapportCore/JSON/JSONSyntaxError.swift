/// Why and where a JSON text failed to parse.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line
/// (a tab counts as one), so an editor's "go to line:column" lands on the offending character
/// even when the line holds accented letters or emoji. `offset` is the 0-based byte offset.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// "line:column: message", the shape compilers use, so editors can jump to it.
    public var description: String { "\(line):\(column): \(message)" }
}
