import Foundation
import RapportCore
import XCTest

private struct Address: Codable, Equatable {
    var street: String
    var city: String
    var zip: String?
}

private enum ContactKind: String, Codable, Equatable {
    case person, company
}

private enum Interaction: Codable, Equatable {
    case call(minutes: Int, notes: String?)
    case email(subject: String)
    case meeting(Date, attendees: [String])
    case none
}

private struct Contact: Codable, Equatable {
    var id: Int64
    var name: String
    var kind: ContactKind
    var email: String?
    var balanceMinor: Int64
    var score: Double
    var active: Bool
    var createdAt: Date
    var address: Address
    var tags: [String]
    var history: [Interaction]
    var custom: [String: Int]
    var avatar: Data?
    var website: URL?
}

final class JSONCodableTests: XCTestCase {
    private let encoder = JSONValueEncoder()
    private let decoder = JSONValueDecoder()

    private func sampleContact() -> Contact {
        Contact(
            id: 42, name: "Zoë Müller", kind: .company, email: nil, balanceMinor: -1_234_567, score: 0.1,
            active: true, createdAt: Date(timeIntervalSince1970: 1_795_339_800),
            address: Address(street: "Hauptstraße 1", city: "Berlin", zip: nil),
            tags: ["vip", "berlin"],
            history: [.call(minutes: 5, notes: nil), .email(subject: "Hi"),
                      .meeting(Date(timeIntervalSince1970: 1_795_340_000), attendees: ["a", "b"]), .none],
            custom: ["x": 1, "y": -2], avatar: Data([0, 1, 2, 255]), website: URL(string: "https://example.com/a?b=c"))
    }

    func testRoundTripOfNestedStructsEnumsOptionalsCollectionsAndFoundationTypes() throws {
        let contact = sampleContact()
        let value = try encoder.encode(contact)
        XCTAssertEqual(value["createdAt"], "2026-11-22T09:30:00Z")
        XCTAssertEqual(value["kind"], "company")
        XCTAssertEqual(value["balanceMinor"], .integer(-1_234_567))
        XCTAssertNil(value["email"], "nil optionals are omitted")
        XCTAssertEqual(value["avatar"], "AAEC/w==")
        XCTAssertEqual(value["website"], "https://example.com/a?b=c")
        XCTAssertEqual(value["history"]?[0], ["call": ["minutes": 5]])
        XCTAssertEqual(try decoder.decode(Contact.self, from: value), contact)

        let bytes = try encoder.encodeToBytes(contact)
        XCTAssertEqual(try decoder.decode(Contact.self, fromJSON: bytes), contact)
        XCTAssertEqual(try decoder.decode(Contact.self, fromJSON: Data(bytes)), contact)
        XCTAssertEqual(try encoder.encodeToBytes(try decoder.decode(Contact.self, fromJSON: bytes)), bytes)
    }

    func testNullAndMissingDecodeAsNilForOptionals() throws {
        XCTAssertEqual(try decoder.decode(Address.self, from: ["street": "s", "city": "c", "zip": .null]),
                       Address(street: "s", city: "c", zip: nil))
        XCTAssertEqual(try decoder.decode(Address.self, from: ["street": "s", "city": "c"]),
                       Address(street: "s", city: "c", zip: nil))
        XCTAssertEqual(try decoder.decode([Int?].self, from: [1, .null, 3]), [1, nil, 3])
        XCTAssertEqual(try decoder.decode(Int?.self, from: .null), nil)
    }

    func testInt64ExtremesAndIntegerRangeChecks() throws {
        let extremes: [Int64] = [.min, .max, 0, -1]
        XCTAssertEqual(try encoder.encode(extremes), [.integer(.min), .integer(.max), 0, -1])
        XCTAssertEqual(try decoder.decode([Int64].self, from: try encoder.encode(extremes)), extremes)
        XCTAssertEqual(try decoder.decode(UInt8.self, from: 255), 255)
        XCTAssertEqual(try decoder.decode(Int.self, from: .double(2.0)), 2)
        XCTAssertThrowsError(try decoder.decode(UInt8.self, from: 256)) { error in
            guard case DecodingError.dataCorrupted = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try decoder.decode(Int.self, from: 1.5))
        XCTAssertThrowsError(try decoder.decode(UInt.self, from: -1))
        XCTAssertThrowsError(try encoder.encode(UInt64.max)) { error in
            guard case EncodingError.invalidValue = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try encoder.encode(UInt64(Int64.max)), .integer(.max))
        XCTAssertThrowsError(try encoder.encode([Double.nan]))
        XCTAssertEqual(try encoder.encode(Float(0.1)), .double(0.1))
        XCTAssertEqual(try decoder.decode(Float.self, from: 0.1), Float(0.1))
    }

