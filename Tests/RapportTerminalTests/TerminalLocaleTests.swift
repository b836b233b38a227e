#if canImport(Glibc)
import Glibc
#endif
import XCTest
import RapportCanvas
@testable import RapportTerminal

/// The interface writes UTF-8 (names like "Léa", borders, €), so the terminal must decode it
/// even when LANG names a locale the system lacks or is not set at all.
final class TerminalLocaleTests: XCTestCase {
    private func currentCodeset() -> String {
        nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
    }

    @MainActor
    func testStartKeepsUTF8WhenLANGNamesAMissingLocale() async throws {
        let terminal: PseudoTerminal
        do { terminal = try PseudoTerminal(width: 40, height: 10) } catch { throw XCTSkip("no pseudo-terminal: \(error)") }
        let saved: [(String, String?)] = ["LANG", "LC_ALL", "LC_CTYPE"].map { name in (name, getenv(name).map { String(cString: $0) }) }
        let savedCtype = String(cString: setlocale(LC_CTYPE, nil))
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
            setlocale(LC_ALL, "")
            setlocale(LC_CTYPE, savedCtype)
        }
        for missing in ["xx_XX.UTF-8", "POSIX"] {
            unsetenv("LC_ALL")
            unsetenv("LC_CTYPE")
            setenv("LANG", missing, 1)
            let backend = TerminalBackend(input: terminal.input, output: terminal.output, terminalType: "xterm-256color",
                                          environment: [:])
            try backend.start()
            let codeset = currentCodeset()
            backend.stop()
            XCTAssertEqual(codeset.uppercased().replacingOccurrences(of: "-", with: ""), "UTF8", "LANG=\(missing)")
        }
    }
}
