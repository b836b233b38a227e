/// Turns one collection into its file's bytes and back. A file is one JSON object:
/// `{"schema": 1, "contacts": [ … records in id order … ]}` (settings: `"settings": { … }`).
enum CollectionCoding {
    static let schemaKey = "schema"

    // MARK: Writing

    static func encode<R: Record>(_ table: RecordTable<R>, as collection: BookCollection) throws(StoreError) -> [UInt8] {
        let encoder = JSONValueEncoder()
        var records: [JSONValue] = []
        records.reserveCapacity(table.count)
        do {
            for record in table.sortedByID { records.append(try encoder.encode(record)) }
        } catch {
            throw .io(path: collection.fileName, operation: "encode", reason: String(describing: error))
        }
        return try document(collection, payload: .array(records))
    }

    static func encodeSettings(_ settings: Settings) throws(StoreError) -> [UInt8] {
        do {
            return try document(.settings, payload: try JSONValueEncoder().encode(settings))
        } catch let error as StoreError {
            throw error
        } catch {
            throw .io(path: BookCollection.settings.fileName, operation: "encode", reason: String(describing: error))
        }
    }

    private static func document(_ collection: BookCollection, payload: JSONValue) throws(StoreError) -> [UInt8] {
        let object: JSONObject = [schemaKey: .integer(Int64(collection.schemaVersion)), collection.rawValue: payload]
        do {
            return try JSONWriter.write(.object(object))
        } catch {
            throw .io(path: collection.fileName, operation: "encode", reason: error.description)
        }
    }

    // MARK: Fast paths for the large collections

    /// Through `FastRecordCoding` (byte for byte the same file); the `Codable` path when it cannot.
    static func encode<R: Record & FastRecordCoding>(_ table: RecordTable<R>, as collection: BookCollection) throws(StoreError) -> [UInt8] {
        if let bytes = FastCollectionCoding.encode(table, as: collection) { return bytes }
        return try encodeWithCodable(table, as: collection)
    }

    static func encodeWithCodable<R: Record>(_ table: RecordTable<R>, as collection: BookCollection) throws(StoreError) -> [UInt8] {
        try encode(table, as: collection)
    }

    /// A collection file as a table. The fast path reads the records straight from the bytes; for
    /// anything it does not handle (including every error) the full parser and decoder run.
    static func decodeTable<R: Record & FastRecordCoding>(_ type: R.Type, from bytes: [UInt8], collection: BookCollection,
                                                           path: String) throws(StoreError) -> RecordTable<R> {
        if let table = FastCollectionCoding.decode(type, from: bytes, collection: collection) { return table }
        return RecordTable(try decode(type, from: bytes, collection: collection, path: path))
    }

    static func decodeTable<R: Record>(_ type: R.Type, from bytes: [UInt8], collection: BookCollection,
                                       path: String) throws(StoreError) -> RecordTable<R> {
        RecordTable(try decode(type, from: bytes, collection: collection, path: path))
    }

    // MARK: Reading

