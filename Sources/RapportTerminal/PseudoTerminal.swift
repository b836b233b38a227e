#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pseudo-terminal for driving the backend without a real terminal: the backend gets the
/// slave side as FILE* streams, the caller writes keys to and reads screen output from the
/// master. For tests and the benchmark (timing ncurses on a real terminal device).
public final class PseudoTerminal {
    public let master: Int32
    public let slave: Int32
    public let input: UnsafeMutablePointer<FILE>
    public let output: UnsafeMutablePointer<FILE>

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(width: Int, height: Int) throws {
        // Linux's own pty interface (posix_openpt and friends hide behind _XOPEN_SOURCE, which
        // SwiftPM does not let us define): open the multiplexer, unlock, ask for the number.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure(description: "cannot open /dev/ptmx: errno \(errno)") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        // _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned): function-like macros Swift cannot import.
        let setLock: UInt = 0x4004_5431  // TIOCSPTLCK
        let getNumber: UInt = 0x8004_5430  // TIOCGPTN
        guard ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw Failure(description: "cannot unlock the pseudo-terminal: errno \(errno)")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure(description: "cannot open /dev/pts/\(number)") }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw Failure(description: "TIOCSWINSZ failed") }
        // Reads of the screen output must never block the test.
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        guard let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w") else {
            throw Failure(description: "fdopen failed")
        }
        self.master = master
        self.slave = slave
        self.input = input
        self.output = output
    }

    /// Types bytes as if from the keyboard.
    public func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// Everything the program has written to the terminal since the last call.
    public func drainOutput() -> String {
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &chunk, chunk.count)
            if count <= 0 { break }
            collected += chunk[0..<count]
        }
        return String(decoding: collected, as: UTF8.self)
    }

    deinit {
        fclose(input)
        fclose(output)
        close(master)
    }
}
