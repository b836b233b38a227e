/// Text from the data (names, notes, cells of a file being imported) made safe to print on a
/// terminal. A terminal obeys ESC sequences, BEL, C1 controls (U+009B is a CSI in many
/// terminals) and reorders text around bidi overrides, so a stored name could move the cursor,
/// retitle the window or make `evil.exe` read as `exe.live`. Every text the command line prints
/// goes through `visible`, which shows such characters as `ls` and `cat -v` do instead of
/// sending them: `^[` for ESC, `^G` for BEL, `^?` for DEL, `<U+009B>` and `<U+202E>` for the others.
public enum TerminalSafeText {
    /// Bidi embeddings, overrides, isolates and marks, and the line and paragraph separators.
    static func isInvisibleFormatting(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// True for the characters `visible` rewrites (LF aside, which it keeps when asked).
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || isInvisibleFormatting(value)
    }

    /// `text` with every control and bidi character shown visibly. With `keepingLineBreaks`, LF
    /// stays a line break (a whole command output); without it a value stays on one line.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Most text has nothing to escape: one byte scan settles it. Every character to escape
        // is below 0x20, is 0x7F, or starts with one of the lead bytes 0xC2, 0xD8, 0xE2.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if keepingLineBreaks, scalar == "\n" {
                output.unicodeScalars.append(scalar)
            } else if value < 0x20 {
                output += "^" + String(UnicodeScalar(UInt8(value + 0x40)))
            } else if value == 0x7F {
                output += "^?"
            } else if needsEscaping(scalar) {
                output += codePoint(value)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// "<U+202E>".
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// JSON text for a terminal: JSON itself escapes C0 controls (`\u001b`), but lets DEL, C1
    /// controls and bidi characters through raw, and a terminal obeys them. Written as `\uXXXX`
    /// escapes, they mean the same to every JSON reader. Such characters only occur inside
    /// strings (JSON's structure is ASCII), so a byte-level rewrite is exact.
    public static func jsonEscaped(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var index = 0
        func escape(_ value: UInt32) {
            let hex = Array(String(value, radix: 16))
            output += Array("\\u".utf8) + Array(repeating: UInt8(ascii: "0"), count: 4 - hex.count) + hex.map { UInt8(ascii: $0.unicodeScalars.first ?? "0") }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x7F {
                escape(0x7F)
                index += 1
                continue
            }
            if byte == 0xC2 || byte == 0xD8, index + 1 < bytes.count {
                let value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                if (0x80...0x9F).contains(value) || value == 0x061C {
                    escape(value)
                    index += 2
                    continue
                }
            }
            if byte == 0xE2, index + 2 < bytes.count {
                let value = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                if isInvisibleFormatting(value) {
                    escape(value)
                    index += 3
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }
}
