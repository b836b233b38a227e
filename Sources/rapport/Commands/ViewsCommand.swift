import RapportCore

/// `rapport views list [--json]`: the views saved in the TUI, for people or for scripts.
enum ViewsCommand {
    static let command = Command(
        name: "views", summary: Messages.viewsCLISummary.text, usage: Messages.viewsCLIUsage.text,
        valueOptions: ["data"], flagOptions: ["json"]
    ) { arguments, context in
        guard arguments.positionals == ["list"] else { throw UsageError(Messages.viewsCLINeedsList.text) }
        let book = try BookAccess.load(context.dataDirectory(arguments))
        let views = book.settings.savedViews ?? []
        if arguments.has("json") {
            // As stored: the JSON never depends on the display language.
            do {
                try CommandOutput.write(try JSONWriter.write(try JSONValueEncoder().encode(views)), to: nil)
            } catch {
                throw CommandFailure("cannot encode the views: \(error)")
            }
            return 0
        }
        let headers = [Messages.viewsCLIHeaderName.text, Messages.viewsCLIHeaderScreen.text, Messages.viewsCLIHeaderFilter.text,
                       Messages.viewsCLIHeaderSort.text]
        let rows = views.map { [$0.name, $0.screen.rawValue, $0.filterSummary, $0.sortSummary] }
        // No views: only the count, on stderr, so a script reading stdout gets nothing.
        if !rows.isEmpty {
            Output.out(TextTable(headers: headers, rows: rows, keeps: 0).render(width: TextTable.terminalWidth(context.environment)))
        }
        Output.error(Messages.viewsCLICount.text(["count": views.count]))
        return 0
    }
}
