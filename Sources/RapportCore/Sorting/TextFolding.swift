/// Folding for comparing text as people read it: case-insensitive and accent-insensitive,
/// without Foundation (whose locale data may be missing on Linux). Search matches on it and
/// names sort by it, so "Léa" is found by "lea" and sorts between "Laura" and "Lucas".
///
/// Letters with accents fold to their base letter via a table of precomposed Latin, Greek and
/// Cyrillic letters (generated from Unicode 14 NFD data: every letter whose canonical
/// decomposition is a base letter followed only by nonspacing marks), combining marks typed
/// separately are dropped, and a few letters without a decomposition get their usual
/// transliteration (ø → o, ß → ss, æ → ae).
public enum TextFolding {
    /// The whole text folded: lowercase, no accents.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for character in text { scalars.append(contentsOf: fold(character)) }
        return String(scalars)
    }

    /// The whole text without accents; `keepingCase` leaves the letters' case (a transliteration
    /// for display: "Ørsted" -> "Orsted"), `widths` turns fullwidth ASCII ("ＥＭＡＩＬ") narrow.
    public static func fold(_ text: String, keepingCase: Bool, widths: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        for character in text { scalars.append(contentsOf: fold(character, keepingCase: keepingCase, widths: widths)) }
        return String(scalars)
    }

    /// Folds one character into zero or more scalars (lowercase unless `keepingCase`, no accents).
    public static func fold(_ character: Character, keepingCase: Bool = false, widths: Bool = false) -> [Unicode.Scalar] {
        let scalars = character.unicodeScalars
        // ASCII fast path: most names and commands are plain ASCII.
        if let only = scalars.first, only.value < 0x80, scalars.count == 1 {
            return [keepingCase ? only : lowercasedASCII(only)]
        }
        var result: [Unicode.Scalar] = []
        for original in scalars {
            switch original.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            let scalar = widths ? narrowed(original) : original
            if scalar.value < 0x80 {
                result.append(keepingCase ? scalar : lowercasedASCII(scalar))
                continue
            }
            if let special = transliterations[scalar] {
                let cased = keepingCase && scalar.properties.isUppercase ? special.uppercased() : special
                result += cased.unicodeScalars
                continue
            }
            let base = baseLetters[scalar] ?? scalar
            if keepingCase {
                result.append(base)
                continue
            }
            for lower in base.properties.lowercaseMapping.unicodeScalars {
                switch lower.properties.generalCategory {
                case .nonspacingMark, .enclosingMark: continue
                default: result.append(lower)
                }
            }
        }
        return result
    }

    private static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0x41, scalar.value <= 0x5A, let lower = Unicode.Scalar(scalar.value + 0x20) else { return scalar }
        return lower
    }

    /// Fullwidth ASCII (U+FF01...U+FF5E) and the ideographic space as their ASCII selves.
    private static func narrowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value == 0x3000 { return " " }
        guard (0xFF01...0xFF5E).contains(scalar.value), let narrow = Unicode.Scalar(scalar.value - 0xFEE0) else { return scalar }
        return narrow
    }

    private static let transliterations: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th",
        "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t",
    ]

    private static let baseLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let precomposed = """
        ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöù
        úûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮ
        įİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭ
        ŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǢǣǦǧǨǩǪ
        ǫǬǭǮǯǰǴǵǸǹǺǻǼǽǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧ
        ȨȩȪȫȬȭȮȯȰȱȲȳΆΈΉΊΌΎΏΐΪΫάέήίΰϊϋόύώϓϔЀЁЃЇЌЍЎЙйѐёѓїќ
        ѝўѶѷӁӂӐӑӒӓӖӗӚӛӜӝӞӟӢӣӤӥӦӧӪӫӬӭӮӯӰӱӲӳӴӵӸӹḀḁḂḃḄḅḆḇḈḉ
        ḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹ
        ḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩ
        ṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙ
        ẛẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎ
        ỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹἀἁἂἃἄ
        ἅἆἇἈἉἊἋἌἍἎἏἐἑἒἓἔἕἘἙἚἛἜἝἠἡἢἣἤἥἦἧἨἩἪἫἬἭἮἯἰἱἲἳἴἵἶἷἸ
        ἹἺἻἼἽἾἿὀὁὂὃὄὅὈὉὊὋὌὍὐὑὒὓὔὕὖὗὙὛὝὟὠὡὢὣὤὥὦὧὨὩὪὫὬὭὮὯὰ
        άὲέὴήὶίὸόὺύὼώᾀᾁᾂᾃᾄᾅᾆᾇᾈᾉᾊᾋᾌᾍᾎᾏᾐᾑᾒᾓᾔᾕᾖᾗᾘᾙᾚᾛᾜᾝᾞᾟᾠᾡᾢ
        ᾣᾤᾥᾦᾧᾨᾩᾪᾫᾬᾭᾮᾯᾰᾱᾲᾳᾴᾶᾷᾸᾹᾺΆᾼῂῃῄῆῇῈΈῊΉῌῐῑῒΐῖῗῘῙῚΊῠῡῢ
        ΰῤῥῦῧῨῩῪΎῬῲῳῴῶῷῸΌῺΏῼ
        """
        let bases = """
        AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooou
        uuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiI
        iIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUu
        UuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaÆæGgKkO
        oOoƷʒjGgNnAaÆæØøAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAa
        EeOoOoOoOoYyΑΕΗΙΟΥΩιΙΥαεηιυιυουωϒϒЕЕГІКИУИиеегік
        иуѴѵЖжАаАаЕеӘәЖжЗзИиИиОоӨөЭэУуУуУуЧчЫыAaBbBbBbCc
        DdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLl
        LlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSs
        TtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy
        ſAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoO
        oOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyααααα
        αααΑΑΑΑΑΑΑΑεεεεεεΕΕΕΕΕΕηηηηηηηηΗΗΗΗΗΗΗΗιιιιιιιιΙ
        ΙΙΙΙΙΙΙοοοοοοΟΟΟΟΟΟυυυυυυυυΥΥΥΥωωωωωωωωΩΩΩΩΩΩΩΩα
        αεεηηιιοουυωωααααααααΑΑΑΑΑΑΑΑηηηηηηηηΗΗΗΗΗΗΗΗωωω
        ωωωωωΩΩΩΩΩΩΩΩαααααααΑΑΑΑΑηηηηηΕΕΗΗΗιιιιιιΙΙΙΙυυυ
        υρρυυΥΥΥΥΡωωωωωΟΟΩΩΩ
        """
        let from = precomposed.unicodeScalars.filter { !$0.properties.isWhitespace }
        let to = bases.unicodeScalars.filter { !$0.properties.isWhitespace }
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (accented, base) in zip(from, to) { table[accented] = base }
        return table
    }()

    /// Number of entries, for a test that the two strings line up.
    public static var tableCount: Int { baseLetters.count }
}
