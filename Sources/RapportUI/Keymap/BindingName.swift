/// How a binding is named in config.json when its table gives no explicit name: the action's
/// case, with a simple argument after a dot ("markWon", "show.board", "resolveUnsavedQuit.save").
enum BindingName {
    static func of(_ action: some Hashable & Sendable) -> String {
        if let appAction = action as? AppAction {
            switch appAction {
            case .screen(let screenAction):
                // "board.markWon": the table is already the board's.
                let text = screenAction.description
                let prefix = screenAction.view.name + "."
                return readable(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
            case .savedViews(let savedViewsAction):
                return of(savedViewsAction)
            default:
                break
            }
        }
        return readable(String(describing: action))
    }

    /// "show(board)" -> "show.board"; "choose(RapportUI.Choice.save)" -> "choose.save";
    /// "open(RapportCore.ContactID(rawValue: …))" -> "open" (a value is no part of a name).
    static func readable(_ description: String) -> String {
        guard let open = description.firstIndex(of: "("), description.last == ")" else { return description }
        let caseName = String(description[..<open])
        let argument = description[description.index(after: open)..<description.index(before: description.endIndex)]
        let isSimple = !argument.isEmpty && argument.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        guard isSimple, let last = argument.split(separator: ".").last else { return caseName }
        return caseName + "." + last
    }
}
