import Foundation

/// The messages of an mbox file (mboxrd as mutt, Thunderbird and Gmail's Takeout write it; the
/// older mboxo reads the same way). Each message starts at a `From ` line, the envelope, which
/// is not part of the message; in the body, `>From ` lines (any number of ">") lose one ">".
///
/// A `From ` line is taken as a separator only when it looks like an envelope (it holds a
/// time, "hh:mm"), so an unquoted "From here on…" in an mboxo body does not cut a message.
public enum MboxReader {
    public struct Entry: Sendable {
        /// The message bytes, envelope removed, `>From ` unquoted.
        public var bytes: ArraySlice<UInt8>
        /// The envelope's date: where the message has no Date header, it says when it arrived.
        public var envelopeDate: Date?
    }

    /// Whether a file starts like an mbox (rather than a single message).
    public static func looksLikeMbox(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.starts(with: fromPrefix)
    }

    static let fromPrefix = Array("From ".utf8)

    /// Calls `body` with each message in order, without holding them all at once.
    public static func forEachMessage(in bytes: [UInt8], _ body: (Entry) throws -> Void) rethrows {
        var index = 0
        let end = bytes.count
        var messageStart: Int?
        var envelope: Date?
        var needsUnquoting = false
        func emit(upTo limit: Int) throws {
            guard let start = messageStart else { return }
            var stop = limit
            // The blank line before the next envelope belongs to the format, not the message.
            if stop > start, bytes[stop - 1] == UInt8(ascii: "\n") { stop -= 1 }
            if stop > start, bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            let slice = bytes[start..<max(start, stop)]
            try body(Entry(bytes: needsUnquoting ? unquoted(slice) : slice, envelopeDate: envelope))
        }
        while index < end {
            var lineEnd = index
            while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            let first = bytes[index]
            if first == UInt8(ascii: "F"), isEnvelope(bytes[index..<lineEnd]) {
                try emit(upTo: index)
                envelope = MailDate.parseEnvelope(String(decoding: bytes[index..<lineEnd], as: UTF8.self))
                messageStart = next
                needsUnquoting = false
            } else if first == UInt8(ascii: ">"), isQuotedFrom(bytes[index..<lineEnd]) {
                needsUnquoting = true
            }
            index = next
        }
        try emit(upTo: end)
    }

    /// Every message, for callers that want them together (tests, a small file).
    public static func messages(in bytes: [UInt8]) -> [Entry] {
        var entries: [Entry] = []
        forEachMessage(in: bytes) { entries.append($0) }
        return entries
    }

    static func isEnvelope(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.starts(with: fromPrefix) else { return false }
        // A time "d:dd" somewhere on the line.
        var index = line.startIndex + 5
        while index + 2 < line.endIndex {
            if line[index] == UInt8(ascii: ":"), isDigit(line[index - 1]), isDigit(line[index + 1]), isDigit(line[index + 2]) { return true }
            index += 1
        }
        return false
    }

    static func isQuotedFrom(_ line: ArraySlice<UInt8>) -> Bool {
        let rest = line.drop { $0 == UInt8(ascii: ">") }
        return rest.starts(with: fromPrefix)
    }

    /// Removes one ">" from every `>+From ` line.
    static func unquoted(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var atLineStart = true
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if atLineStart, byte == UInt8(ascii: ">") {
                var lineEnd = index
                while lineEnd < slice.endIndex, slice[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                if isQuotedFrom(slice[index..<lineEnd]) {
                    index += 1
                    atLineStart = false
                    continue
                }
            }
            output.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
            index += 1
        }
        return output[...]
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
