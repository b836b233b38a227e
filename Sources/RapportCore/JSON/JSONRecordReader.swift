import Foundation

/// Reads records straight from a file's bytes, without building a `JSONValue` tree first: the
/// fast path of loading a book (see docs/PERFORMANCE.md).
///
/// It is deliberately partial. It accepts exactly the documents the tree parser and the
/// `Codable` decoder accept *when they look like what Rapport writes*, and gives up
/// (`JSONRecordReader.Fallback`) on anything else: a syntax error, a wrong type, a missing field,
/// a duplicate key, a number with a fraction where an integer is expected. The caller then runs
/// the full parser and decoder on the same bytes, which either decode the unusual file or throw
/// the precise `FILE:LINE:COLUMN` error. So the fast path never has to produce an error message,
/// and can never disagree with the slow one on what a file means.
///
/// Strings, numbers and literals go through `JSONScanner`'s own routines, so validation (UTF-8,
/// control characters, escapes, number grammar) is the parser's.
struct JSONRecordReader {
    /// "Not on the fast path": the caller decodes the file the full way instead.
    struct Fallback: Error {}

    var scanner: JSONScanner

    init(bytes: UnsafeBufferPointer<UInt8>, skippingByteOrderMark: Bool = true) {
        scanner = JSONScanner(bytes: bytes)
        if skippingByteOrderMark, JSONTextPosition.hasByteOrderMark(bytes) { scanner.index = 3 }
    }

    /// Where the next byte is read.
    var offset: Int { scanner.index }

    private var bytes: UnsafeBufferPointer<UInt8> { scanner.bytes }

    /// The next significant byte, without consuming it.
    @inline(__always)
    mutating func peek() throws(Fallback) -> UInt8 {
        scanner.skipWhitespace()
        guard scanner.index < bytes.count else { throw Fallback() }
        return bytes[scanner.index]
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(Fallback) {
        guard try peek() == byte else { throw Fallback() }
        scanner.index += 1
    }

    /// After the top-level value: only whitespace may follow.
    mutating func expectEnd() throws(Fallback) {
        scanner.skipWhitespace()
        guard scanner.index == bytes.count else { throw Fallback() }
    }

    // MARK: Objects and arrays

    /// Reads `{`; then call `nextKey` until it returns nil.
    @inline(__always)
    mutating func beginObject() throws(Fallback) -> ObjectState {
        try expect(UInt8(ascii: "{"))
        return ObjectState()
    }

    struct ObjectState {
        var isFirst = true
        /// Fields seen so far, by `FieldNames` index: a duplicate key is left to the full decoder.
        var seen: UInt64 = 0
        /// The field expected next: files written by Rapport have their keys in sorted order.
        var hint = 0
    }

    enum Member<Field: RecordField> {
        case field(Field)
        /// A key this program does not know: skip its value with `skipValue`.
        case unknown
    }

    /// The next member (its value comes next), or nil after the closing `}`.
    @inline(__always)
    mutating func nextMember<Field: RecordField>(_ state: inout ObjectState, _ type: Field.Type) throws(Fallback) -> Member<Field>? {
        var byte = try peek()
        if byte == UInt8(ascii: "}") {
            scanner.index += 1
            return nil
        }
        if state.isFirst {
            state.isFirst = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw Fallback() }
            scanner.index += 1
            byte = try peek()
        }
        guard byte == UInt8(ascii: "\"") else { throw Fallback() }
        let start = scanner.index + 1
        var cursor = start
        // Member names of Rapport's files are plain ASCII identifiers; anything else (an escape,
        // a non-ASCII name) is left to the full decoder.
        while cursor < bytes.count {
            let character = bytes[cursor]
            if character == UInt8(ascii: "\"") { break }
            guard character >= 0x20, character < 0x80, character != UInt8(ascii: "\\") else { throw Fallback() }
            cursor += 1
        }
        guard cursor < bytes.count else { throw Fallback() }
        let key = UnsafeBufferPointer(rebasing: bytes[start..<cursor])
        scanner.index = cursor + 1
        try expect(UInt8(ascii: ":"))
        scanner.skipWhitespace()
        guard let index = Field.names.index(of: key, hint: state.hint), let field = Field(rawValue: index) else { return .unknown }
        let bit: UInt64 = 1 << UInt64(index)
        guard state.seen & bit == 0 else { throw Fallback() }
        state.seen |= bit
        state.hint = index + 1
        return .field(field)
    }

