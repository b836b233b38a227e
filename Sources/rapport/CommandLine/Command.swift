/// One subcommand of `rapport`: its name, what it does, how to call it, and the code to run.
struct Command: Sendable {
    let name: String
    let summary: String
    /// Full usage text shown by `rapport help NAME` and after a usage error.
    let usage: String
    let valueOptions: Set<String>
    let flagOptions: Set<String>
    let run: @Sendable (Arguments, CommandContext) throws -> Int32
}

/// What every command gets: where the book is and the environment it runs in.
struct CommandContext {
    let environment: [String: String]
    /// `--data DIR` from the global options, if given before the command.
    let globalDataDirectory: String?

    func dataDirectory(_ arguments: Arguments) -> String {
        DataDirectory.resolve(explicit: arguments.value("data") ?? globalDataDirectory, environment: environment)
    }
}

import RapportCore
