/// The registry: every top-level screen, in tab order (the number keys follow it). Adding a
/// screen is adding its line here.
enum Screens {
    static let all: [RegisteredScreen] = [
        RegisteredScreen(BoardScreen.self),
        RegisteredScreen(ContactsScreen.self),
        RegisteredScreen(CompaniesScreen.self),
        RegisteredScreen(ActivitiesScreen.self),
        RegisteredScreen(CampaignsScreen.self),
        RegisteredScreen(ReportsScreen.self),
        RegisteredScreen(HelpScreen.self),
    ]

    private static let byID: [ViewID: RegisteredScreen] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// The screen registered under `id`; the first one for an id never registered (a saved
    /// state naming a screen that is gone).
    static func screen(_ id: ViewID) -> RegisteredScreen { byID[id] ?? all[0] }

    static var ids: [ViewID] { all.map(\.id) }

    /// The screen `offset` places after `id` in tab order, wrapping around.
    static func id(after id: ViewID, by offset: Int) -> ViewID {
        let position = ids.firstIndex(of: id) ?? 0
        return ids[((position + offset) % ids.count + ids.count) % ids.count]
    }

    /// The number key that shows the screen: its place in the tab bar.
    static func number(of id: ViewID) -> Int { (ids.firstIndex(of: id) ?? 0) + 1 }
}
