/// An array index in a coding path. One word, so it fits an existential's inline buffer
/// (no allocation per element); the string form is only computed when asked for.
struct JSONIndexKey: CodingKey, Sendable {
    let index: Int

    init(_ index: Int) { self.index = index }
    init(intValue: Int) { self.index = intValue }
    init?(stringValue: String) {
        guard let index = Int(stringValue) else { return nil }
        self.index = index
    }

    var intValue: Int? { index }
    var stringValue: String { String(index) }
}

/// The "super" key of `superEncoder()` / `superDecoder()`.
struct JSONCodingKey: CodingKey, Sendable {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    static let superKey = JSONCodingKey(stringValue: "super")
}

/// A coding path built by linking, not by copying arrays: decoding pushes one component per
/// nested value, and the `[CodingKey]` array is only materialized when someone asks (errors,
/// or a type that reads `codingPath`).
indirect enum CodingPathNode {
    case root
    case component(any CodingKey, parent: CodingPathNode)

    var path: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = self
        while case .component(let key, let parent) = node {
            keys.append(key)
            node = parent
        }
        return keys.reversed()
    }

    func appending(_ key: any CodingKey) -> CodingPathNode {
        .component(key, parent: self)
    }

    func path(appending key: (any CodingKey)?) -> [any CodingKey] {
        guard let key else { return path }
        return path + [key]
    }
}
