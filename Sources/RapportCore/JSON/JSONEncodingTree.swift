/// Containers are references because a nested container keeps being filled after the parent
/// stored it; `resolved()` turns the finished tree into a `JSONValue`. Members are appended to an
/// array (cheap) and hashed into a dictionary once, at its final size, when resolving.
final class EncodingObject {
    @exclusivity(unchecked) var members: [Member] = []

    struct Member {
        let key: String
        var node: EncodingNode
    }

    @inline(__always)
    func set(_ node: EncodingNode, forKey key: String) {
        members.append(Member(key: key, node: node))
    }

    /// The node stored under `key` (the last one if a model encoded a key twice).
    func node(forKey key: String) -> EncodingNode? {
        members.last { $0.key == key }?.node
    }
}

final class EncodingArray {
    @exclusivity(unchecked) var elements: [EncodingNode] = []
}

enum EncodingNode {
    case value(JSONValue)
    case object(EncodingObject)
    case array(EncodingArray)
    /// A `superEncoder`: whatever it ends up holding.
    case encoder(JSONValueEncoderImplementation)

    func resolved() -> JSONValue {
        switch self {
        case .value(let value):
            return value
        case .object(let object):
            var members = JSONObject(minimumCapacity: object.members.count)
            for member in object.members {
                members[member.key] = member.node.resolved()  // a key encoded twice: the last wins
            }
            return .object(members)
        case .array(let array):
            return .array(array.elements.map { $0.resolved() })
        case .encoder(let encoder):
            return encoder.result?.resolved() ?? .object([:])
        }
    }
}
