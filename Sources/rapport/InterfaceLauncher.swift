import RapportCore

/// Starts the full-screen interface on the user's book or on a fresh demo book.
enum InterfaceLauncher {
    static func run(context: CommandContext, demo: Bool) -> Int32 {
        Output.error("rapport: the full-screen interface is not built yet; try `rapport --help`")
        return 1
    }
}
