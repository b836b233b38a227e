#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sliding window over a file: the fast loader reads a collection a few megabytes at a time
/// instead of holding the whole file (up to ~100 MB) next to the records made from it, which is
/// what keeps the peak memory of opening a large book down.
final class FileWindow {
    private var storage: UnsafeMutableRawBufferPointer
    /// Bytes of the file in the window, from its start.
    private(set) var count = 0
    /// True once the whole rest of the file is in the window.
    private(set) var atEnd = false
    private var descriptor: Int32

    static let initialSize = 4 << 20

    /// Nil when the file cannot be opened (the full path then reports why).
    init?(path: String) {
        guard let opened = try? FileSystem.openForReading(path) else { return nil }
        descriptor = opened
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.initialSize, alignment: 8)
    }

    /// The whole document already in memory (tests, journal lines).
    init(bytes: [UInt8]) {
        descriptor = -1
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress, let target = storage.baseAddress { target.copyMemory(from: base, byteCount: source.count) }
        }
        count = bytes.count
        atEnd = true
    }

    deinit {
        storage.deallocate()
        if descriptor >= 0 { close(descriptor) }
    }

    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// Reads until the window is full or the file ends.
    func fill() throws(JSONRecordReader.Fallback) {
        guard let base = storage.baseAddress else { throw JSONRecordReader.Fallback() }
        while !atEnd, count < storage.count {
            let got = read(descriptor, base + count, storage.count - count)
            if got < 0 {
                if errno == EINTR { continue }
                throw JSONRecordReader.Fallback()
            }
            if got == 0 { atEnd = true }
            count += got
        }
    }

    /// Drops the bytes before `offset`, moves the rest to the front and reads more (into a
    /// window twice as large with `grow`, for a record longer than the window). Returns a reader
    /// over the new window at the byte that was at `offset`.
    func slide(keepingFrom offset: Int, grow: Bool = false) throws(JSONRecordReader.Fallback) -> JSONRecordReader {
        guard let base = storage.baseAddress else { throw JSONRecordReader.Fallback() }
        let kept = count - offset
        if grow || kept * 2 > storage.count {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: storage.count * 2, alignment: 8)
            if let target = larger.baseAddress { target.copyMemory(from: base + offset, byteCount: kept) }
            storage.deallocate()
            storage = larger
        } else if offset > 0 {
            (base).copyMemory(from: base + offset, byteCount: kept)
        }
        count = kept
        try fill()
        return JSONRecordReader(bytes: bytes, skippingByteOrderMark: false)
    }
}