    /// The next member name of an object whose members are not a `RecordField` (the document
    /// around the records), or nil after the closing `}`.
    mutating func nextKey(_ state: inout ObjectState) throws(Fallback) -> String? {
        var byte = try peek()
        if byte == UInt8(ascii: "}") {
            scanner.index += 1
            return nil
        }
        if state.isFirst {
            state.isFirst = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw Fallback() }
            scanner.index += 1
            byte = try peek()
        }
        let key = try string()
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// `null` reads as an absent optional, as in the full decoder.
    @inline(__always)
    mutating func optional<Value>(_ read: (inout JSONRecordReader) throws(Fallback) -> Value) throws(Fallback) -> Value? {
        try readNull() ? nil : try read(&self)
    }

    /// Reads `[`; then call `nextElement` until it returns false.
    @inline(__always)
    mutating func beginArray() throws(Fallback) -> ArrayState {
        try expect(UInt8(ascii: "["))
        return ArrayState()
    }

    struct ArrayState {
        var isFirst = true
    }

    /// True when another element follows (read it next), false after the closing `]`.
    @inline(__always)
    mutating func nextElement(_ state: inout ArrayState) throws(Fallback) -> Bool {
        let byte = try peek()
        if byte == UInt8(ascii: "]") {
            scanner.index += 1
            return false
        }
        if state.isFirst {
            state.isFirst = false
            return true
        }
        guard byte == UInt8(ascii: ",") else { throw Fallback() }
        scanner.index += 1
        return true
    }

    /// Parses (and so validates) a value nobody asked for, as the full decoder would.
    mutating func skipValue() throws(Fallback) {
        scanner.skipWhitespace()
        do { _ = try scanner.parseValue() } catch { throw Fallback() }
    }

