import Foundation
@testable import RapportCore

/// Deterministic mutations of a seed input, as a mutation fuzzer makes them: bit flips, bytes
/// that matter to the formats (quotes, delimiters, CR, LF, NUL, ESC, broken UTF-8), deleted,
/// repeated and spliced ranges, format tokens. The same seed gives the same inputs on every run.
struct ByteMutator {
    private var random: SeededRandom
    let maximumSize: Int

    init(seed: UInt64, maximumSize: Int = 64 * 1024) {
        random = SeededRandom(seed: seed)
        self.maximumSize = maximumSize
    }

    static let interestingBytes: [UInt8] = [0x00, 0x0A, 0x0D, 0x09, 0x20, 0x22, 0x27, 0x2C, 0x3B, 0x3A, 0x3D, 0x5C, 0x1B, 0x07,
                                            0x7F, 0x80, 0x9B, 0xC2, 0xC3, 0xE2, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x40, 0x2B, 0x2D]
    static let tokens: [String] = ["\r\n", "\r\n ", "\"\"", "\",\"", "BEGIN:VCARD\r\n", "END:VCARD\r\n", "ENCODING=QUOTED-PRINTABLE:",
                                   "=\r\n", "ENCODING=b:", "\\n", "\\,", ";;;;", "{\"", "\"}", "[", "]", "\\u0000", "\\ud800",
                                   "1e999", "-0", "=?UTF-8?B?", "?=", "\u{202E}", "'=1+1", "@SUM(1)", "\u{FEFF}", "\u{FFFD}"]

    mutating func mutate(_ seed: [UInt8]) -> [UInt8] {
        var bytes = seed
        for _ in 0..<random.int(in: 1...6) {
            let position = bytes.isEmpty ? 0 : random.int(bytes.count)
            switch random.int(8) {
            case 0 where !bytes.isEmpty:
                bytes[position] ^= UInt8(1 << random.int(8))
            case 1 where !bytes.isEmpty:
                bytes[position] = Self.interestingBytes[random.int(Self.interestingBytes.count)]
            case 2:
                let count = random.int(in: 1...4)
                bytes.insert(contentsOf: (0..<count).map { _ in Self.interestingBytes[random.int(Self.interestingBytes.count)] }, at: position)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + random.int(in: 1...64))
                bytes.removeSubrange(position..<end)
            case 4 where !bytes.isEmpty:
                // A range repeated: long lines, many folds, many columns.
                let end = min(bytes.count, position + random.int(in: 1...16))
                let piece = Array(bytes[position..<end])
                let repeats = random.int(in: 2...400)
                bytes.insert(contentsOf: Array((0..<repeats).map { _ in piece }.joined()), at: end)
            case 5 where !bytes.isEmpty:
                bytes.removeSubrange(position...)
            case 6:
                bytes.insert(contentsOf: Array(Self.tokens[random.int(Self.tokens.count)].utf8), at: position)
            default:
                // Two parts of the input swapped round.
                guard bytes.count > 2 else { continue }
                let cut = random.int(bytes.count)
                bytes = Array(bytes[cut...] + bytes[..<cut])
            }
            if bytes.count > maximumSize { bytes.removeSubrange(maximumSize...) }
        }
        return bytes
    }

    /// A mutated string, for inputs that are values rather than files.
    mutating func mutate(_ text: String) -> String {
        String(decoding: mutate(Array(text.utf8)), as: UTF8.self)
    }
}
