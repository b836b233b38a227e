import RapportCore

/// The pane's bottom line, "Esc close · e edit · … · <> stage · … D delete": the keys come from
/// the board's keymap (`BoardScreen.keymap`), so the line names the keys that act on the deal.
enum OpportunityPaneHints {
    /// The actions the line names, in its order, with a short word for each; a pair of actions
    /// shows both keys written together ("<>").
    private static let entries: [(actions: [BoardAction], word: Message, onlyOpen: Bool)] = [
        ([.back], Messages.boardPaneHintClose, false),
        ([.edit], Messages.boardPaneHintEdit, false),
        ([.addOffer], Messages.boardPaneHintOffer, true),
        ([.addTask], Messages.boardPaneHintTask, true),
        ([.completeNextStep], Messages.boardPaneHintDone, true),
        ([.logInteraction], Messages.boardPaneHintLog, false),
        ([.editNotes], Messages.boardPaneHintNotes, false),
        ([.openContact], Messages.boardPaneHintContact, false),
        ([.openCompany], Messages.boardPaneHintCompany, false),
        ([.moveToPreviousStage, .moveToNextStage], Messages.boardPaneHintStage, true),
        ([.markWon], Messages.boardPaneHintWon, true),
        ([.markLost], Messages.boardPaneHintLost, true),
        ([.reopen], Messages.boardPaneHintReopen, false),
        ([.delete], Messages.boardPaneHintDelete, false),
    ]

    /// A won or lost deal has no stage to move, next step to plan or offer to add.
    static func line(isOpen: Bool, keymap: Keymap<BoardAction> = BoardScreen.keymap) -> String {
        entries.compactMap { entry -> String? in
            guard isOpen || !entry.onlyOpen else { return nil }
            let keys = entry.actions.compactMap { keymap.keys(for: $0).first?.displayName }
            guard keys.count == entry.actions.count else { return nil }
            return "\(keys.joined()) \(entry.word.text)"
        }.joined(separator: " · ")
    }
}
