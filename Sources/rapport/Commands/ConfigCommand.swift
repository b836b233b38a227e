import RapportCanvas
import RapportTerminal
import RapportUI

/// `rapport config`: where config.json is read from, a complete one with every default, and a
/// check of the user's with a line for each problem.
enum ConfigCommand {
    static let command = Command(
        name: "config", summary: "your keys and colours: --defaults, --path, check [FILE] (see docs/CONFIG.md)",
        usage: """
        Usage: rapport config --defaults
               rapport config --path
               rapport config check [FILE]

        --defaults   print a complete config.json: every binding of every key table and every
                     theme role at its default (a starting point: keep only what you change)
        --path       print where config.json is read from ($RAPPORT_CONFIG, else
                     $XDG_CONFIG_HOME/rapport/config.json, else ~/.config/rapport/config.json)
        check        read FILE (default: that path) and print each problem with its line;
                     exit 1 if there is any
        """,
        valueOptions: [], flagOptions: ["defaults", "path"]
    ) { arguments, context in
        let path = ConfigLocation.path(environment: context.environment)
        if arguments.has("defaults") {
            guard arguments.positionals.isEmpty else { throw UsageError("--defaults takes no argument") }
            Output.out(UserConfigDefaults.json(theme: Theme.standard.asOverrides))
            return 0
        }
        if arguments.has("path") {
            guard arguments.positionals.isEmpty else { throw UsageError("--path takes no argument") }
            Output.out(path)
            return 0
        }
        guard arguments.positionals.first == "check" else {
            throw UsageError(arguments.positionals.first.map { "unknown config command \($0)" } ?? "say --defaults, --path or check")
        }
        guard arguments.positionals.count <= 2 else { throw UsageError("unexpected argument \(arguments.positionals[2])") }
        let file = arguments.positionals.count == 2 ? arguments.positionals[1] : path
        let config = ConfigLocation.load(path: file)
        for problem in config.problems { Output.out(problem.text(file: file)) }
        return config.problems.isEmpty ? 0 : 1
    }
}
