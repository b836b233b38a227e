/// Where the user's book lives: `--data DIR`, else `$RAPPORT_HOME`, else `$XDG_DATA_HOME/rapport`,
/// else `~/.local/share/rapport`.
public enum DataDirectory {
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let home = environment["RAPPORT_HOME"], !home.isEmpty { return home }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return join(xdg, "rapport") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return join(home, ".local/share/rapport")
    }

    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
