import Foundation

/// A problem with one row (or the file), as `FILE:LINE: what`, the format editors jump to.
public struct ImportIssue: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The line the CSV record starts on (1 is the header); for vCards the BEGIN:VCARD line.
    public var line: Int
    public var message: String

    /// Values a message quotes from the file are cut there (`MessageValue.shortened`): a 20 MB
    /// cell gives a short message wherever the message was written.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = MessageValue.shortened(message)
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// What an import did (or, in a dry run, would do) to one record.
public struct ImportChange: Sendable, Hashable {
    public enum Action: String, Sendable, CaseIterable {
        case created, updated, unchanged
    }

    public var action: Action
    /// The first line that touched the record.
    public var line: Int
    public var recordID: String
    /// "contact con-000012 Giulia Rossi <giulia@rossi.it>".
    public var summary: String
}

/// The outcome of reading a file against a book: the book as it would be after the import,
/// and every change and problem, so a dry run and a real run print the same thing.
public struct ImportResult: Sendable {
    /// The book with every valid row applied. The caller saves it only when `canApply`.
    public var book: Book
    public var changes: [ImportChange]
    /// Rows that were left out, each with its reason.
    public var invalid: [ImportIssue]
    /// Things worth knowing that did not stop anything (ignored columns, vCard lines skipped).
    public var warnings: [ImportIssue]
    public var rowsRead: Int
    public var skipInvalid: Bool

    public func changes(_ action: ImportChange.Action) -> [ImportChange] { changes.filter { $0.action == action } }

    /// False when a row is invalid and the user did not ask to skip such rows: then nothing is imported.
    public var canApply: Bool { invalid.isEmpty || skipInvalid }

    public var changesBook: Bool { changes.contains { $0.action != .unchanged } }
}

/// An import that cannot start: an unreadable file, no header, a required column missing.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public var issues: [ImportIssue]
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// Collects changes per record so a record touched by several rows is listed once, with the
/// strongest action: created beats updated beats unchanged.
struct ImportLedger {
    private var entries: [String: ImportChange] = [:]
    private var order: [String] = []

    mutating func record(_ action: ImportChange.Action, id: String, line: Int, summary: String) {
        if var existing = entries[id] {
            if rank(action) > rank(existing.action) { existing.action = action }
            existing.summary = summary
            entries[id] = existing
        } else {
            entries[id] = ImportChange(action: action, line: line, recordID: id, summary: summary)
            order.append(id)
        }
    }

    var changes: [ImportChange] { order.compactMap { entries[$0] } }

    private func rank(_ action: ImportChange.Action) -> Int {
        switch action {
        case .unchanged: return 0
        case .updated: return 1
        case .created: return 2
        }
    }
}
