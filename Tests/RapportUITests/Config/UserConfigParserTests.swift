import XCTest
import RapportCanvas
@testable import RapportUI

/// config.json as the user writes it: what applies, and each kind of mistake with its line.
final class UserConfigParserTests: XCTestCase {
    func testAGoodConfigSetsKeysThemeAndMouse() {
        let config = UserConfigParser.parse("""
        {
          "keys": { "global": { "quit": ["q", "ctrl-q"] }, "board": { "markWon": ["w"] }, "contacts": { "delete": [] } },
          "theme": { "accent": "cyan", "selected": { "fg": "black", "bg": "color208", "bold": true, "underline": false } },
          "mouse": false
        }
        """)
        XCTAssertEqual(config.problems, [])
        XCTAssertEqual(config.keys.rebindings["global"]?["quit"], [.char("q"), .ctrl("q")])
        XCTAssertEqual(config.keys.rebindings["board"]?["markWon"], [.char("w")])
        XCTAssertEqual(config.keys.rebindings["contacts"]?["delete"], [])
        XCTAssertEqual(config.theme.roles[.accent], RoleStyleOverride(foreground: .ansi(6)))
        XCTAssertEqual(config.theme.roles[.selected],
                       RoleStyleOverride(foreground: .ansi(0), background: .indexed(208), adding: .bold, removing: .underline))
        XCTAssertFalse(config.mouse)
    }

    func testNoSettingsAreTheDefaults() {
        let config = UserConfigParser.parse("{}")
        XCTAssertEqual(config.problems, [])
        XCTAssertTrue(config.mouse)
        XCTAssertTrue(config.keys.rebindings.isEmpty)
        XCTAssertTrue(config.theme.isEmpty)
    }

    func testTextThatIsNotJSONIsReportedWithItsLine() {
        let config = UserConfigParser.parse("{\n  \"mouse\": true,\n  oops\n}")
        XCTAssertEqual(config.problems.map(\.line), [3])
        XCTAssertTrue(config.mouse)
    }

    func testEachKindOfMistakeHasItsLineAndTheRestStillApplies() {
        let config = UserConfigParser.parse("""
        {
          "keys": {
            "board": { "markWon": ["w"], "noSuchBinding": ["x"], "markLost": ["ctrl-"] },
            "nowhere": {},
            "contacts": "d"
          },
          "theme": { "accent": "cyann", "selected": { "fg": "black", "bold": 3 }, "sparkles": "red" },
          "mouse": 1,
          "colours": {}
        }
        """)
        let lines = config.problems.map(\.line)
        XCTAssertEqual(lines, [3, 3, 4, 5, 7, 7, 7, 8, 9], config.problems.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(config.problems[0].message.contains("noSuchBinding"))
        XCTAssertTrue(config.problems[1].message.contains("ctrl-"))
        XCTAssertTrue(config.problems[2].message.contains("nowhere"))
        XCTAssertTrue(config.problems[3].message.contains("contacts"))
        XCTAssertTrue(config.problems.contains { $0.message.contains("cyann") })
        XCTAssertTrue(config.problems.contains { $0.message.contains("sparkles") })
        XCTAssertTrue(config.problems.contains { $0.message.contains("colours") })
        // What was right still applies; what was wrong keeps its default.
        XCTAssertEqual(config.keys.rebindings["board"]?["markWon"], [.char("w")])
        XCTAssertNil(config.keys.rebindings["board"]?["markLost"])
        XCTAssertEqual(config.theme.roles[.selected]?.foreground, .ansi(0))
        XCTAssertNil(config.theme.roles[.accent])
        XCTAssertTrue(config.mouse)
    }

    func testTwoUserBindingsWithOneKeyIsAConflictTheFirstWins() {
        let config = UserConfigParser.parse("""
        {
          "keys": { "board": {
            "markWon": ["w"],
            "markLost": ["w", "L"]
          } }
        }
        """)
        XCTAssertEqual(config.problems.map(\.line), [4])
        XCTAssertTrue(config.problems[0].message.contains("markWon"), config.problems[0].message)
        XCTAssertEqual(config.keys.rebindings["board"]?["markWon"], [.char("w")])
        XCTAssertEqual(config.keys.rebindings["board"]?["markLost"], [.char("L")])
    }

    func testTheDefaultsFileIsValidAndChangesNothing() {
        var theme = ThemeOverrides()
        theme.roles[.accent] = RoleStyleOverride(foreground: .bright(5), adding: .bold, removing: .underline)
        let text = UserConfigDefaults.json(theme: theme)
        let config = UserConfigParser.parse(text)
        XCTAssertEqual(config.problems, [])
        XCTAssertEqual(config.theme, theme)
        for scope in KeymapScopes.names {
            let builtIn = try? XCTUnwrap(KeymapScopes.builtIn(scope))
            let applied = builtIn.map { config.keys.apply($0, scope: scope) }
            XCTAssertEqual(applied?.bindings.map(\.keys), builtIn?.bindings.map(\.keys), scope)
        }
    }

    func testTheConfigPathFollowsTheEnvironment() {
        XCTAssertEqual(ConfigLocation.path(environment: ["RAPPORT_CONFIG": "/t/c.json", "XDG_CONFIG_HOME": "/x"]), "/t/c.json")
        XCTAssertEqual(ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/rapport/config.json")
        XCTAssertEqual(ConfigLocation.path(environment: ["HOME": "/h"]), "/h/.config/rapport/config.json")
    }

    func testColourNamesReadBack() {
        for name in ["default", "black", "white", "bright-red", "bright-white", "color0", "color255"] {
            XCTAssertEqual(ColorName(name: name)?.name, name)
        }
        XCTAssertNil(ColorName(name: "color256"))
        XCTAssertNil(ColorName(name: "bright-pink"))
    }
}
