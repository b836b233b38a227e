import RapportCore

/// One thing wrong in config.json, where it is (1-based line and column).
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }

    /// "~/.config/rapport/config.json line 3: …", for stderr and `rapport config check`.
    public func text(file: String) -> String {
        Messages.configAt.text(["file": file, "line": line, "problem": message])
    }

    /// The status message the app opens with: how many problems, and the first with its line.
    public static func summary(_ problems: [ConfigProblem], file: String) -> String? {
        guard let first = problems.first else { return nil }
        return Messages.configProblems.text(["file": file, "count": problems.count, "first": first.description])
    }
}
