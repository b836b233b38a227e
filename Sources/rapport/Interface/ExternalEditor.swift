import Foundation

/// Long text edited in the user's own editor, as git and mutt do.
enum ExternalEditor {
    struct Failure: Error { let message: String }

    static func edit(_ text: String, environment: [String: String]) -> Result<String, Failure> {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let path = NSTemporaryDirectory() + "rapport-edit-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).txt"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failure(Failure(message: "cannot write \(path)"))
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may carry arguments ("code --wait"): let the shell split it, pass the path safely.
        process.arguments = ["-c", editor + " \"$1\"", "rapport-editor", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return .failure(Failure(message: "cannot run \(editor): \(error.localizedDescription)"))
        }
        guard process.terminationStatus == 0 else {
            return .failure(Failure(message: "\(editor) exited with status \(process.terminationStatus); nothing changed"))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(Failure(message: "cannot read \(path)")) }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
