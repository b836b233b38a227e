/// Why a book could not be opened or saved: always with the file, and for bad data the line,
/// column and what was expected, so the user can fix the file by hand.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case locked(directory: String, holder: String)
    /// The write lock stayed taken for as long as the writer was told to wait.
    case lockedAfterWaiting(directory: String, holder: String, seconds: Double)
    /// A command's change that only a whole-file write can save (settings, a bulk change)
    /// while the full-screen app has the book open: commands may only append to the journal then.
    case rewriteWhileOpen(file: String, holder: String)
    case corrupt(file: String, line: Int, column: Int, message: String)
    case newerSchema(file: String, found: Int, supported: Int)
    case io(path: String, operation: String, reason: String)
    case readOnly(directory: String)
    case notADirectory(path: String)
    /// A book file that is a symbolic link: refused rather than followed.
    case symbolicLink(path: String)
    /// A FIFO, device, socket or folder where a book file should be.
    case notARegularFile(path: String)

    public var description: String {
        switch self {
        case .locked(let directory, let holder):
            return "the book at \(directory) is in use by \(holder); close that Rapport first"
        case .lockedAfterWaiting(let directory, let holder, let seconds):
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return Messages.storeLockedAfterWaiting.text(["directory": directory, "holder": holder, "seconds": shown])
        case .rewriteWhileOpen(let file, let holder):
            return Messages.storeRewriteWhileOpen.text(["file": file, "holder": holder])
        case .corrupt(let file, let line, let column, let message):
            return "\(file):\(line):\(column): \(message)"
        case .newerSchema(let file, let found, let supported):
            return "\(file): written by a newer Rapport (schema \(found); this version reads up to \(supported)); nothing was changed"
        case .io(let path, let operation, let reason):
            return "\(path): cannot \(operation): \(reason)"
        case .readOnly(let directory):
            return "the book at \(directory) is open read-only; changes are not saved"
        case .notADirectory(let path):
            return "\(path) is not a directory"
        case .symbolicLink(let path):
            return Messages.storeSymbolicLink.text(["path": path])
        case .notARegularFile(let path):
            return Messages.storeNotARegularFile.text(["path": path])
        }
    }
}
