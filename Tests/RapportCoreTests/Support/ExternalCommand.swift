import Foundation

/// Another program run for a cross-check (python3 with a parser of its own), through
/// /usr/bin/env: its stdout, or an error when it exits non-zero (so `try?` tells whether a
/// tool or a python module is there).
enum ExternalCommand {
    struct Failed: Error { let status: Int32 }

    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = Pipe()
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }
}
