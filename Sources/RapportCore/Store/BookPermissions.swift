#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A book holds personal data, so its folder is private (0700) and its files too (0600). A new
/// folder is created so; an existing one keeps whatever mode it had, which left a book made
/// with `mkdir` under a 0002 umask, or unpacked from an archive, readable by everyone.
/// Opening a book for writing tightens what Rapport owns and says so (once: after that there
/// is nothing to tighten), or warns when it cannot or should not.
enum BookPermissions {
    /// Bits that let others than the owner in.
    static let openToOthers: mode_t = 0o077

    /// The folder, when it is a book (it has `settings.json`, or nothing yet) owned by this user,
    /// and the book's own files. A folder that holds other things (a home directory given as
    /// `--data`) is only warned about: its mode is not Rapport's to change. Returns what to tell
    /// the user.
    static func tighten(directory: String, fileNames: [String]) -> [String] {
        var notices: [String] = []
        var info = stat()
        // The folder may be a link (the user's choice): its target is what counts.
        guard stat(directory, &info) == 0 else { return [] }
        let mode = info.st_mode & 0o7777
        if mode & openToOthers != 0 {
            let shown = octal(mode)
            if info.st_uid != geteuid() || !isBookFolder(directory) {
                notices.append(Messages.storeFolderOpenToOthers.text(["path": directory, "mode": shown]))
            } else if chmod(directory, 0o700) == 0 {
                notices.append(Messages.storeFolderTightened.text(["path": directory, "mode": shown]))
            } else {
                notices.append(Messages.storeCannotTighten.text(["path": directory, "mode": shown, "reason": FileSystem.errorText()]))
            }
        }
        var tightened = 0
        for name in fileNames {
            let path = DataDirectory.join(directory, name)
            var file = stat()
            guard lstat(path, &file) == 0, (file.st_mode & S_IFMT) == S_IFREG, file.st_mode & openToOthers != 0 else { continue }
            // Through a descriptor opened without following links, so a file swapped for a link
            // meanwhile never has its target's mode changed.
            guard let fd = try? FileSystem.openForReading(path) else { continue }
            if fchmod(fd, 0o600) == 0 {
                tightened += 1
            } else {
                notices.append(Messages.storeCannotTighten.text(["path": path, "mode": octal(file.st_mode & 0o7777), "reason": FileSystem.errorText()]))
            }
            close(fd)
        }
        if tightened > 0 { notices.append(Messages.storeFilesTightened.text(["count": tightened, "path": directory])) }
        return notices
    }

    /// A folder Rapport may treat as its own: a book (it has its settings file) or still empty.
    static func isBookFolder(_ directory: String) -> Bool {
        if FileSystem.exists(DataDirectory.join(directory, BookCollection.settings.fileName)) { return true }
        guard let handle = opendir(directory) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != ".", name != ".." { return false }
        }
        return true
    }

    static func octal(_ mode: mode_t) -> String { "0" + String(mode, radix: 8) }
}