    func testDatesAsISO8601() throws {
        let date = Date(timeIntervalSince1970: 1_795_339_800)
        XCTAssertEqual(try encoder.encode(date), "2026-11-22T09:30:00Z")
        XCTAssertEqual(try encoder.encode(Date(timeIntervalSince1970: 1_795_339_800.25)), "2026-11-22T09:30:00.250Z")
        XCTAssertEqual(try encoder.encode(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00Z")
        XCTAssertEqual(try encoder.encode(Date(timeIntervalSince1970: -86_400 * 365 - 1)), "1968-12-31T23:59:59Z")
        XCTAssertEqual(try encoder.encode(Date(timeIntervalSince1970: 951_782_400)), "2000-02-29T00:00:00Z")
        XCTAssertEqual(try decoder.decode(Date.self, from: "2026-11-22T09:30:00Z"), date)
        XCTAssertEqual(try decoder.decode(Date.self, from: "2026-11-22T10:30:00+01:00"), date)
        XCTAssertEqual(try decoder.decode(Date.self, from: "2026-11-22T09:30:00.250Z").timeIntervalSince1970, 1_795_339_800.25, accuracy: 1e-6)
        for bad in ["2026-11-22", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-11-22T09:30:00", "2026-11-22T24:00:00Z", "x"] {
            XCTAssertThrowsError(try decoder.decode(Date.self, from: .string(bad)), bad)
        }
        var epochDecoder = JSONValueDecoder()
        epochDecoder.dateDecodingStrategy = .secondsSince1970
        XCTAssertEqual(try epochDecoder.decode(Date.self, from: 1_795_339_800), date)
    }

    func testDatesRoundTripAtMillisecondPrecisionOverAWideRange() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let milliseconds = Int64.random(in: -62_135_596_800_000...253_402_300_799_999, using: &generator)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            let encoded = try encoder.encode(date)
            let decoded = try decoder.decode(Date.self, from: encoded)
            XCTAssertEqual(try encoder.encode(decoded), encoded)
            XCTAssertEqual(decoded.timeIntervalSince1970, date.timeIntervalSince1970, accuracy: 0.0005)
        }
    }

    func testDictionariesWithStringAndIntKeys() throws {
        let byName = ["b": [1, 2], "a": []]
        XCTAssertEqual(try decoder.decode([String: [Int]].self, from: try encoder.encode(byName)), byName)
        let byNumber = [1: "one", 20: "twenty"]
        XCTAssertEqual(try encoder.encode(byNumber), ["1": "one", "20": "twenty"])
        XCTAssertEqual(try decoder.decode([Int: String].self, from: try encoder.encode(byNumber)), byNumber)
    }

    func testErrorsCarryTheFullCodingPath() throws {
        var value = try encoder.encode([sampleContact(), sampleContact()])
        guard case .array(var contacts) = value, case .object(var second) = contacts[1],
              case .object(var address) = second["address"] else { return XCTFail() }
        address["city"] = 7
        second["address"] = .object(address)
        contacts[1] = .object(second)
        value = .array(contacts)
        XCTAssertThrowsError(try decoder.decode([Contact].self, from: value)) { error in
            guard case DecodingError.typeMismatch(let type, let context) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(type == String.self)
            XCTAssertEqual(JSONLocator.pathDescription(context.codingPath), "[1].address.city")
        }
        second.removeValue(forKey: "name")
        XCTAssertThrowsError(try decoder.decode(Contact.self, from: .object(second))) { error in
            guard case DecodingError.keyNotFound(let key, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(key.stringValue, "name")
            XCTAssertTrue(context.codingPath.isEmpty)
        }
        XCTAssertThrowsError(try decoder.decode([String].self, from: ["a", .null])) { error in
            guard case DecodingError.valueNotFound(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(JSONLocator.pathDescription(context.codingPath), "[1]")
        }
        XCTAssertThrowsError(try decoder.decode(Address.self, from: [1])) { error in
            guard case DecodingError.typeMismatch = error else { return XCTFail("\(error)") }
        }
    }

    func testHandWrittenContainersNestedAndSuper() throws {
        XCTAssertEqual(try encoder.encode(Manual(a: 1, b: ["x"], base: 9)),
                       ["a": ["inner": 1], "list": [["b": "x"]], "super": ["base": 9], "single": [[true]]])
        let value = try encoder.encode(Manual(a: 1, b: ["x", "y"], base: 9))
        XCTAssertEqual(try decoder.decode(Manual.self, from: value), Manual(a: 1, b: ["x", "y"], base: 9))
    }

    func testUserInfoAndCodingPathAreVisibleToModels() throws {
        var encoder = JSONValueEncoder()
        encoder.userInfo[PathEcho.flag] = "yes"
        XCTAssertEqual(try encoder.encode(["k": [PathEcho()]]), ["k": ["k/0 yes"]])
        var decoder = JSONValueDecoder()
        decoder.userInfo[PathEcho.flag] = "no"
        XCTAssertEqual(try decoder.decode([String: [PathEcho]].self, from: ["k": ["z"]])["k"]?.first?.seen, "k/0 no")
    }
}

private struct PathEcho: Codable, Equatable {
    static let flag = CodingUserInfoKey(rawValue: "flag")!
    var seen = ""
    init() {}
    init(from decoder: any Decoder) throws {
        seen = decoder.codingPath.map(\.stringValue).joined(separator: "/") + " " + (decoder.userInfo[Self.flag] as? String ?? "")
    }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.codingPath.map(\.stringValue).joined(separator: "/") + " " + (encoder.userInfo[Self.flag] as? String ?? ""))
    }
}

