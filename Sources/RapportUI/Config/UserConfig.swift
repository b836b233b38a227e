import RapportCanvas

/// What the user set in config.json: their keys, their colours, the mouse. Whatever was wrong in
/// the file is in `problems` and left at its default; the rest applies.
public struct UserConfig: Sendable {
    public var keys: ResolvedKeymaps
    public var theme: ThemeOverrides
    /// Whether the interface takes mouse clicks and the wheel (on unless the user says false).
    public var mouse: Bool
    public var problems: [ConfigProblem]

    public init(keys: ResolvedKeymaps = ResolvedKeymaps(), theme: ThemeOverrides = ThemeOverrides(), mouse: Bool = true,
                problems: [ConfigProblem] = []) {
        self.keys = keys
        self.theme = theme
        self.mouse = mouse
        self.problems = problems
    }

    /// No config file: every default.
    public static let defaults = UserConfig()
}
