/// The characters used to draw boxes and lines.
public struct BorderSet: Hashable, Sendable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character
    /// ├ and ┤: where a horizontal separator meets the left and right sides.
    public var teeRight: Character
    public var teeLeft: Character

    public init(topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                horizontal: Character, vertical: Character, teeRight: Character, teeLeft: Character) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
        self.teeRight = teeRight
        self.teeLeft = teeLeft
    }

    public static let unicode = BorderSet(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                          horizontal: "─", vertical: "│", teeRight: "├", teeLeft: "┤")
    public static let rounded = BorderSet(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
                                          horizontal: "─", vertical: "│", teeRight: "├", teeLeft: "┤")
    public static let heavy = BorderSet(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛",
                                        horizontal: "━", vertical: "┃", teeRight: "┣", teeLeft: "┫")
    public static let double = BorderSet(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝",
                                         horizontal: "═", vertical: "║", teeRight: "╠", teeLeft: "╣")
    /// For terminals or fonts without line-drawing characters.
    public static let ascii = BorderSet(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                        horizontal: "-", vertical: "|", teeRight: "+", teeLeft: "+")
}
