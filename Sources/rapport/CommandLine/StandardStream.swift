import Foundation

/// Writes to stdout and stderr with write(2), so a reader that goes away is handled here rather
/// than by Foundation, whose FileHandle.write traps on EPIPE. `rapport list | head` then ends the
/// way `git log | head` does: quietly, killed by SIGPIPE (status 141 in a shell), even when the
/// parent started us with SIGPIPE ignored.
enum StandardStream {
    static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) {
        let buffer = Array(bytes)
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written >= 0 {
                offset += written
                continue
            }
            switch errno {
            case EINTR, EAGAIN: continue
            case EPIPE where descriptor == STDOUT_FILENO: readerWentAway()
            default: return  // stderr gone, or a disk full: nothing useful to say, and nowhere to say it
            }
        }
    }

    private static func readerWentAway() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        exit(141)  // 128 + SIGPIPE, should the signal be blocked
    }
}
