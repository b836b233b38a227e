import RapportCore

/// A command line split into words: options with values (`--data DIR`, `--data=DIR`), flags
/// (`--json`) and positional words, checked against what the command accepts.
struct Arguments {
    var positionals: [String] = []
    var options: [String: String] = [:]
    /// Every value of an option given more than once (`--tag a --tag b`), in order.
    var repeatedOptions: [String: [String]] = [:]
    var flags: Set<String> = []

    /// `valueOptions` and `flagOptions` are names without dashes. `--` ends the options.
    init(_ words: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var name = String(word.drop(while: { $0 == "-" }))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if valueOptions.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < words.count else { throw UsageError("option --\(name) needs a value") }
                    value = words[index]
                    index += 1
                }
                options[name] = value
                repeatedOptions[name, default: []].append(value)
            } else if flagOptions.contains(name), inlineValue == nil {
                flags.insert(name)
            } else if name == "h" || name == "help" {
                flags.insert("help")
            } else {
                throw UsageError("unknown option \(word)")
            }
        }
    }

    /// A command whose actions or kinds take different options (`add contact`, `campaign list`)
    /// parses the union of them; this refuses the ones this action does not take, so an option
    /// is never accepted and silently ignored. `--data` and `--help` are always allowed.
    func allowOnly(_ allowed: Set<String>, in action: String) throws(UsageError) {
        let given = Set(options.keys).union(flags).subtracting(["data", "help"])
        if let stray = given.subtracting(allowed).sorted().first {
            throw UsageError(Messages.cliOptionNotTaken.text(["action": action, "option": "--" + stray]))
        }
    }

    func value(_ name: String) -> String? { options[name] }
    func values(_ name: String) -> [String] { repeatedOptions[name] ?? [] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A mistake in how the command was called: one line on stderr, the usage, exit 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// A problem with the data or the request (a corrupt file, a locked book, an unknown record):
/// one line on stderr, exit 1.
struct CommandFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