    /// The records of a collection file. `path` is only for messages.
    static func decode<R: Record>(_ type: R.Type, from bytes: [UInt8], collection: BookCollection, path: String) throws(StoreError) -> [R] {
        let payload = try payloadValue(bytes, collection: collection, path: path)
        guard case .array(let items) = payload else {
            throw corrupt(path, bytes, codingPath: [collection.rawValue], "expected an array of records for \"\(collection.rawValue)\", found \(payload.kindDescription)")
        }
        let decoder = JSONValueDecoder()
        var records: [R] = []
        records.reserveCapacity(items.count)
        var seen: Set<R.ID> = []
        seen.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let record: R
            do {
                record = try decoder.decode(R.self, from: item)
            } catch let error as DecodingError {
                throw corrupt(path, bytes, decodingError: error, prefix: [collection.rawValue, String(index)])
            } catch {
                throw corrupt(path, bytes, codingPath: [collection.rawValue, String(index)], String(describing: error))
            }
            guard seen.insert(record.id).inserted else {
                throw corrupt(path, bytes, codingPath: [collection.rawValue, String(index), "id"],
                              "duplicate id \"\(record.id)\": every record needs its own id")
            }
            records.append(record)
        }
        return records
    }

    static func decodeSettings(from bytes: [UInt8], path: String) throws(StoreError) -> Settings {
        let payload = try payloadValue(bytes, collection: .settings, path: path)
        do {
            return try JSONValueDecoder().decode(Settings.self, from: SettingsUpgrade.upgrade(payload))
        } catch let error as DecodingError {
            throw corrupt(path, bytes, decodingError: error, prefix: ["settings"])
        } catch {
            throw corrupt(path, bytes, codingPath: ["settings"], String(describing: error))
        }
    }

    /// Parses the file, checks its schema version and returns the value under the collection's key.
    private static func payloadValue(_ bytes: [UInt8], collection: BookCollection, path: String) throws(StoreError) -> JSONValue {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .corrupt(file: path, line: error.line, column: error.column, message: error.message)
        }
        guard case .object(let object) = root else {
            throw .corrupt(file: path, line: 1, column: 1, message: "expected an object with \"schema\" and \"\(collection.rawValue)\", found \(root.kindDescription)")
        }
        guard let schema = object[schemaKey] else {
            throw .corrupt(file: path, line: 1, column: 1, message: "missing the \"schema\" version number")
        }
        guard case .integer(let version) = schema, version >= 1 else {
            throw corrupt(path, bytes, codingPath: [schemaKey], "expected a positive whole number for \"schema\", found \(schema.kindDescription)")
        }
        guard version <= collection.schemaVersion else {
            throw .newerSchema(file: path, found: Int(version), supported: collection.schemaVersion)
        }
        guard let payload = object[collection.rawValue] else {
            throw .corrupt(file: path, line: 1, column: 1, message: "missing \"\(collection.rawValue)\"")
        }
        return payload
    }

    // MARK: Errors with positions

    /// A record's key in the file: the collection's array, then the record's index.
    private struct PathKey: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(_ name: String) { stringValue = name; intValue = nil }
        init(_ index: Int) { stringValue = String(index); intValue = index }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { self.init(intValue) }
    }

    private static func keys(_ path: [String]) -> [any CodingKey] {
        path.map { Int($0).map(PathKey.init) ?? PathKey($0) }
    }

    private static func corrupt(_ path: String, _ bytes: [UInt8], codingPath: [String], _ message: String) -> StoreError {
        let position = JSONLocator.position(of: keys(codingPath), in: bytes)
        return .corrupt(file: path, line: position?.line ?? 1, column: position?.column ?? 1, message: message)
    }

    /// Re-roots the error of one record at its place in the file, then lets the locator say where
    /// it is and what was expected.
    private static func corrupt(_ path: String, _ bytes: [UInt8], decodingError: DecodingError, prefix: [String]) -> StoreError {
        let rooted = prefixing(decodingError, with: keys(prefix))
        let text = JSONLocator.describe(rooted, in: bytes)
        // "LINE:COLUMN: message" when the locator found the place.
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        if parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]) {
            return .corrupt(file: path, line: line, column: column, message: parts[2].trimmingWhitespace())
        }
        let position = JSONLocator.position(of: keys(prefix), in: bytes)
        return .corrupt(file: path, line: position?.line ?? 1, column: position?.column ?? 1, message: text)
    }

    private static func prefixing(_ error: DecodingError, with prefix: [any CodingKey]) -> DecodingError {
        func rebase(_ context: DecodingError.Context) -> DecodingError.Context {
            DecodingError.Context(codingPath: prefix + context.codingPath, debugDescription: context.debugDescription,
                                  underlyingError: context.underlyingError)
        }
        switch error {
        case .typeMismatch(let type, let context): return .typeMismatch(type, rebase(context))
        case .valueNotFound(let type, let context): return .valueNotFound(type, rebase(context))
        case .keyNotFound(let key, let context): return .keyNotFound(key, rebase(context))
        case .dataCorrupted(let context): return .dataCorrupted(rebase(context))
        @unknown default: return error
        }
    }
}
