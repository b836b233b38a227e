import RapportUI

/// `rapport keys`: every key of the interface, from the same tables the status bar, the `?`
/// overlay and the palette use, so the README's key reference is generated, never retyped.
enum KeysCommand {
    static let command = Command(
        name: "keys", summary: "list every key of the full-screen interface (--markdown for docs)",
        usage: """
        Usage: rapport keys [--markdown]

        Prints the keys of every view, from the interface's own key tables.
        """,
        valueOptions: [], flagOptions: ["markdown"]
    ) { arguments, _ in
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument \(arguments.positionals[0])") }
        var blocks: [(title: String, sections: [KeyHelpSection])] = [("Everywhere", Keymaps.global.sections)]
        for view in ViewID.allCases {
            let sections = Keymaps.view(view).sections
            if !sections.isEmpty { blocks.append(("\(view.rawValue) \(view.title)", sections)) }
        }
        var lines: [String] = []
        for block in blocks {
            if arguments.has("markdown") {
                lines += ["#### \(block.title)", "", "| key | action |", "| --- | --- |"]
                for section in block.sections {
                    for entry in section.entries {
                        let keys = entry.keys.split(separator: "/").map { "`\($0)`" }.joined(separator: " ")
                        lines.append("| \(keys.replacingOccurrences(of: "|", with: "\\|")) | \(entry.help.replacingOccurrences(of: "|", with: "\\|")) |")
                    }
                }
                lines.append("")
            } else {
                lines.append(block.title)
                let width = block.sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
                for section in block.sections {
                    for entry in section.entries {
                        lines.append("  " + entry.keys + String(repeating: " ", count: max(0, width - DisplayWidth.of(entry.keys))) + "  " + entry.help)
                    }
                }
                lines.append("")
            }
        }
        Output.out(lines.joined(separator: "\n"))
        return 0
    }
}
