/// How many terminal columns a grapheme cluster or a string occupies.
///
/// Terminals lay text out in fixed cells: CJK ideographs, fullwidth forms and emoji take two,
/// combining marks and joiners take none. `String.count` says nothing about this, so every
/// clipping, alignment and cursor computation in RapportUI goes through here.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: printable ASCII is by far the most common case.
        if scalars.count == 1 {
            return width(of: first)
        }
        return clusterWidth(scalars, first: first)
    }

    /// Columns taken by a whole string (the sum of its grapheme clusters).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Text of one-column scalars (most of what a CRM shows) is as wide as its scalar count:
        // no grapheme breaking. Any other scalar (a combining mark, a wide or control one) takes
        // the general path below.
        var simple = 0
        var allSimple = true
        for scalar in text.unicodeScalars {
            guard isSimpleColumn(scalar.value) else {
                allSimple = false
                break
            }
            simple += 1
        }
        if allSimple { return simple }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// One column, a grapheme on its own: printable ASCII and blocks of scripts and symbols
    /// without combining marks, wide forms or emoji. The fast paths of `of(_:)` and of
    /// `CellBuffer.write` rely on it; a test checks every such scalar against the general path.
    @inline(__always)
    static func isSimpleColumn(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x370...0x377, 0x37A...0x37F, 0x384...0x3FF, 0x400...0x482, 0x48A...0x52F,
             0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF, 0x2500...0x259F:
            return true
        default:
            return false
        }
    }

    /// Width of a single scalar as a terminal would lay it out on its own.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F {
            return value >= 0x20 ? 1 : 0
        }
        if value < 0xA0 { return 0 }  // DEL and C1 controls
        if value == 0x00AD { return 1 }  // soft hyphen: terminals show it
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        // Hangul medial vowels and final consonants join the preceding initial consonant.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        if EastAsianWide.contains(value) { return 2 }
        return 1
    }

    private static let variationSelector16: UInt32 = 0xFE0F  // request emoji presentation
    private static let zeroWidthJoiner: UInt32 = 0x200D
    private static let combiningKeycap: UInt32 = 0x20E3

    private static func clusterWidth(_ scalars: Character.UnicodeScalarView, first: Unicode.Scalar) -> Int {
        var base = width(of: first)
        if base == 0 {
            // A cluster that starts with a mark (a lone combining accent at the start of a string)
            // takes no column; one that starts with a joiner takes the width of what follows.
            if first.properties.generalCategory == .nonspacingMark
                || first.properties.generalCategory == .enclosingMark {
                return 0
            }
            base = scalars.dropFirst().map(width(of:)).max() ?? 0
            return min(base, 2)
        }
        var requestsEmoji = false
        var regionalIndicators = 0
        for scalar in scalars {
            switch scalar.value {
            case variationSelector16, combiningKeycap: requestsEmoji = true
            case zeroWidthJoiner where first.properties.isEmoji: requestsEmoji = true
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            case 0x1F3FB...0x1F3FF: requestsEmoji = true  // skin tone modifier
            default: break
            }
        }
        if regionalIndicators >= 2 { return 2 }  // a flag
        if requestsEmoji && first.properties.isEmoji { return 2 }
        // VS15 (text presentation) is deliberately ignored: terminals keep default-emoji characters
        // two columns wide whatever the selector says, and text-default ones are narrow anyway.
        return base
    }
}

/// East Asian Width W (wide) and F (fullwidth) ranges, outside the emoji that
/// `isEmojiPresentation` already covers. From Unicode 15 EastAsianWidth.txt, merged into ranges.
enum EastAsianWide {
    static func contains(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    // Sorted, non-overlapping.
    static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x231A...0x231B,
        0x2329...0x232A,  // angle brackets
        0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE,
        0x2614...0x2615,
        0x2648...0x2653,
        0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4,
        0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD,
        0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E,
        0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0, 0x27BF...0x27BF,
        0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x2E99, 0x2E9B...0x2EF3,  // CJK radicals
        0x2F00...0x2FD5,  // Kangxi radicals
        0x2FF0...0x2FFF,  // ideographic description
        0x3000...0x303E,  // ideographic space, CJK punctuation
        0x3041...0x3096, 0x3099...0x30FF,  // Hiragana, Katakana
        0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3, 0x31EF...0x321E, 0x3220...0x3247,
        0x3250...0x4DBF,  // enclosed CJK, compatibility, extension A
        0x4E00...0xA48C,  // CJK unified ideographs, Yi
        0xA490...0xA4C6,
        0xA960...0xA97C,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B,  // CJK compatibility forms, small forms
        0xFF01...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
        0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,  // Tangut
        0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE,
        0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155,
        0x1B164...0x1B167, 0x1B170...0x1B2FB,  // Kana supplement, Nushu
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B..F
        0x30000...0x3FFFD,  // CJK extension G and later
    ]
}
