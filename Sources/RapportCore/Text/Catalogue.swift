import Foundation
import Synchronization

/// The one place display text comes from. Holds the language in use and, per language, the
/// translations by message key. English is the messages' own text; a key missing from another
/// language's table falls back to English, so a partly translated catalogue still reads.
///
/// Stored data and `--json` output never go through here: only what a person reads does.
public final class Catalogue: Sendable {
    public struct Translation: Sendable {
        public var one: String
        public var other: String?
        public init(_ one: String, plural other: String? = nil) {
            self.one = one
            self.other = other
        }
    }

    public static let shared = Catalogue()

    private struct State {
        var language: Language = .english
        var tables: [Language: [String: Translation]] = [:]
    }
    private let state = Mutex(State())

    public init() {}

    public var language: Language {
        get { state.withLock { $0.language } }
        set { state.withLock { $0.language = newValue } }
    }

    /// Adds (or replaces) a language's translations.
    public func register(_ language: Language, _ table: [String: Translation]) {
        state.withLock { $0.tables[language, default: [:]].merge(table) { _, new in new } }
    }

    public func text(for message: Message, arguments: [String: any CustomStringConvertible]) -> String {
        let (language, translation) = state.withLock { ($0.language, $0.tables[$0.language]?[message.key]) }
        let one = translation?.one ?? message.english
        let other = translation == nil ? message.englishPlural : translation?.other
        var template = one
        if let other, let count = arguments["count"].flatMap(Catalogue.integer) {
            template = language.usesSingular(for: count) ? one : other
        }
        return Catalogue.fill(template, arguments)
    }

    private static func integer(_ value: any CustomStringConvertible) -> Int? {
        if let int = value as? Int { return int }
        return Int(value.description)
    }

    /// Replaces each `{name}` with its argument; an unknown placeholder is left as written so a
    /// missing argument shows in tests instead of vanishing.
    static func fill(_ template: String, _ arguments: [String: any CustomStringConvertible]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = String(rest[afterOpen..<close])
            if let value = arguments[name] {
                result += value.description
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}

/// A language Rapport speaks. Only English has text today; the others are named so settings and
/// `--lang` have something to hold.
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case italian = "it"
    case french = "fr"

    /// English and Italian use the singular for 1 only; French for 0 and 1 (CLDR).
    func usesSingular(for count: Int) -> Bool {
        switch self {
        case .english, .italian: return count == 1
        case .french: return count == 0 || count == 1
        }
    }
}
