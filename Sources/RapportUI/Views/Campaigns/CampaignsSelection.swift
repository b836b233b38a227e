import RapportCore

/// Which campaign or template the screen's lists are on, and finding it again after the book
/// changed (see `HeldSelection`).
enum CampaignsSelection {
    static func sortedCampaigns(_ book: Book) -> [Campaign] { book.campaigns.sortedByID }

    static func selectedCampaign(_ state: CampaignsState, book: Book) -> Campaign? {
        let campaigns = sortedCampaigns(book)
        var list = state.campaigns
        list.setItemCount(campaigns.count)
        return list.selected.map { campaigns[$0] }
    }

    static func held(_ state: CampaignsState, book: Book) -> HeldSelection? {
        switch state.panel {
        case .templates:
            let templates = book.templates.sortedByID
            var list = state.templates
            list.setItemCount(templates.count)
            return list.selected.map { .template(templates[$0].id) }
        default:
            return selectedCampaign(state, book: book).map { .campaign($0.id) }
        }
    }

    static func follow(_ held: HeldSelection, state: inout CampaignsState, book: Book) {
        switch held {
        case .campaign(let id):
            let campaigns = sortedCampaigns(book)
            state.campaigns.setItemCount(campaigns.count)
            if let position = campaigns.firstIndex(where: { $0.id == id }) { state.campaigns.select(position) }
        case .template(let id):
            let templates = book.templates.sortedByID
            state.templates.setItemCount(templates.count)
            if let position = templates.firstIndex(where: { $0.id == id }) { state.templates.select(position) }
        default:
            break
        }
    }
}
