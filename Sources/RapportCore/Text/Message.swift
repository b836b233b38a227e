import Foundation

/// A sentence a person reads, named by a stable catalogue key. `english` is the source text;
/// other languages are looked up by `key` in the `Catalogue`, so views and commands never hold
/// display text of their own.
///
/// Placeholders are written `{name}` and filled by name, so a translation may reorder them.
/// A message with a `plural` form picks it by the integer argument named `count`, with the
/// language's plural rule.
public struct Message: Sendable, Hashable {
    public let key: String
    public let english: String
    public let englishPlural: String?

    public init(_ key: String, _ english: String, plural: String? = nil) {
        self.key = key
        self.english = english
        self.englishPlural = plural
    }

    /// The text in the current language with its placeholders filled.
    public func text(_ arguments: [String: any CustomStringConvertible] = [:]) -> String {
        Catalogue.shared.text(for: self, arguments: arguments)
    }

    /// The text with no placeholders, for labels and titles.
    public var text: String { text([:]) }
}

extension Message: CustomStringConvertible {
    public var description: String { text }
}