    /// `null` for an optional field: the full decoder reads it as absent.
    @inline(__always)
    mutating func readNull() throws(Fallback) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        do { try scanner.expectLiteral("null") } catch { throw Fallback() }
        return true
    }

    // MARK: Scalars

    mutating func string() throws(Fallback) -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw Fallback() }
        do { return try scanner.parseString() } catch { throw Fallback() }
    }

    /// A string's bytes when it is short, plain ASCII and has no escape (dates, codes), without
    /// making a `String`; nil (nothing consumed) otherwise.
    @inline(__always)
    private mutating func plainASCII(maximumLength: Int) throws(Fallback) -> UnsafeBufferPointer<UInt8>? {
        guard try peek() == UInt8(ascii: "\"") else { throw Fallback() }
        let start = scanner.index + 1
        var cursor = start
        while cursor < bytes.count, cursor - start <= maximumLength {
            let character = bytes[cursor]
            if character == UInt8(ascii: "\"") {
                scanner.index = cursor + 1
                return UnsafeBufferPointer(rebasing: bytes[start..<cursor])
            }
            guard character >= 0x20, character < 0x80, character != UInt8(ascii: "\\") else { return nil }
            cursor += 1
        }
        return nil
    }

    mutating func integer() throws(Fallback) -> Int64 {
        let byte = try peek()
        guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { throw Fallback() }
        let value: JSONValue
        do { value = try scanner.parseNumber() } catch { throw Fallback() }
        guard case .integer(let integer) = value else { throw Fallback() }
        return integer
    }

    mutating func int() throws(Fallback) -> Int {
        let value = try integer()
        guard let converted = Int(exactly: value) else { throw Fallback() }
        return converted
    }

    mutating func bool() throws(Fallback) -> Bool {
        do {
            switch try peek() {
            case UInt8(ascii: "t"): try scanner.expectLiteral("true"); return true
            case UInt8(ascii: "f"): try scanner.expectLiteral("false"); return false
            default: throw Fallback()
            }
        } catch {
            throw Fallback()
        }
    }

    /// An instant as `JSONDateFormat` reads it; "2026-11-22T09:30:00Z" without making a string.
    mutating func date() throws(Fallback) -> Date {
        if let text = try plainASCII(maximumLength: 20), text.count == 20, let date = Self.wholeSecondUTC(text) {
            return date
        }
        guard let date = JSONDateFormat.date(from: try string()) else { throw Fallback() }
        return date
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form Rapport writes; nil for anything else (the general parser
    /// then decides).
    @inline(__always)
    private static func wholeSecondUTC(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        guard text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: "T"),
              text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: "Z"),
              let year = digits(text, 0, 4), let month = digits(text, 5, 2), let day = digits(text, 8, 2),
              let hour = digits(text, 11, 2), let minute = digits(text, 14, 2), let second = digits(text, 17, 2),
              (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let days = JSONDateFormat.daysSince1970(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Date(timeIntervalSince1970: Double(seconds))
    }

    @inline(__always)
    private static func digits(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
            let digit = text[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// A calendar date as `LocalDate`'s decoder reads it.
    mutating func localDate() throws(Fallback) -> LocalDate {
        if let text = try plainASCII(maximumLength: 10), text.count == 10, text[4] == UInt8(ascii: "-"),
           text[7] == UInt8(ascii: "-"), let year = Self.digits(text, 0, 4), let month = Self.digits(text, 5, 2),
           let day = Self.digits(text, 8, 2) {
            guard let date = LocalDate(year: year, month: month, day: day) else { throw Fallback() }
            return date
        }
        guard let date = LocalDate(try string()) else { throw Fallback() }
        return date
    }

    mutating func localTime() throws(Fallback) -> LocalTime {
        guard let time = LocalTime(try string()) else { throw Fallback() }
        return time
    }

    mutating func id<Kind: RecordKind>(_ type: RecordID<Kind>.Type = RecordID<Kind>.self) throws(Fallback) -> RecordID<Kind> {
        let text = try string()
        guard !text.isEmpty else { throw Fallback() }
        return RecordID(text)
    }

    mutating func enumeration<Value: RawRepresentable>(_ type: Value.Type = Value.self) throws(Fallback) -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string()) else { throw Fallback() }
        return value
    }

    mutating func currency() throws(Fallback) -> CurrencyCode {
        guard let code = CurrencyCode(try string()) else { throw Fallback() }
        return code
    }

    mutating func strings() throws(Fallback) -> [String] {
        var state = try beginArray()
        var values: [String] = []
        while try nextElement(&state) { values.append(try string()) }
        return values
    }

    mutating func array<Element>(_ element: (inout JSONRecordReader) throws(Fallback) -> Element) throws(Fallback) -> [Element] {
        var state = try beginArray()
        var values: [Element] = []
        while try nextElement(&state) { values.append(try element(&self)) }
        return values
    }

    /// A JSON object of strings (custom fields). Duplicate keys are left to the full decoder.
    mutating func stringDictionary() throws(Fallback) -> [String: String] {
        try expect(UInt8(ascii: "{"))
        var result: [String: String] = [:]
        var isFirst = true
        while true {
            var byte = try peek()
            if byte == UInt8(ascii: "}") {
                scanner.index += 1
                return result
            }
            if !isFirst {
                guard byte == UInt8(ascii: ",") else { throw Fallback() }
                scanner.index += 1
                byte = try peek()
            }
            isFirst = false
            let key = try string()
            try expect(UInt8(ascii: ":"))
            guard result.updateValue(try string(), forKey: key) == nil else { throw Fallback() }
        }
    }
}

/// The members of one record type, as an enum whose cases are named as the JSON keys and listed
/// in the order Rapport writes them (sorted by bytes, as `JSONWriter` sorts).
protocol RecordField: RawRepresentable, CaseIterable where RawValue == Int {
    static var names: FieldNames { get }
}

extension RecordField {
    /// The case names, for `names`.
    static func caseNames() -> FieldNames { FieldNames(allCases.map { "\($0)" }) }
}

/// The member names of one record type, matched against a file's keys by bytes (no `String` is
/// made for a key).
struct FieldNames: Sendable {
    let names: [[UInt8]]
    var count: Int { names.count }

    init(_ names: [String]) {
        precondition(names.count <= 64, "a record type has at most 64 fields (a bit each)")
        self.names = names.map { Array($0.utf8) }
    }

    /// Tries the expected field first, then the ones after it, then all: one comparison for most keys.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>, hint: Int) -> Int? {
        var candidate = hint
        for _ in 0..<names.count {
            if candidate >= names.count { candidate = 0 }
            if matches(names[candidate], key) { return candidate }
            candidate += 1
        }
        return nil
    }

    @inline(__always)
    private func matches(_ name: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count == key.count else { return false }
        return name.withUnsafeBufferPointer { name in
            guard let left = name.baseAddress, let right = key.baseAddress else { return name.isEmpty }
            return memcmp(left, right, name.count) == 0
        }
    }
}
