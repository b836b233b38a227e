import RapportCanvas
import RapportUI

/// `rapport keys`: every key of the interface, from the same tables the status bar, the `?`
/// overlay and the palette use, so the README's key reference is generated, never retyped.
enum KeysCommand {
    static let command = Command(
        name: "keys", summary: "list every key of the full-screen interface (--markdown for docs)",
        usage: """
        Usage: rapport keys [--markdown]

        Prints the keys of every view, from the interface's own key tables, with your
        config.json's keys (rapport config --path) applied.
        """,
        valueOptions: [], flagOptions: ["markdown"]
    ) { arguments, context in
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument \(arguments.positionals[0])") }
        let (config, configPath) = ConfigLocation.load(environment: context.environment)
        for problem in config.problems { Output.error(problem.text(file: configPath)) }
        var blocks: [(title: String, sections: [KeyHelpSection])] = [("Everywhere", Keymaps.global(config.keys).sections)]
        for view in ViewID.allCases {
            let sections = Keymaps.view(view, config.keys).sections
            if !sections.isEmpty { blocks.append(("\(view.number) \(view.title)", sections)) }
        }
        var lines: [String] = []
        for block in blocks {
            if arguments.has("markdown") {
                lines += ["#### \(block.title)", "", "| key | action |", "| --- | --- |"]
                for section in block.sections {
                    for entry in section.entries {
                        // One code span per key name: the names are listed, never cut out of the label
                        // (the key `/` is not a separator).
                        let keys = entry.keyNames.map(Markdown.codeSpan).joined(separator: " ")
                        lines.append("| \(Markdown.tableCell(keys)) | \(Markdown.tableCell(entry.help)) |")
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

/// Escaping for the key reference's Markdown table.
enum Markdown {
    /// `text` as inline code. A backtick inside needs a longer fence and spaces around it
    /// (CommonMark), or the span would end early and the key would print empty.
    static func codeSpan(_ text: String) -> String {
        guard text.contains("`") else { return "`\(text)`" }
        return "`` \(text) ``"
    }

    /// A table cell: a pipe would end the cell (GitHub reads `\|` as a pipe, even in code).
    static func tableCell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
