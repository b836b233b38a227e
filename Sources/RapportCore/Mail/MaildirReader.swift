import Foundation

/// A Maildir folder (as mutt, neomutt, aerc, offlineimap and mbsync keep mail): one message a
/// file in `cur/` and `new/`; `tmp/` holds deliveries in progress and is never read. Files are
/// taken in name order (delivery time first in the name), so an import is reproducible.
public enum MaildirReader {
    public static func isMaildir(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return ["cur", "new"].contains { name in
            FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The message files' paths, `cur/` then `new/`, each in name order; dot files skipped.
    public static func messagePaths(in path: String) -> [String] {
        var paths: [String] = []
        for folder in ["cur", "new"] {
            let directory = path + "/" + folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                paths.append(directory + "/" + name)
            }
        }
        return paths
    }
}
