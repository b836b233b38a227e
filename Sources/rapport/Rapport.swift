import RapportCore

/// The entry point: global options, then a subcommand or the full-screen interface.
@MainActor
enum Rapport {
    static func main(_ words: [String]) -> Int32 {
        let environment = Environment.variables
        // Typed dates (forms and flags) follow the user's locale: 31/12/2026 or 12/31/2026.
        DayOrder.current = DayOrder.locale(environment)
        // Global options come before the command: `rapport --data DIR check`.
        var index = 0
        var globalData: String?
        var demo = false
        while index < words.count, words[index].hasPrefix("-") {
            let word = words[index]
            switch word {
            case "--help", "-h":
                Output.out(CommandTable.overview)
                return 0
            case "--version":
                Output.out(CommandTable.version)
                return 0
            case "--demo":
                demo = true
            case "--wait", "--no-wait":
                guard let seconds = LockWaitOption.seconds(word, words.dropFirst(index + 1).first) else {
                    return usageFailure(Messages.cliWaitNeedsSeconds.text, usage: CommandTable.overview)
                }
                if word == "--wait" { index += 1 }
                BookAccess.lockWait.withLock { $0 = seconds }
            case "--data":
                guard index + 1 < words.count else { return usageFailure("option --data needs a value", usage: CommandTable.overview) }
                index += 1
                globalData = words[index]
            default:
                if word.hasPrefix("--data=") {
                    globalData = String(word.dropFirst("--data=".count))
                } else {
                    return usageFailure("unknown option \(word)", usage: CommandTable.overview)
                }
            }
            index += 1
        }
        let context = CommandContext(environment: environment, globalDataDirectory: globalData)
        guard index < words.count else {
            return InterfaceLauncher.run(context: context, demo: demo)
        }
        let name = words[index]
        guard let command = CommandTable.named(name) else {
            return usageFailure("unknown command \"\(name)\"", usage: CommandTable.overview)
        }
        do {
            let arguments = try Arguments(Array(words[(index + 1)...]), valueOptions: command.valueOptions,
                                          flagOptions: command.flagOptions)
            if arguments.has("help") {
                Output.out(command.usage)
                return 0
            }
            return try command.run(arguments, context)
        } catch let error as UsageError {
            return usageFailure(error.message, usage: command.usage)
        } catch let failure as CommandFailure {
            Output.error("rapport: \(failure.message)")
            return 1
        } catch {
            Output.error("rapport: \(error)")
            return 1
        }
    }

    static func usageFailure(_ message: String, usage: String) -> Int32 {
        Output.error("rapport: \(message)")
        Output.error(usage)
        return 2
    }
}
