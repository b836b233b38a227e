#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Writes every byte to `descriptor`, retrying short writes and interruptions; the error
    /// text when a write fails.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var written = 0
        while written < buffer.count {
            let count = write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errorText()
            }
            written += count
        }
        return nil
    }

    /// Appends `bytes` to `path` (created 0600 when missing) and flushes them to disk before
    /// returning. A failed write is cut off again, so the file never ends in half a record.
    static func appendDurably(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let created = !exists(path)
        let descriptor = try openForWriting(path, O_WRONLY | O_APPEND | O_CREAT, operation: "open for appending")
        defer { close(descriptor) }
        let size = lseek(descriptor, 0, SEEK_END)
        if let failure = writeAll(bytes, to: descriptor) {
            if size >= 0 { _ = ftruncate(descriptor, size) }
            throw .io(path: path, operation: "append", reason: failure)
        }
        guard fsync(descriptor) == 0 else { throw .io(path: path, operation: "flush to disk", reason: errorText()) }
        if created { try syncDirectory(parentDirectory(of: path)) }
    }
}
