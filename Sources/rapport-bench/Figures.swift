/// One line of the result: a measure, its median and max over the runs, and its target.
struct Figure: Sendable {
    var group: String
    var name: String
    var samples: Samples
    /// The target on the median (and, when set, on the max), in the figure's unit.
    var targetMedian: Double?
    var targetMax: Double?
    var unit = "ms"
    var note = ""

    var median: Double { samples.median }
    var max: Double { samples.max }

    var meetsTarget: Bool? {
        guard targetMedian != nil || targetMax != nil else { return nil }
        if let targetMedian, !(median <= targetMedian) { return false }
        if let targetMax, !(max <= targetMax) { return false }
        return true
    }

    var targetText: String {
        switch (targetMedian, targetMax) {
        case let (median?, max?): return "< \(Format.number(median)) \(unit) median, < \(Format.number(max)) max"
        case let (median?, nil): return "< \(Format.number(median)) \(unit)"
        case let (nil, max?): return "< \(Format.number(max)) \(unit) max"
        case (nil, nil): return ""
        }
    }
}

enum Format {
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        if value >= 100 { return String(Int(value.rounded())) }
        if value >= 10 { return fixed(value, digits: 1) }
        if value >= 1 { return fixed(value, digits: 2) }
        return fixed(value, digits: 3)
    }

    static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < digits { fraction = "0" + fraction }
        return (value < 0 ? "-" : "") + String(whole) + (digits > 0 ? "." + fraction : "")
    }

    static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        guard count < width else { return text }
        let padding = String(repeating: " ", count: width - count)
        return right ? padding + text : text + padding
    }

    /// A JSON string literal (names here are plain ASCII, but quote and backslash are escaped anyway).
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    static func jsonNumber(_ value: Double) -> String {
        value.isFinite ? fixed(value, digits: 3) : "null"
    }
}
