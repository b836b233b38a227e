#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer at a time: an exclusive `flock` on `.rapport.lock` in the book's directory, held
/// for as long as the book is open for writing. The file holds the holder's pid so a second
/// program can say who has the book. The kernel drops the lock when the process dies, so a crash
/// never leaves the book locked.
public final class BookLock: @unchecked Sendable {
    public static let fileName = ".rapport.lock"
    private var fd: Int32
    public let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    public static func acquire(directory: String, program: String = "rapport") throws(StoreError) -> BookLock {
        let path = DataDirectory.join(directory, fileName)
        let fd = try FileSystem.openForWriting(path, O_RDWR | O_CREAT, operation: "open the lock file")
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? FileSystem.read(path)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
                .map { $0.trimmingWhitespace() } ?? ""
            close(fd)
            throw .locked(directory: directory, holder: holder.isEmpty ? "another process" : holder)
        }
        let note = Array("\(program) (pid \(getpid()))\n".utf8)
        _ = ftruncate(fd, 0)
        _ = note.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return BookLock(fd: fd, path: path)
    }

    public func release() {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
