import Foundation

/// Writes lines to stdout and stderr, unbuffered, so the two never appear out of order.
enum Output {
    static func out(_ text: String) {
        StandardStream.write((text.hasSuffix("\n") ? text : text + "\n").utf8, to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        StandardStream.write((text.hasSuffix("\n") ? text : text + "\n").utf8, to: STDERR_FILENO)
    }
}

/// The process environment as a dictionary.
enum Environment {
    static var variables: [String: String] {
        ProcessInfo.processInfo.environment
    }
}
