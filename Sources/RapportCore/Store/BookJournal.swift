import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `journal.jsonl`: the edits saved since the collection files were last written, one line per
/// save (see docs/DATA.md). Saving one edit appends one short line and flushes it, instead of
/// rewriting a collection file of tens of megabytes; the journal is folded into the files
/// (compacted) when the book is closed or the journal grows large.
///
/// Every change holds a whole record (or the id of a removed one), so replaying a line is
/// idempotent: replaying the journal over files that already contain its edits changes nothing.
/// That is what makes compaction crash-safe: collection files are replaced atomically first, the
/// journal is removed after; a crash in between only replays edits that are already there. A
/// background compaction (`BookStore.compactInBackground`) drops only the lines it folded and
/// keeps the ones appended meanwhile (`Appender.dropPrefix`).
enum BookJournal {
    static let fileName = "journal.jsonl"
    static let schemaVersion = 1

    static func path(in directory: String) -> String { DataDirectory.join(directory, fileName) }

    /// The journal's length on disk (0 when absent): a poll for lines appended by others.
    static func fileSize(in directory: String) -> Int {
        var info = stat()
        return lstat(path(in: directory), &info) == 0 ? Int(info.st_size) : 0
    }

    /// One change of one save: a record written whole, or an id removed.
    struct Change {
        let collection: BookCollection
        /// The record as one line of JSON, or nil for a removal.
        let record: [UInt8]?
        let removedID: String?
    }

    // MARK: Writing

