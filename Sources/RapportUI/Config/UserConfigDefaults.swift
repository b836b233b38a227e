import RapportCanvas
import RapportCore

/// `rapport config --defaults`: a complete config.json with every binding of every table and
/// every style role at its default, in table order, so it is both a reference and valid input.
public enum UserConfigDefaults {
    public static func json(theme: ThemeOverrides, keys: ResolvedKeymaps = ResolvedKeymaps()) -> String {
        var lines = ["{", "  \"keys\": {"]
        let scopes = KeymapScopes.names.compactMap { scope in KeymapScopes.builtIn(scope).map { (scope, keys.apply($0, scope: scope)) } }
        for (scopeNumber, (scope, table)) in scopes.enumerated() {
            lines.append("    \(quoted(scope)): {")
            for (number, binding) in table.bindings.enumerated() {
                let specs = binding.keys.compactMap(\.spec).map(quoted).joined(separator: ", ")
                lines.append("      \(quoted(binding.name)): [\(specs)]" + (number == table.bindings.count - 1 ? "" : ","))
            }
            lines.append("    }" + (scopeNumber == scopes.count - 1 ? "" : ","))
        }
        lines += ["  },", "  \"theme\": {"]
        let roles = StyleRole.allCases.filter { theme.roles[$0] != nil }
        for (number, role) in roles.enumerated() {
            guard let style = theme.roles[role] else { continue }
            var fields: [String] = []
            if let foreground = style.foreground { fields.append("\"fg\": \(quoted(foreground.name))") }
            if let background = style.background { fields.append("\"bg\": \(quoted(background.name))") }
            for (name, attribute) in TextAttributes.configNames {
                if style.adding.contains(attribute) { fields.append("\(quoted(name)): true") }
                if style.removing.contains(attribute) { fields.append("\(quoted(name)): false") }
            }
            lines.append("    \(quoted(role.rawValue)): { \(fields.joined(separator: ", ")) }" + (number == roles.count - 1 ? "" : ","))
        }
        lines += ["  },", "  \"mouse\": true", "}"]
        return lines.joined(separator: "\n")
    }

    private static func quoted(_ text: String) -> String {
        guard var bytes = try? JSONWriter.write(.string(text)) else { return "\"\"" }
        // The writer ends a document with a line break; a string inside a line has none.
        while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
