import Foundation
import XCTest

/// Runs a python3 script as an independent parser of what Rapport writes (the `email` package
/// for messages, `csv` for CSV files). The input file's path is the script's first argument;
/// its standard output is returned. Skips the test when python3 is missing.
enum PythonOracle {
    static func run(_ script: String, input: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appendingPathComponent("input")
        try Data(input).write(to: inputURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, inputURL.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw XCTSkip("python3 is not available") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw XCTSkip("python3 is not available") }
        guard process.terminationStatus == 0 else {
            XCTFail("python3 failed: \(errorText)")
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The message's headers as python's `email` package (policy.default) reads them: one
    /// `[name, decoded value]` pair per header, in order, plus the defects it found.
    static func emailHeaders(_ bytes: [UInt8]) throws -> (headers: [[String]], defects: [String]) {
        let script = """
        import email, email.policy, json, sys
        message = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
        headers = [[name, str(value)] for name, value in message.items()]
        defects = [type(d).__name__ for d in message.defects]
        for name, value in message.items():
            defects += [type(d).__name__ for d in getattr(value, 'defects', [])]
        print(json.dumps({"headers": headers, "defects": defects}))
        """
        let json = try run(script, input: bytes)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["headers"] as? [[String]] ?? [], object?["defects"] as? [String] ?? [])
    }

    /// The rows of a CSV file as python's `csv` module reads them.
    static func csvRows(_ bytes: [UInt8]) throws -> [[String]] {
        let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            print(json.dumps(list(csv.reader(f))))
        """
        let json = try run(script, input: bytes)
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]] ?? []
    }
}
