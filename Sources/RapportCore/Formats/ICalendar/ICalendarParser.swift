import Foundation

/// One property of an iCalendar file as written: `NAME;PARAM=value:VALUE`, unfolded, with the
/// parameters' names upper-cased and their quotes removed. The value is as written (TEXT
/// escapes still in), because what it means depends on the property.
public struct ICalProperty: Sendable, Hashable {
    public var name: String
    public var parameters: [String: String]
    public var value: String

    public func parameter(_ name: String) -> String? { parameters[name] }
}

/// A BEGIN…END block (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, DAYLIGHT, VALARM…) with its
/// properties in file order and the blocks inside it.
public struct ICalComponent: Sendable, Hashable {
    public var name: String
    public var properties: [ICalProperty] = []
    public var components: [ICalComponent] = []

    public func first(_ name: String) -> ICalProperty? { properties.first { $0.name == name } }
    public func all(_ name: String) -> [ICalProperty] { properties.filter { $0.name == name } }
    public func children(_ name: String) -> [ICalComponent] { components.filter { $0.name == name } }
}

/// Reads RFC 5545 text into components: lines unfolded (CRLF or a bare LF, then a space or a
/// tab, as Google, Outlook and Apple write them), parameters split outside quotes. Lenient as
/// calendar apps are: a line that is not a property is skipped, an unclosed block is closed at
/// the end of the file.
public enum ICalendarParser {
    public static func parse(_ text: String) -> [ICalComponent] {
        var stack: [ICalComponent] = []
        var roots: [ICalComponent] = []
        for line in unfoldedLines(text) {
            guard let property = property(line) else { continue }
            switch property.name {
            case "BEGIN":
                stack.append(ICalComponent(name: property.value.uppercased()))
            case "END":
                // Close up to the matching block; a stray END is ignored.
                guard let index = stack.lastIndex(where: { $0.name == property.value.uppercased() }) else { continue }
                while stack.count > index { close(&stack, &roots) }
            default:
                if !stack.isEmpty { stack[stack.count - 1].properties.append(property) }
            }
        }
        while !stack.isEmpty { close(&stack, &roots) }
        return roots
    }

    private static func close(_ stack: inout [ICalComponent], _ roots: inout [ICalComponent]) {
        guard let done = stack.popLast() else { return }
        if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].components.append(done) }
    }

    static func unfoldedLines(_ text: String) -> [String] {
        var lines: [String] = []
        for physical in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if let first = physical.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += physical.dropFirst()
            } else {
                lines.append(String(physical))
            }
        }
        return lines
    }

    /// `NAME;P1=a;P2="b:c":value`. Nil when there is no colon.
    static func property(_ line: String) -> ICalProperty? {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var valueStart: String.Index?
        for index in line.indices {
            let character = line[index]
            if character == "\"" {
                quoted.toggle()
            } else if !quoted, character == ";" {
                pieces.append(current)
                current = ""
                continue
            } else if !quoted, character == ":" {
                valueStart = line.index(after: index)
                break
            }
            current.append(character)
        }
        guard let valueStart else { return nil }
        pieces.append(current)
        let name = pieces[0].trimmingCharacters(in: .whitespaces).uppercased()
        guard !name.isEmpty else { return nil }
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            let parts = piece.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            parameters[parts[0].uppercased()] = parts[1].replacingOccurrences(of: "\"", with: "")
        }
        return ICalProperty(name: name, parameters: parameters, value: String(line[valueStart...]))
    }

    /// A TEXT value with its escapes undone (`\n`, `\,`, `\;`, `\\`).
    public static func text(_ value: String) -> String {
        var output = ""
        var escaping = false
        for character in value {
            if escaping {
                output.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}
