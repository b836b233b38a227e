import RapportCanvas
import RapportCore

/// Reads config.json. Never fails: each thing that is wrong becomes a `ConfigProblem` with its
/// line, is left at its default, and the rest of the file still applies.
public enum UserConfigParser {
    public static func parse(_ text: String) -> UserConfig { parse(Array(text.utf8)) }

    public static func parse(_ bytes: [UInt8]) -> UserConfig {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return UserConfig(problems: [ConfigProblem(line: error.line, column: error.column, message: error.message)])
        }
        var reader = ConfigReader(bytes: bytes)
        return reader.read(value)
    }
}

/// The walk over the parsed file, collecting problems as it goes.
private struct ConfigReader {
    let bytes: [UInt8]
    var problems: [ConfigProblem] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func read(_ value: JSONValue) -> UserConfig {
        var config = UserConfig()
        guard case .object(let top) = value else {
            report(Messages.configNotObject.text(["found": value.kindDescription]), at: [])
            config.problems = problems
            return config
        }
        for name in ordered(top, at: []) {
            guard let member = top[name] else { continue }
            let path = [name]
            switch name {
            case "keys": config.keys = readKeys(member, at: path)
            case "theme": config.theme = readTheme(member, at: path)
            case "mouse":
                if case .bool(let on) = member { config.mouse = on } else { wrongType(member, expected: "true or false", at: path) }
            default:
                report(Messages.configUnknownSetting.text(["name": name, "known": "keys, theme, mouse"]), at: path)
            }
        }
        config.problems = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return config
    }

    // MARK: Keys

    mutating func readKeys(_ value: JSONValue, at path: [String]) -> ResolvedKeymaps {
        guard case .object(let scopes) = value else {
            wrongType(value, expected: "an object of key tables", at: path)
            return ResolvedKeymaps()
        }
        var rebindings: [String: [String: [KeyEvent]]] = [:]
        for scope in ordered(scopes, at: path) {
            guard let tableValue = scopes[scope] else { continue }
            let scopePath = path + [scope]
            guard let table = KeymapScopes.builtIn(scope) else {
                report(Messages.configUnknownScope.text(["scope": scope, "known": KeymapScopes.names.joined(separator: ", ")]), at: scopePath)
                continue
            }
            guard case .object(let bindings) = tableValue else {
                wrongType(tableValue, expected: "an object of bindings", at: scopePath)
                continue
            }
            let known = Set(table.bindings.map(\.name))
            var owners: [KeyEvent: String] = [:]
            var scopeKeys: [String: [KeyEvent]] = [:]
            for name in ordered(bindings, at: scopePath) {
                guard let keysValue = bindings[name] else { continue }
                let bindingPath = scopePath + [name]
                guard known.contains(name) else {
                    report(Messages.configUnknownBinding.text(["scope": scope, "name": name]), at: bindingPath)
                    continue
                }
                guard var keys = readKeyList(keysValue, at: bindingPath) else { continue }
                for (position, key) in keys.enumerated().reversed() {
                    if let owner = owners[key] {
                        report(Messages.configKeyConflict.text(["key": key.displayName, "first": owner, "second": name, "scope": scope]),
                               at: bindingPath + [String(position)], index: position)
                        keys.remove(at: position)
                    }
                }
                for key in keys { owners[key] = name }
                scopeKeys[name] = keys
            }
            if !scopeKeys.isEmpty { rebindings[scope] = scopeKeys }
        }
        return ResolvedKeymaps(rebindings: rebindings)
    }

