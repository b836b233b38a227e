/// One terminal cell: a grapheme cluster and its style.
///
/// A wide character (CJK, emoji) lives in its first cell with `width == 2`; the cell to its
/// right is a *continuation* cell (empty grapheme, width 0) that backends skip.
///
/// The grapheme's UTF-8 is kept inline (up to 15 bytes), so a cell is plain data: copying,
/// comparing and filling a 200x60 frame of them costs no reference counting, where a `String`
/// per cell made that most of a frame's time. A longer cluster (a ZWJ family emoji) keeps its
/// leading scalars that fit; terminals through curses draw only the base character and its
/// combining marks anyway (`GlyphPlan`).
public struct Cell: Hashable, Sendable {
    /// UTF-8 bytes 0-7 of the grapheme (little-endian), then bytes 8-14 and the byte count.
    private var low: UInt64
    private var high: UInt64
    public var style: Style
    private var storedWidth: UInt8

    /// Columns the grapheme takes: 1 or 2, or 0 for a continuation cell.
    public var width: Int { Int(storedWidth) }

    /// The grapheme cluster shown ("" for a continuation cell).
    public var grapheme: String {
        let count = Int(high >> 56)
        guard count > 0 else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { bytes in
            for index in 0..<count {
                bytes[index] = index < 8 ? UInt8(truncatingIfNeeded: low >> (8 * UInt64(index)))
                    : UInt8(truncatingIfNeeded: high >> (8 * UInt64(index - 8)))
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<count]), as: UTF8.self)
        }
    }

    /// A cell showing `character`. Zero-width or control characters become a space so a
    /// cell always advances the cursor by its width.
    public init(_ character: Character, style: Style = .normal) {
        let measured = DisplayWidth.of(character)
        self.style = style
        if measured == 0 {
            (low, high) = Cell.pack(UInt32(0x20))
            storedWidth = 1
        } else {
            (low, high) = Cell.pack(character)
            storedWidth = UInt8(measured)
        }
    }

    /// A cell for a scalar `DisplayWidth.isSimpleColumn` accepts: one column by definition, so
    /// no width lookup (the text fast path builds one per character drawn).
    init(oneColumn scalar: Unicode.Scalar, style: Style) {
        (low, high) = Cell.pack(scalar.value)
        self.style = style
        storedWidth = 1
    }

    private init(continuationWith style: Style) {
        low = 0
        high = 0
        self.style = style
        storedWidth = 0
    }

    public static func continuation(style: Style) -> Cell { Cell(continuationWith: style) }
    public static let blank = Cell(" ")

    public var isContinuation: Bool { storedWidth == 0 }
    public var isWide: Bool { storedWidth == 2 }

    // MARK: Inline UTF-8

    private static func pack(_ scalar: UInt32) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var count = 0
        for byte in UTF8.encode(Unicode.Scalar(scalar) ?? " ") ?? UTF8.EncodedScalar() {
            low |= UInt64(byte) << (8 * UInt64(count))
            count += 1
        }
        return (low, UInt64(count) << 56)
    }

    private static func pack(_ character: Character) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        // Whole scalars only, so a cluster cut at 15 bytes still decodes.
        for scalar in character.unicodeScalars {
            let encoded = UTF8.encode(scalar) ?? UTF8.EncodedScalar()
            guard count + encoded.count <= 15 else { break }
            for byte in encoded {
                if count < 8 {
                    low |= UInt64(byte) << (8 * UInt64(count))
                } else {
                    high |= UInt64(byte) << (8 * UInt64(count - 8))
                }
                count += 1
            }
        }
        return (low, high | UInt64(count) << 56)
    }
}
