#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the store needs, with errors that name the path. Foundation's atomic
/// write does not fsync, so durability is done here by hand.
enum FileSystem {
    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Whether anything is at `path`, a dangling symbolic link included (it is not followed).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates the directory and its parents; the book's own directory is private (0700).
    static func createDirectory(_ path: String, mode: mode_t = 0o700) throws(StoreError) {
        if isDirectory(path) { return }
        if exists(path) { throw .notADirectory(path: path) }
        let parent = parentDirectory(of: path)
        if parent != path, !parent.isEmpty, !isDirectory(parent) { try createDirectory(parent, mode: 0o755) }
        guard mkdir(path, mode) == 0 || errno == EEXIST else {
            throw .io(path: path, operation: "create the directory", reason: errorText())
        }
        _ = chmod(path, mode)
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// Whole file as bytes; nil when the file does not exist.
    static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        guard let fd = try openForReading(path) else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(path: path, operation: "read", reason: errorText()) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: "read", reason: errorText())
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or the
    /// new one, never a mix: write a fresh temporary file beside it (O_EXCL, 0600), fsync it,
    /// rename it over the old one, fsync the directory so the rename itself is durable.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
        try replace(path, with: bytes)
        try syncDirectory(parentDirectory(of: path))
    }

    /// `writeAtomically` without the directory's fsync: when this throws, `path` is untouched;
    /// when it returns, `path` names the new file (durably so once the directory is flushed).
    static func replace(_ path: String, with bytes: [UInt8]) throws(StoreError) {
        let directory = parentDirectory(of: path)
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        var temporary = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temporary = directory + "/." + name + ".tmp-" + String(getpid()) + "-" + String(attempt)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .io(path: temporary, operation: "create a temporary file", reason: errorText()) }
        // A large file is flushed as it is written, a few megabytes at a time: one flush of
        // 90 MB at the end held the disk for long enough to delay a journal save made meanwhile
        // (a background compaction runs while the user edits).
        let writeError: String? = bytes.withUnsafeBytes { buffer -> String? in
            guard buffer.count > 2 * flushChunk else { return writeAll(buffer, to: fd) }
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + flushChunk)
                if let failure = writeAll(UnsafeRawBufferPointer(rebasing: buffer[start..<end]), to: fd) { return failure }
                if end < buffer.count, fdatasync(fd) != 0 { return errorText() }
                start = end
            }
            return nil
        }
        if let writeError {
            close(fd)
            unlink(temporary)
            throw .io(path: temporary, operation: "write", reason: writeError)
        }
        guard fsync(fd) == 0 else {
            let reason = errorText()
            close(fd)
            unlink(temporary)
            throw .io(path: temporary, operation: "flush to disk", reason: reason)
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = errorText()
            unlink(temporary)
            throw .io(path: path, operation: "replace", reason: reason)
        }
    }

    /// How much of a large file is written between two flushes.
    static let flushChunk = 4 << 20

    static func syncDirectory(_ directory: String) throws(StoreError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: directory, operation: "open the directory", reason: errorText()) }
        defer { close(fd) }
        guard fsync(fd) == 0 || errno == EINVAL else {
            throw .io(path: directory, operation: "flush the directory", reason: errorText())
        }
    }

    /// Temporary files left by a save that crashed: ".contacts.json.tmp-123-0", or
    /// ".journal.jsonl.tmp-123-0" from a background compaction that kept the journal's last lines.
    static func strayTemporaryFiles(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix("."), name.contains(".json.tmp-") || name.contains(".jsonl.tmp-") { names.append(directory + "/" + name) }
        }
        return names
    }
}
