import Foundation
import RapportCore
import RapportCanvas
import RapportUI

/// How the interface ended when the book had changes that could not be saved, and what the
/// user is told after the terminal is restored. The exit status is not 0 unless the book holds
/// every change, so a script notices.
enum UnsavedQuitOutcome: Equatable {
    /// The retried save worked: nothing is lost.
    case saved
    /// The book as the screen showed it was written to this folder (a whole book).
    case copied(path: String)
    case copyFailed(reason: String)
    case discarded

    /// Changes are not in the book, but in a recovery copy.
    static let copiedStatus: Int32 = 3
    /// Changes are gone.
    static let lostStatus: Int32 = 4

    var exitStatus: Int32 {
        switch self {
        case .saved: return 0
        case .copied: return Self.copiedStatus
        case .copyFailed, .discarded: return Self.lostStatus
        }
    }

    /// Writes the book as it is on screen to `<state dir>/recovery/<book>-<time>`, else beside
    /// the book (the state directory may be on the disk that is full; the book's may not).
    static func keepCopy(of state: AppState) -> UnsavedQuitOutcome {
        let environment = ProcessInfo.processInfo.environment
        let name = "\(state.bookName)-\(CrashReports.timestamp(Date()))"
        let bookParent = (state.bookPath as NSString).deletingLastPathComponent
        let candidates = [DataDirectory.join(DataDirectory.join(StateDirectory.resolve(environment: environment), "recovery"), name),
                          DataDirectory.join(bookParent.isEmpty ? "." : bookParent, ".\(name).recovery")]
        var reasons: [String] = []
        for path in candidates {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
                try BookStore.write(state.book, to: path)
                return .copied(path: path)
            } catch {
                reasons.append("\(path): \(error)")
            }
        }
        return .copyFailed(reason: reasons.joined(separator: "; "))
    }

    /// What to print once the terminal is restored.
    func report() {
        switch self {
        case .saved: break
        case .copied(let path): Output.error(Messages.recoveryCopyWritten.text(["path": path]))
        case .copyFailed(let reason):
            Output.error(Messages.recoveryCopyFailed.text(["reason": reason]))
            Output.error(Messages.changesDiscarded.text)
        case .discarded: Output.error(Messages.changesDiscarded.text)
        }
    }
}
