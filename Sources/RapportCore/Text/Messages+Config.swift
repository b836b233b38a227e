extension Messages {
    // Problems in config.json, each after "config.json line N:".
    public static let configAt = Message("config.at", "{file} line {line}: {problem}")
    public static let configProblems = Message(
        "config.problems", "{file}: {count} problem, the defaults are used for it: {first}",
        plural: "{file}: {count} problems, the defaults are used for them: {first}")
    public static let configNotObject = Message("config.not-object", "expected an object of settings, found {found}")
    public static let configUnknownSetting = Message("config.unknown-setting", "unknown setting \"{name}\" (known: {known})")
    public static let configWrongType = Message("config.wrong-type", "\"{path}\" should be {expected}, found {found}")
    public static let configUnknownScope = Message("config.unknown-scope", "unknown key table \"{scope}\" (known: {known})")
    public static let configUnknownBinding = Message(
        "config.unknown-binding", "\"{scope}\" has no binding named \"{name}\" (rapport config --defaults lists them)")
    public static let configBadKey = Message("config.bad-key", "\"{spec}\" is not a key (write j, G, ctrl-r, alt-b, pgdn, f5, space, esc…)")
    public static let configKeyConflict = Message(
        "config.key-conflict", "{key} is given to both \"{first}\" and \"{second}\" in \"{scope}\"; \"{first}\" keeps it")
    public static let configUnknownRole = Message("config.unknown-role", "unknown theme role \"{role}\" (known: {known})")
    public static let configUnknownColor = Message(
        "config.unknown-color", "\"{color}\" is not a colour (default, black, red, green, yellow, blue, magenta, cyan, white, bright-red…, color0-color255)")
    public static let configUnknownStyleField = Message(
        "config.unknown-style-field", "unknown style field \"{name}\" (known: fg, bg, bold, underline, reverse, dim, italic)")
    public static let configUnreadable = Message("config.unreadable", "the file cannot be read: {reason}")

    public static let configMessages: [Message] = [
        configAt, configProblems, configNotObject, configUnknownSetting, configWrongType, configUnknownScope,
        configUnknownBinding, configBadKey, configKeyConflict, configUnknownRole, configUnknownColor,
        configUnknownStyleField, configUnreadable,
    ]
}
