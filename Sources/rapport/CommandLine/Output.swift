import Foundation

/// Writes lines to stdout and stderr, unbuffered, so the two never appear out of order.
enum Output {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

/// The process environment as a dictionary.
enum Environment {
    static var variables: [String: String] {
        ProcessInfo.processInfo.environment
    }
}
