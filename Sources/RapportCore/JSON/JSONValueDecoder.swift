import Foundation

/// Decodes `Decodable` values from a `JSONValue`.
///
/// Errors are `DecodingError`s carrying the full coding path; `JSONLocator.describe` turns them
/// into "line:column: expected a string for "contacts[3].email", found a number".
///
/// - Integers are range-checked (`300` into `Int8` is `dataCorrupted`); a double with an exact
///   integral value (`2.0`) is accepted for an integer type.
/// - A missing key and `null` both decode as `nil` through `decodeIfPresent`; for a non-optional
///   they are `keyNotFound` / `valueNotFound`.
/// - Dates per `dateDecodingStrategy` (ISO-8601 by default), `Data` as base64 by default.
///
/// Speed: one decoder object is reused for the whole tree (values are pushed and popped rather
/// than allocating a decoder per nested value), and the coding path is a linked list that is
/// only turned into an array when an error or the decoded type asks for it.
public struct JSONValueDecoder: Sendable {
    public enum DateDecodingStrategy: Sendable {
        /// `"2026-11-22T09:30:00Z"`, fraction and `±hh:mm` offsets accepted (see `JSONDateFormat`).
        case iso8601
        case secondsSince1970
        case deferredToDate
    }

    public enum DataDecodingStrategy: Sendable {
        case base64
        case deferredToData
    }

    public var dateDecodingStrategy: DateDecodingStrategy = .iso8601
    public var dataDecodingStrategy: DataDecodingStrategy = .base64
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        let decoder = JSONValueDecoderImplementation(value: value, options: DecodingOptions(
            dates: dateDecodingStrategy, data: dataDecodingStrategy, userInfo: userInfo.mapValues { $0 as Any }))
        return try decoder.unbox(value, as: T.self, at: .root)
    }

    /// Parses and decodes. Throws `JSONSyntaxError` for malformed text, else `DecodingError`.
    public func decode<T: Decodable>(_ type: T.Type, fromJSON bytes: [UInt8]) throws -> T {
        try decode(type, from: JSONParser.parse(bytes))
    }

    /// Parses and decodes. Throws `JSONSyntaxError` for malformed text, else `DecodingError`.
    public func decode<T: Decodable>(_ type: T.Type, fromJSON data: Data) throws -> T {
        try decode(type, from: JSONParser.parse(data))
    }
}

struct DecodingOptions {
    let dates: JSONValueDecoder.DateDecodingStrategy
    let data: JSONValueDecoder.DataDecodingStrategy
    let userInfo: [CodingUserInfoKey: Any]
}