    /// The keys of one binding; nil (the default kept) when any of them is not a key.
    mutating func readKeyList(_ value: JSONValue, at path: [String]) -> [KeyEvent]? {
        guard case .array(let elements) = value else {
            wrongType(value, expected: "a list of keys such as [\"W\"]", at: path)
            return nil
        }
        var keys: [KeyEvent] = []
        var allGood = true
        for (position, element) in elements.enumerated() {
            let elementPath = path + [String(position)]
            guard case .string(let spec) = element else {
                wrongType(element, expected: "a key such as \"W\"", at: elementPath, index: position)
                allGood = false
                continue
            }
            guard let key = KeyEvent(spec: spec) else {
                report(Messages.configBadKey.text(["spec": spec]), at: elementPath, index: position)
                allGood = false
                continue
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return allGood ? keys : nil
    }

    // MARK: Theme

    mutating func readTheme(_ value: JSONValue, at path: [String]) -> ThemeOverrides {
        guard case .object(let roles) = value else {
            wrongType(value, expected: "an object of style roles", at: path)
            return ThemeOverrides()
        }
        var overrides = ThemeOverrides()
        for name in ordered(roles, at: path) {
            guard let styleValue = roles[name] else { continue }
            let rolePath = path + [name]
            guard let role = StyleRole(rawValue: name) else {
                report(Messages.configUnknownRole.text(["role": name, "known": StyleRole.allCases.map(\.rawValue).joined(separator: ", ")]),
                       at: rolePath)
                continue
            }
            switch styleValue {
            case .string(let colorName):
                if let color = color(named: colorName, at: rolePath) { overrides.roles[role] = RoleStyleOverride(foreground: color) }
            case .object(let fields):
                overrides.roles[role] = readStyle(fields, at: rolePath)
            default:
                wrongType(styleValue, expected: "a colour or an object such as {\"fg\": \"black\", \"bold\": true}", at: rolePath)
            }
        }
        return overrides
    }

    mutating func readStyle(_ fields: JSONObject, at path: [String]) -> RoleStyleOverride {
        var style = RoleStyleOverride()
        for field in ordered(fields, at: path) {
            guard let value = fields[field] else { continue }
            let fieldPath = path + [field]
            if field == "fg" || field == "bg" {
                guard case .string(let name) = value else {
                    wrongType(value, expected: "a colour name", at: fieldPath)
                    continue
                }
                guard let color = color(named: name, at: fieldPath) else { continue }
                if field == "fg" { style.foreground = color } else { style.background = color }
            } else if let attribute = TextAttributes.configNames.first(where: { $0.name == field })?.attribute {
                guard case .bool(let on) = value else {
                    wrongType(value, expected: "true or false", at: fieldPath)
                    continue
                }
                if on { style.adding.insert(attribute) } else { style.removing.insert(attribute) }
            } else {
                report(Messages.configUnknownStyleField.text(["name": field]), at: fieldPath)
            }
        }
        return style
    }

    mutating func color(named name: String, at path: [String]) -> ColorName? {
        if let color = ColorName(name: name) { return color }
        report(Messages.configUnknownColor.text(["color": name]), at: path)
        return nil
    }

    // MARK: Positions

    /// An object's member names in the order the file has them, so problems and the key a
    /// conflict leaves to the first binding follow the file.
    func ordered(_ object: JSONObject, at path: [String]) -> [String] {
        object.keys.map { ($0, position(of: path + [$0])) }
            .sorted { ($0.1.line, $0.1.column, $0.0) < ($1.1.line, $1.1.column, $1.0) }
            .map(\.0)
    }

    func position(of path: [String], index: Int? = nil) -> (line: Int, column: Int) {
        var keys: [any CodingKey] = path.map { ConfigPathKey($0) }
        if let index { keys[keys.count - 1] = ConfigPathKey(intValue: index) }
        return JSONLocator.position(of: keys, in: bytes) ?? (1, 1)
    }

    mutating func report(_ message: String, at path: [String], index: Int? = nil) {
        let place = position(of: path, index: index)
        problems.append(ConfigProblem(line: place.line, column: place.column, message: message))
    }

    mutating func wrongType(_ value: JSONValue, expected: String, at path: [String], index: Int? = nil) {
        let shown = path.joined(separator: ".")
        report(Messages.configWrongType.text(["path": shown, "expected": expected, "found": value.kindDescription]), at: path, index: index)
    }
}
