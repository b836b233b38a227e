import Foundation
import RapportCore

/// Where config.json is: `$RAPPORT_CONFIG` when set (tests), else `$XDG_CONFIG_HOME/rapport`,
/// else `~/.config/rapport`.
public enum ConfigLocation {
    public static func path(environment: [String: String]) -> String {
        if let explicit = environment["RAPPORT_CONFIG"], !explicit.isEmpty { return explicit }
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/rapport/config.json" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/rapport/config.json"
    }

    /// The user's config: the defaults when there is no file, and a problem (never a failure)
    /// when it cannot be read.
    public static func load(path: String) -> UserConfig {
        guard FileManager.default.fileExists(atPath: path) else { return .defaults }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return UserConfigParser.parse(Array(data))
        } catch {
            let reason = (error as NSError).localizedDescription
            return UserConfig(problems: [ConfigProblem(line: 1, column: 1,
                                                       message: Messages.configUnreadable.text(["reason": reason]))])
        }
    }

    public static func load(environment: [String: String]) -> (config: UserConfig, path: String) {
        let path = path(environment: environment)
        return (load(path: path), path)
    }
}
