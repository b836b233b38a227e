import Foundation
import RapportCanvas

/// A short message in the status bar ("Saved", "Nothing to undo", an error), shown until it
/// expires or the next one replaces it.
public struct StatusMessage: Hashable, Sendable {
    public enum Severity: Hashable, Sendable { case info, success, warning, error }

    public var text: String
    public var severity: Severity
    public var expiresAt: Date

    public init(_ text: String, severity: Severity = .info, expiresAt: Date) {
        self.text = text
        self.severity = severity
        self.expiresAt = expiresAt
    }
}

/// Whether what the user sees is on disk.
public enum SaveStatus: Hashable, Sendable {
    case saved
    case unsaved
    case readOnly
    case failed(String)
}