/// Exercises nested keyed/unkeyed containers and superEncoder/superDecoder by hand.
private struct Manual: Codable, Equatable {
    var a: Int
    var b: [String]
    var base: Int

    init(a: Int, b: [String], base: Int) {
        self.a = a
        self.b = b
        self.base = base
    }

    private enum Keys: String, CodingKey { case a, list, single, inner, b, base }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .a)
        try inner.encode(a, forKey: .inner)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        for element in b {
            var item = list.nestedContainer(keyedBy: Keys.self)
            try item.encode(element, forKey: .b)
        }
        var single = container.nestedUnkeyedContainer(forKey: .single)
        var deeper = single.nestedUnkeyedContainer()
        try deeper.encode(true)
        var superContainer = container.superEncoder().container(keyedBy: Keys.self)
        try superContainer.encode(base, forKey: .base)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        a = try container.nestedContainer(keyedBy: Keys.self, forKey: .a).decode(Int.self, forKey: .inner)
        var list = try container.nestedUnkeyedContainer(forKey: .list)
        var elements: [String] = []
        while !list.isAtEnd {
            elements.append(try list.nestedContainer(keyedBy: Keys.self).decode(String.self, forKey: .b))
        }
        b = elements
        var single = try container.nestedUnkeyedContainer(forKey: .single)
        var deeper = try single.nestedUnkeyedContainer()
        XCTAssertEqual(deeper.count, 1)
        XCTAssertTrue(try deeper.decode(Bool.self))
        XCTAssertTrue(deeper.isAtEnd)
        base = try container.superDecoder().container(keyedBy: Keys.self).decode(Int.self, forKey: .base)
    }
}

final class JSONCodableStrategyTests: XCTestCase {
    func testDeferredStrategiesUseTheTypesOwnCoding() throws {
        var encoder = JSONValueEncoder()
        encoder.dateEncodingStrategy = .deferredToDate
        encoder.dataEncodingStrategy = .deferredToData
        let date = Date(timeIntervalSinceReferenceDate: 12.5)
        XCTAssertEqual(try encoder.encode(date), 12.5)
        XCTAssertEqual(try encoder.encode(Data([1, 2])), [1, 2])
        var decoder = JSONValueDecoder()
        decoder.dateDecodingStrategy = .deferredToDate
        decoder.dataDecodingStrategy = .deferredToData
        XCTAssertEqual(try decoder.decode(Date.self, from: 12.5), date)
        XCTAssertEqual(try decoder.decode(Data.self, from: [1, 2]), Data([1, 2]))
        encoder.dateEncodingStrategy = .secondsSince1970
        XCTAssertEqual(try encoder.encode(Date(timeIntervalSince1970: 60)), 60.0)
    }

    func testInvalidBase64AndWrongTypesAreErrorsNotNil() throws {
        XCTAssertThrowsError(try JSONValueDecoder().decode(Data.self, from: "not base64!")) { error in
            guard case DecodingError.dataCorrupted = error else { return XCTFail("\(error)") }
        }
        struct Optionals: Decodable { var count: Int?; var name: String?; var nested: [Int]? }
        XCTAssertThrowsError(try JSONValueDecoder().decode(Optionals.self, from: ["count": "3"]))
        XCTAssertThrowsError(try JSONValueDecoder().decode(Optionals.self, from: ["name": 3]))
        XCTAssertThrowsError(try JSONValueDecoder().decode(Optionals.self, from: ["nested": ["x"]])) { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(JSONLocator.pathDescription(context.codingPath), "nested[0]")
        }
        let empty = try JSONValueDecoder().decode(Optionals.self, from: ["count": .null])
        XCTAssertNil(empty.count)
    }

    func testSyntaxErrorsPassThroughDecodeFromBytes() {
        XCTAssertThrowsError(try JSONValueDecoder().decode([Int].self, fromJSON: Array("[1,".utf8))) { error in
            XCTAssertTrue(error is JSONSyntaxError)
        }
    }
}
