enum HelpCommand {
    static let command = Command(
        name: "help", summary: "show help for rapport or for one command",
        usage: "Usage: rapport help [COMMAND]", valueOptions: [], flagOptions: []
    ) { arguments, _ in
        guard let name = arguments.positionals.first else {
            Output.out(CommandTable.overview)
            return 0
        }
        guard let command = CommandTable.named(name) else {
            throw UsageError("unknown command \"\(name)\"")
        }
        Output.out(command.usage)
        return 0
    }
}
