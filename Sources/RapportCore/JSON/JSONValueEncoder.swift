import Foundation

/// Encodes `Encodable` values to `JSONValue` (then `JSONWriter` turns that into bytes).
///
/// - Integers are stored exactly as `.integer`. `UInt`/`UInt64` above `Int64.max` throw:
///   they would silently lose digits as doubles.
/// - NaN and infinity throw `EncodingError.invalidValue` (JSON cannot hold them).
/// - `Float` goes through its shortest decimal form, so `Float(0.1)` is written as `0.1`.
/// - `nil` optionals are omitted (synthesized `encodeIfPresent`), keeping files small and diffs quiet.
/// - A value that encodes nothing becomes `{}`.
public struct JSONValueEncoder: Sendable {
    public enum DateEncodingStrategy: Sendable {
        /// `"2026-11-22T09:30:00Z"`, UTC, millisecond precision (see `JSONDateFormat`).
        case iso8601
        /// Seconds since 1970 as a number.
        case secondsSince1970
        /// Whatever `Date.encode(to:)` does (a Double of seconds since 2001).
        case deferredToDate
    }

    public enum DataEncodingStrategy: Sendable {
        case base64
        case deferredToData
    }

    public var dateEncodingStrategy: DateEncodingStrategy = .iso8601
    public var dataEncodingStrategy: DataEncodingStrategy = .base64
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let encoder = JSONValueEncoderImplementation(options: options, pathNode: .root)
        return try encoder.box(value, at: .root).resolved()
    }

    /// Encodes and writes in one step: the bytes of a pretty-printed, deterministic file.
    public func encodeToBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        try JSONWriter.write(encode(value))
    }

    private var options: EncodingOptions {
        EncodingOptions(dates: dateEncodingStrategy, data: dataEncodingStrategy,
                        userInfo: userInfo.mapValues { $0 as Any })
    }
}

struct EncodingOptions {
    let dates: JSONValueEncoder.DateEncodingStrategy
    let data: JSONValueEncoder.DataEncodingStrategy
    let userInfo: [CodingUserInfoKey: Any]
}
