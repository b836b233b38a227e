import Foundation
import RapportCore

/// Writes lines to stdout and stderr, unbuffered, so the two never appear out of order.
///
/// Everything written here is text for a person, and much of it comes from the data (names,
/// notes, the cells of a file being imported, values echoed in errors): control and bidi
/// characters in it are shown visibly (`TerminalSafeText`), so a stored name cannot drive the
/// terminal. Line breaks stay. Machine formats (CSV, vCard, JSON) go out as bytes instead:
/// `CommandOutput.write`, and `json` for JSON read on a terminal.
enum Output {
    static func out(_ text: String) {
        StandardStream.write(line(text).utf8, to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        StandardStream.write(line(text).utf8, to: STDERR_FILENO)
    }

    /// JSON for `--json`: JSON escapes ESC and BEL itself; DEL, C1 and bidi characters, which
    /// it lets through raw, are written as `\uXXXX` too (the same JSON to any reader).
    static func json(_ bytes: [UInt8]) {
        StandardStream.write(TerminalSafeText.jsonEscaped(bytes), to: STDOUT_FILENO)
    }

    static func line(_ text: String) -> String {
        let visible = TerminalSafeText.visible(text, keepingLineBreaks: true)
        return visible.hasSuffix("\n") ? visible : visible + "\n"
    }
}

/// The process environment as a dictionary.
enum Environment {
    static var variables: [String: String] {
        ProcessInfo.processInfo.environment
    }
}
