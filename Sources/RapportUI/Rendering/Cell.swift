/// One terminal cell: a grapheme cluster and its style.
///
/// A wide character (CJK, emoji) lives in its first cell with `width == 2`; the cell to its
/// right is a *continuation* cell (empty grapheme, width 0) that backends skip.
public struct Cell: Hashable, Sendable {
    public private(set) var grapheme: String
    public var style: Style
    /// Columns the grapheme takes: 1 or 2, or 0 for a continuation cell.
    public private(set) var width: Int

    /// A cell showing `character`. Zero-width or control characters become a space so a
    /// cell always advances the cursor by its width.
    public init(_ character: Character, style: Style = .normal) {
        let measured = DisplayWidth.of(character)
        if measured == 0 {
            self.grapheme = " "
            self.width = 1
        } else {
            self.grapheme = String(character)
            self.width = measured
        }
        self.style = style
    }

    private init(continuationWith style: Style) {
        self.grapheme = ""
        self.width = 0
        self.style = style
    }

    public static func continuation(style: Style) -> Cell { Cell(continuationWith: style) }
    public static let blank = Cell(" ")

    public var isContinuation: Bool { width == 0 }
    public var isWide: Bool { width == 2 }
}