    /// `{"changes":[{"collection":"opportunities","record":{…}},{"collection":"activities","remove":"act-000003"}],"schema":1}`
    static func line(_ changes: [Change]) -> [UInt8] {
        var line: [UInt8] = Array(#"{"changes":["#.utf8)
        for (index, change) in changes.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            var writer = JSONRecordWriter(pretty: false)
            var object = writer.beginObject()
            writer.key("collection", in: &object)
            writer.string(change.collection.rawValue)
            if let record = change.record {
                writer.key("record", in: &object)
                writer.output.bytes.append(contentsOf: record)
            } else {
                writer.key("remove", in: &object)
                writer.string(change.removedID ?? "")
            }
            writer.endObject(object)
            line += writer.output.bytes
        }
        line += Array(#"],"schema":\#(schemaVersion)}"#.utf8)
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// One record as a line of JSON: straight from bytes for the large collections, through
    /// `Codable` for the others.
    static func recordBytes<R: Record>(_ record: R) -> [UInt8]? {
        var writer = JSONRecordWriter(pretty: false)
        if let fast = record as? any FastRecordCoding {
            fast.write(to: &writer)
        } else {
            guard let value = try? JSONValueEncoder().encode(record) else { return nil }
            writer.value(value)
        }
        return writer.failed ? nil : writer.output.bytes
    }

    /// The journal open for appending, under the book's lock.
    final class Appender {
        let path: String
        private var descriptor: Int32 = -1
        /// Bytes in the journal (complete lines).
        private(set) var size = 0
        /// Collections with changes in the journal: what a compaction rewrites.
        private(set) var collections: Set<BookCollection> = []
        /// Where each save ends in the file and what it touched (the journal adopted at open is
        /// one entry), so dropping a prefix knows what the remaining lines touch without
        /// parsing them.
        private var saves: [(end: Int, collections: Set<BookCollection>)] = []

        init(directory: String) {
            path = BookJournal.path(in: directory)
        }

        deinit { closeFile() }

        var isEmpty: Bool { size == 0 }

        /// Takes over a journal left by the last session (a crash, or a close that could not
        /// compact): drops a torn last line, so the next append starts on a line of its own.
        func adopt(_ existing: Contents) throws(StoreError) {
            collections = existing.collections
            size = existing.completeLength
            saves = size > 0 ? [(size, collections)] : []
            guard existing.totalLength > existing.completeLength else { return }
            let fd = try FileSystem.openForWriting(path, O_WRONLY, operation: "drop the torn last line")
            defer { close(fd) }
            guard ftruncate(fd, off_t(existing.completeLength)) == 0 else {
                throw .io(path: path, operation: "drop the torn last line", reason: FileSystem.errorText())
            }
        }

        /// Appends one save and flushes it to disk before returning.
        func append(_ line: [UInt8], collections changed: Set<BookCollection>) throws(StoreError) {
            var created = false
            if descriptor < 0 {
                created = !FileSystem.exists(path)
                descriptor = try FileSystem.openForWriting(path, O_WRONLY | O_APPEND | O_CREAT, operation: "open the journal")
            }
            if let failure = FileSystem.writeAll(line, to: descriptor) {
                // A partial line is a torn line: cut it so the journal stays whole lines.
                _ = ftruncate(descriptor, off_t(size))
                throw .io(path: path, operation: "append to the journal", reason: failure)
            }
            guard fsync(descriptor) == 0 else {
                throw .io(path: path, operation: "flush the journal", reason: FileSystem.errorText())
            }
            if created { try FileSystem.syncDirectory(FileSystem.parentDirectory(of: path)) }
            size += line.count
            collections.formUnion(changed)
            saves.append((size, changed))
        }

        /// After its changes are in the collection files: the journal goes (and the removal is
        /// made durable, so a crash cannot bring it back over files edited later).
        func remove() throws(StoreError) {
            closeFile()
            if unlink(path) != 0, errno != ENOENT {
                throw .io(path: path, operation: "remove the compacted journal", reason: FileSystem.errorText())
            }
            // It is gone: the next append starts a new file, whether or not the flush below works.
            size = 0
            collections = []
            saves = []
            try FileSystem.syncDirectory(FileSystem.parentDirectory(of: path))
        }

        /// After a background compaction wrote the collection files as they were when the journal
        /// was `folded` bytes long: drops those bytes. With nothing appended since, the journal
        /// goes; otherwise it is replaced, atomically (temporary file, fsync, rename, directory
        /// fsync), by the lines appended after, and `collections` becomes what those touch. On
        /// failure nothing changed: the whole journal stays, and replaying it is still right.
        func dropPrefix(_ folded: Int) throws(StoreError) {
            guard folded > 0 else { return }
            guard let bytes = try FileSystem.read(path), bytes.count >= size else {
                throw .io(path: path, operation: "keep the lines saved during the compaction", reason: "the journal is shorter than what was appended")
            }
            // Every complete line after the folded ones is kept: this program's, and those
            // another program appended that this one has not read yet (under the write lock, so
            // none is being appended now; a torn tail is a crashed writer's and goes).
            let end = (bytes.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
            guard end > folded else { return try remove() }
            // The descriptor would go on writing to the replaced file: the next append opens
            // whichever file the path names.
            closeFile()
            try FileSystem.replace(path, with: Array(bytes[folded..<end]))
            size -= folded
            saves = saves.filter { $0.end > folded }.map { ($0.end - folded, $0.collections) }
            collections = saves.reduce(into: []) { $0.formUnion($1.collections) }
            try FileSystem.syncDirectory(FileSystem.parentDirectory(of: path))
        }

        /// Lines another program appended (after `size`), now read and replayed by this one.
        func noteAppendedElsewhere(upTo end: Int, collections changed: Set<BookCollection>) {
            guard end > size else { return }
            size = end
            collections.formUnion(changed)
            saves.append((size, changed))
        }

        /// Cuts what follows the last complete line: under the write lock no one is appending,
        /// so it is a save cut by a crash, and the next line must not be glued to it.
        func cutTornTail(at completeLength: Int) throws(StoreError) {
            let fd = try FileSystem.openForWriting(path, O_WRONLY, operation: "drop the torn last line")
            defer { close(fd) }
            guard ftruncate(fd, off_t(completeLength)) == 0 else {
                throw .io(path: path, operation: "drop the torn last line", reason: FileSystem.errorText())
            }
        }

        private func closeFile() {
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }

    // MARK: Reading

    /// What a journal file holds: its saves, in order.
    struct Contents {
        var saves: [(line: Int, changes: [JSONObject])] = []
        var collections: Set<BookCollection> = []
        /// Up to the end of the last complete line; a torn line after it (a save cut by a crash,
        /// or one being appended right now by the program that has the book open) is not read.
        var completeLength = 0
        var totalLength = 0
    }

    /// The saves in the journal; from `offset` (the end of a line already read) for the lines
    /// appended since.
    static func read(directory: String, from offset: Int = 0) throws(StoreError) -> Contents {
        let path = path(in: directory)
        guard let bytes = try FileSystem.read(path) else { return Contents() }
        var contents = Contents()
        contents.totalLength = bytes.count
        var lineStart = min(offset, bytes.count)
        contents.completeLength = lineStart
        var lineNumber = bytes[..<lineStart].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        while let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
            lineNumber += 1
            let line = Array(bytes[lineStart..<newline])
            lineStart = newline + 1
            contents.completeLength = lineStart
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let changes = try parse(line, lineNumber: lineNumber, path: path)
            for change in changes {
                if case .string(let name)? = change["collection"], let collection = BookCollection(rawValue: name) {
                    contents.collections.insert(collection)
                }
            }
            contents.saves.append((lineNumber, changes))
        }
        return contents
    }

    private static func parse(_ line: [UInt8], lineNumber: Int, path: String) throws(StoreError) -> [JSONObject] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw .corrupt(file: path, line: lineNumber, column: error.column, message: error.message)
        }
        func corrupt(_ message: String) -> StoreError { .corrupt(file: path, line: lineNumber, column: 1, message: message) }
        guard case .object(let object) = value else { throw corrupt("expected an object with \"changes\" and \"schema\", found \(value.kindDescription)") }
        guard case .integer(let schema)? = object["schema"], schema >= 1 else { throw corrupt("expected a positive whole number for \"schema\"") }
        guard schema <= schemaVersion else { throw .newerSchema(file: path, found: Int(schema), supported: schemaVersion) }
        guard case .array(let items)? = object["changes"] else { throw corrupt("expected an array for \"changes\"") }
        var changes: [JSONObject] = []
        for (index, item) in items.enumerated() {
            guard case .object(let change) = item,
                  case .string(let name)? = change["collection"],
                  let collection = BookCollection(rawValue: name), collection != .settings
            else { throw corrupt("change \(index + 1): expected {\"collection\": a collection's name, \"record\" or \"remove\"}") }
            let hasRecord = change["record"]?.objectValue != nil
            let hasRemoval = change["remove"]?.stringValue.map { !$0.isEmpty } ?? false
            guard hasRecord != hasRemoval else {
                throw corrupt("change \(index + 1) to \(collection.rawValue): expected either a \"record\" object or the id to \"remove\"")
            }
            changes.append(change)
        }
        return changes
    }

    /// Replays the saves over the book read from the collection files.
    static func apply(_ contents: Contents, to book: inout Book, directory: String) throws(StoreError) {
        let path = path(in: directory)
        for save in contents.saves {
            for (index, change) in save.changes.enumerated() {
                func replay<R: Record>(_ table: inout RecordTable<R>) throws(StoreError) {
                    if case .string(let id)? = change["remove"] {
                        table.remove(R.ID(id))
                        return
                    }
                    guard let record = change["record"] else { return }
                    do {
                        table.upsert(try JSONValueDecoder().decode(R.self, from: record))
                    } catch {
                        let reason = JSONLocator.describe(error, in: [])
                        throw .corrupt(file: path, line: save.line, column: 1, message: "change \(index + 1): \(reason)")
                    }
                }
                guard case .string(let name)? = change["collection"], let collection = BookCollection(rawValue: name) else { continue }
                switch collection {
                case .settings: break
                case .contacts: try replay(&book.contacts)
                case .companies: try replay(&book.companies)
                case .opportunities: try replay(&book.opportunities)
                case .activities: try replay(&book.activities)
                case .purchases: try replay(&book.purchases)
                case .surveys: try replay(&book.surveys)
                case .campaigns: try replay(&book.campaigns)
                case .tickets: try replay(&book.tickets)
                case .templates: try replay(&book.templates)
                }
            }
        }
    }
}
