import Foundation

/// Writes records straight to bytes in exactly `JSONWriter`'s format (sorted keys, two-space
/// indentation, the same escaping and numbers), without building a `JSONValue` tree first: the
/// fast path of saving a collection. The record types list their members in sorted order
/// (`RecordField`); tests compare every byte with the `Codable` + `JSONWriter` path.
///
/// A value it cannot write the fast way (a date outside 0000...9999) sets `failed`, and the
/// caller encodes the collection the full way, which reports the error.
struct JSONRecordWriter {
    var output: JSONOutputBuffer
    /// Open containers around the value being written.
    private(set) var depth: Int
    private(set) var failed = false
    /// False for one-line JSON (`{"a":1,"b":[]}`), as the journal's lines are written.
    let pretty: Bool

    init(depth: Int = 0, capacity: Int = 0, pretty: Bool = true) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        output = JSONOutputBuffer(bytes: bytes)
        self.depth = depth
        self.pretty = pretty
    }

    /// The document with its trailing newline, handed over without a copy.
    mutating func finish() -> [UInt8] {
        output.bytes.append(UInt8(ascii: "\n"))
        var bytes: [UInt8] = []
        swap(&bytes, &output.bytes)
        return bytes
    }

    /// An object or array being written: whether it has an element yet decides `{}` or a newline.
    struct Container {
        fileprivate var isEmpty = true
    }

    // MARK: Containers

    @inline(__always)
    mutating func beginObject() -> Container {
        output.bytes.append(UInt8(ascii: "{"))
        depth += 1
        return Container()
    }

    @inline(__always)
    mutating func key<Field: RecordField>(_ field: Field, in container: inout Container) {
        startElement(&container)
        output.bytes.append(UInt8(ascii: "\""))
        output.bytes.append(contentsOf: Field.names.names[field.rawValue])
        output.bytes.append(UInt8(ascii: "\""))
        separateKey()
    }

    @inline(__always)
    private mutating func separateKey() {
        output.bytes.append(UInt8(ascii: ":"))
        if pretty { output.bytes.append(UInt8(ascii: " ")) }
    }

    /// A key that is not a record field (the collection's name in the document).
    mutating func key(_ name: String, in container: inout Container) {
        startElement(&container)
        output.writeString(name)
        separateKey()
    }

    @inline(__always)
    mutating func endObject(_ container: Container) {
        depth -= 1
        if pretty, !container.isEmpty { output.newline(indentation: depth) }
        output.bytes.append(UInt8(ascii: "}"))
    }

    @inline(__always)
    mutating func beginArray() -> Container {
        output.bytes.append(UInt8(ascii: "["))
        depth += 1
        return Container()
    }

    @inline(__always)
    mutating func element(in container: inout Container) {
        startElement(&container)
    }

    @inline(__always)
    mutating func endArray(_ container: Container) {
        depth -= 1
        if pretty, !container.isEmpty { output.newline(indentation: depth) }
        output.bytes.append(UInt8(ascii: "]"))
    }

    @inline(__always)
    private mutating func startElement(_ container: inout Container) {
        if !container.isEmpty { output.bytes.append(UInt8(ascii: ",")) }
        container.isEmpty = false
        if pretty { output.newline(indentation: depth) }
    }

    /// Any value (the records without a fast path go through `JSONValueEncoder`), keys sorted.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: output.appendLiteral("null")
        case .bool(let flag): bool(flag)
        case .integer(let number): output.writeInteger(number)
        case .double(let number):
            do { try output.writeDouble(number) } catch { failed = true }
        case .string(let text): output.writeString(text)
        case .array(let elements):
            var container = beginArray()
            for element in elements {
                startElement(&container)
                self.value(element)
            }
            endArray(container)
        case .object(let members):
            var container = beginObject()
            for (key, member) in members.sorted(by: { JSONOutputBuffer.precedesInByteOrder($0.key, $1.key) }) {
                startElement(&container)
                output.writeString(key)
                separateKey()
                self.value(member)
            }
            endObject(container)
        }
    }

    // MARK: Values

    @inline(__always)
    mutating func string(_ value: String) { output.writeString(value) }

    mutating func integer(_ value: Int64) { output.writeInteger(value) }

    mutating func int(_ value: Int) { output.writeInteger(Int64(value)) }

    mutating func bool(_ value: Bool) { output.appendLiteral(value ? "true" : "false") }

    mutating func id<Kind: RecordKind>(_ value: RecordID<Kind>) { output.writeString(value.rawValue) }

    mutating func enumeration<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String {
        output.writeString(value.rawValue)
    }

    /// As `JSONDateFormat.string(from:)`; whole seconds (all Rapport writes) without making a String.
    mutating func date(_ value: Date) {
        let interval = value.timeIntervalSince1970
        if interval.rounded(.down) == interval, abs(interval) < 1e11 {
            let seconds = Int64(interval)
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let secondOfDay = Int(seconds - days * 86_400)
            let (year, month, day) = JSONDateFormat.civilDate(fromDaysSince1970: days)
            if (0...9999).contains(year) {
                output.bytes.append(UInt8(ascii: "\""))
                digits(year, 4)
                output.bytes.append(UInt8(ascii: "-"))
                digits(month, 2)
                output.bytes.append(UInt8(ascii: "-"))
                digits(day, 2)
                output.bytes.append(UInt8(ascii: "T"))
                digits(secondOfDay / 3600, 2)
                output.bytes.append(UInt8(ascii: ":"))
                digits(secondOfDay / 60 % 60, 2)
                output.bytes.append(UInt8(ascii: ":"))
                digits(secondOfDay % 60, 2)
                output.bytes.append(UInt8(ascii: "Z"))
                output.bytes.append(UInt8(ascii: "\""))
                return
            }
        }
        guard let text = JSONDateFormat.string(from: value) else {
            failed = true
            return
        }
        output.writeString(text)
    }

    mutating func localDate(_ value: LocalDate) {
        output.bytes.append(UInt8(ascii: "\""))
        digits(value.year, 4)
        output.bytes.append(UInt8(ascii: "-"))
        digits(value.month, 2)
        output.bytes.append(UInt8(ascii: "-"))
        digits(value.day, 2)
        output.bytes.append(UInt8(ascii: "\""))
    }

    mutating func localTime(_ value: LocalTime) { output.writeString(value.description) }

    mutating func currency(_ value: CurrencyCode) { output.writeString(value.code) }

    mutating func strings(_ values: [String]) {
        var container = beginArray()
        for value in values {
            element(in: &container)
            string(value)
        }
        endArray(container)
    }

    mutating func array<Element>(_ values: [Element], _ write: (inout JSONRecordWriter, Element) -> Void) {
        var container = beginArray()
        for value in values {
            element(in: &container)
            write(&self, value)
        }
        endArray(container)
    }

    /// Keys sorted by bytes, as `JSONWriter` sorts them.
    mutating func stringDictionary(_ values: [String: String]) {
        var container = beginObject()
        for (key, value) in values.sorted(by: { JSONOutputBuffer.precedesInByteOrder($0.key, $1.key) }) {
            startElement(&container)
            output.writeString(key)
            separateKey()
            output.writeString(value)
        }
        endObject(container)
    }

    /// Zero-padded decimal digits of a non-negative number (years 0...9999, months, hours).
    @inline(__always)
    private mutating func digits(_ value: Int, _ width: Int) {
        var limit = 1
        for _ in 0..<width { limit *= 10 }
        guard value >= 0, value < limit else {
            // Not a calendar field: the general path pads the same way `pad` does.
            output.bytes.append(contentsOf: pad(value, width).utf8)
            return
        }
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            output.bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
