import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file in the book's directory. The file holds the holder's name and
/// pid so another program can say who has the book. The kernel drops the lock when the process
/// dies, so a crash never leaves the book locked.
///
/// A book has two (see docs/RELIABILITY.md, "Many writers"):
/// - `.rapport.lock`, the **write lock**: whoever reads the book to change it, writes, or drops
///   journal lines holds it, briefly. A command holds it from opening the book to its end (a
///   fraction of a second); the full-screen app takes it for each save and each fold of the
///   journal. A writer that finds it taken waits for it (5 seconds by default, as SQLite's busy
///   timeout does) instead of giving up at once. (Older Rapports held this one for a whole
///   session, so against them the new ones simply wait, and then give up, as before.)
/// - `.rapport.session.lock`, the **session lock**: held by the full-screen app for as long as
///   it has the book open (and by a command that found no app, so none starts meanwhile). A
///   second app is refused; a command that finds it taken only appends to the journal, which the
///   app picks up.
public final class BookLock: @unchecked Sendable {
    public static let fileName = ".rapport.lock"
    public static let sessionFileName = ".rapport.session.lock"
    /// How long a writer waits for the write lock unless told otherwise.
    public static let defaultWait: Double = 5

    private var fd: Int32
    public let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    /// Takes the write lock, waiting up to `wait` seconds (0: not at all).
    public static func acquire(directory: String, program: String = "rapport", wait: Double = 0) throws(StoreError) -> BookLock {
        try acquire(DataDirectory.join(directory, fileName), directory: directory, program: program, wait: wait)
    }

    /// Takes the lock at `path`, waiting up to `wait` seconds for it. Throws `.locked` (who
    /// holds it, as its file says) when it stays taken.
    static func acquire(_ path: String, directory: String, program: String, wait: Double) throws(StoreError) -> BookLock {
        let fd = try FileSystem.openForWriting(path, O_RDWR | O_CREAT, operation: "open the lock file")
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard wait > 0 else {
                let holder = holderNote(fd)
                close(fd)
                throw .locked(directory: directory, holder: holder)
            }
            var holder = ""
            guard waitForLock(fd, seconds: wait, onTimeout: { holder = holderNote(fd) }) else {
                throw .lockedAfterWaiting(directory: directory, holder: holder, seconds: wait)
            }
        }
        let note = Array("\(program) (pid \(getpid()))\n".utf8)
        _ = ftruncate(fd, 0)
        _ = note.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return BookLock(fd: fd, path: path)
    }

    /// Waits for the lock in a blocking `flock` on another thread, so the wait ends the moment
    /// the holder lets go (a poll with sleeps lost the lock, again and again, to whoever came
    /// back for it first: a burst of scripts then saw most of their calls refused), for at most
    /// `seconds` (`flock` has no timeout, and an alarm would need a process-wide signal handler).
    /// True once `fd` holds the lock. False when the time ran out: `fd` then belongs to the
    /// waiting thread, which closes it (unlocking at once if it gets the lock after all), and
    /// `onTimeout` has run first, with `fd` still open, to read who holds the lock.
    private static func waitForLock(_ fd: Int32, seconds: Double, onTimeout: () -> Void) -> Bool {
        guard seconds > 0 else { return false }
        let waiter = LockWaiter()
        Thread.detachNewThread {
            while flock(fd, LOCK_EX) != 0, errno == EINTR {}
            let abandoned = waiter.state.withLock { state -> Bool in
                if state == .abandoned { return true }
                state = .acquired
                return false
            }
            if abandoned {
                flock(fd, LOCK_UN)
                close(fd)
            }
            waiter.done.signal()
        }
        if waiter.done.wait(timeout: .now() + seconds) == .success { return true }
        onTimeout()
        return waiter.state.withLock { state -> Bool in
            if state == .acquired { return true }
            state = .abandoned
            return false
        }
    }

    /// What the holder wrote in the file: "rapport (pid 123)".
    private static func holderNote(_ fd: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        let note = count > 0 ? String(decoding: bytes[..<count], as: UTF8.self).trimmingWhitespace() : ""
        return note.isEmpty ? "another process" : note
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

/// What the thread blocked in `flock` and the writer waiting for it agree on: whether the
/// writer still wants the lock when the thread gets it.
private final class LockWaiter: Sendable {
    enum State { case waiting, acquired, abandoned }
    let state = Mutex(State.waiting)
    let done = DispatchSemaphore(value: 0)
}
