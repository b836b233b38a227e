import XCTest
import RapportCanvas
@testable import RapportTerminal

/// The user's colours over the built-in themes.
final class ThemeOverridesTests: XCTestCase {
    func testOverridesReplaceColoursAndTurnAttributesOnAndOff() {
        let overrides = ThemeOverrides(roles: [
            .accent: RoleStyleOverride(foreground: .ansi(6)),
            .header: RoleStyleOverride(background: .indexed(236), adding: .underline, removing: .bold),
        ])
        let theme = Theme.standard.applying(overrides)
        XCTAssertEqual(theme[.accent], ThemeEntry(.cyan))
        XCTAssertEqual(theme[.header], ThemeEntry(.cyan, on: .indexed(236), [.underline]))
        XCTAssertEqual(theme[.selected], Theme.standard[.selected], "what is not mentioned stays")
    }

    func testWithoutColoursOnlyTheAttributesApply() {
        let overrides = ThemeOverrides(roles: [.accent: RoleStyleOverride(foreground: .ansi(1), adding: .underline)])
        let theme = Theme.monochrome.applying(overrides, colors: false)
        XCTAssertEqual(theme[.accent], ThemeEntry(.terminalDefault, [.bold, .underline]))
    }

    func testTheStandardThemeWrittenAsOverridesIsItself() {
        let theme = Theme(name: "blank", entries: [:]).applying(Theme.standard.asOverrides)
        for role in StyleRole.allCases {
            XCTAssertEqual(theme[role], Theme.standard[role], role.rawValue)
        }
    }
}
