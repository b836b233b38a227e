import RapportCore

/// Every subcommand, in the order `rapport --help` lists them. The one list the help text,
/// the dispatcher and `rapport help COMMAND` are made from.
enum CommandTable {
    static let all: [Command] = [
        // The book.
        DemoCommand.command,
        CheckCommand.command,
        // Records, for scripts.
        ListCommand.command,
        ShowCommand.command,
        ViewsCommand.command,
        RatesCommand.command,
        AddCommand.command,
        SetCommand.command,
        FieldsCommand.command,
        PipelineCommands.move,
        PipelinesCommand.command,
        PipelineCommands.won,
        PipelineCommands.lost,
        PipelineCommands.log,
        DoneCommand.command,
        LogEmailCommand.command,
        // A working day.
        TodayCommands.today,
        TodayCommands.remind,
        TodayCommands.keepInTouch,
        // Moving data in and out.
        ImportCommand.command,
        ExportCommand.command,
        GDPRCommand.command,
        // Managers' reports.
        ReportCommand.command,
        TargetsCommand.command,
        ForecastCategoryCommand.command,
        // Marketing.
        CampaignCommand.command,
        TemplateCommand.command,
        RulesCommand.command,
        // About the program.
        KeysCommand.command,
        ConfigCommand.command,
        HelpCommand.command,
    ]

    static func named(_ name: String) -> Command? { all.first { $0.name == name } }

    static let version = "rapport 0.1.0"

    static var overview: String {
        let width = all.map(\.name.count).max() ?? 0
        let lines = all.map { "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
        return """
        Rapport: a keyboard-driven CRM in your terminal.

        Usage:
          rapport [--data DIR]            open your book in the full-screen interface
          rapport --demo                  open a fresh demo book in a temporary folder
          rapport COMMAND [OPTIONS]       run one command (for scripts)

        Commands:
        \(lines.joined(separator: "\n"))

        Options:
          --data DIR      the book's folder (default: $RAPPORT_HOME, else $XDG_DATA_HOME/rapport,
                          else ~/.local/share/rapport)
        \(Messages.cliWaitOptionsHelp.text)
          --help, -h      this help; `rapport help COMMAND` for one command
          --version       the version

        Exit codes: 0 success, 1 a problem with the data or the request, 2 a usage error.
        """
    }
}

import Foundation
