#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening the book's own files so that a file that is not what it seems cannot make Rapport
/// write somewhere else or hang. A symbolic link (dangling or not) where a book file should be
/// is refused, not followed: following one truncated its target (the lock) or created a file at
/// its target (the journal). Anything but a regular file is refused before it is read: opening
/// a FIFO for reading blocks until a writer comes, which hung `check`, `list` and `add` (with
/// the lock held). Each open checks the path with `lstat` first (the clear message), then opens
/// with O_NOFOLLOW|O_NONBLOCK (a FIFO or device opened then never blocks) and checks the
/// descriptor with `fstat`, which closes the race of a file swapped between the two.
/// (The book folder itself may be a link: that is the user's choice.)
extension FileSystem {
    /// False when nothing is at `path`; true for a regular file; throws for anything else.
    static func isRegularFile(_ path: String) throws(StoreError) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return false }
            throw .io(path: path, operation: "look at the file", reason: errorText())
        }
        try requireRegular(info, path)
        return true
    }

    /// A book file open for reading; nil when it does not exist.
    static func openForReading(_ path: String) throws(StoreError) -> Int32? {
        guard try isRegularFile(path) else { return nil }
        return try openChecked(path, O_RDONLY, operation: "open for reading", missingIsNil: true)
    }

    /// A book file open for writing (`flags` adds O_APPEND, O_CREAT…), created 0600.
    static func openForWriting(_ path: String, _ flags: Int32, operation: String) throws(StoreError) -> Int32 {
        _ = try isRegularFile(path)
        guard let fd = try openChecked(path, flags, operation: operation, missingIsNil: false) else {
            throw .io(path: path, operation: operation, reason: errorText(ENOENT))
        }
        return fd
    }

    private static func openChecked(_ path: String, _ flags: Int32, operation: String, missingIsNil: Bool) throws(StoreError) -> Int32? {
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            switch errno {
            case ENOENT where missingIsNil: return nil
            case ELOOP: throw .symbolicLink(path: path)
            // A FIFO opened for writing without O_NONBLOCK's reader, a device without a driver.
            case ENXIO, ENODEV, EISDIR: throw .notARegularFile(path: path)
            default: throw .io(path: path, operation: operation, reason: errorText())
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = errorText()
            close(fd)
            throw .io(path: path, operation: operation, reason: reason)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .notARegularFile(path: path)
        }
        return fd
    }

    private static func requireRegular(_ info: stat, _ path: String) throws(StoreError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFLNK: throw .symbolicLink(path: path)
        default: throw .notARegularFile(path: path)
        }
    }
}
