import Foundation
import RapportCanvas
import RapportCore

/// The company pane: profile and roll-ups, its people, its deals, its timeline.
enum CompanyDetailPane {
    static func lines(_ id: CompanyID, section: CompanySection, state: CompaniesState, context: ScreenContext<CompaniesScreen>,
                      width: Int) -> [PaneLine] {
        let book = context.book
        guard let company = book.companies[id] else { return [] }
        let format = book.settings.numberFormat
        switch section {
        case .profile:
            let row = CompaniesScreen.index(state, book: book).rows.first { $0.company.id == id }
            var lines: [PaneLine] = [
                .field("Name", company.name),
                .field("Domain", company.domain),
                .field("Industry", company.industry),
                .field("Size", company.size.map { "\($0.rawValue) people" } ?? ""),
                .field("Address", company.address?.singleLine ?? ""),
                .field("Tags", company.tags.joined(separator: ", ")),
            ]
            // The user's own fields, in the order they were defined, formatted by type.
            lines += CustomFieldAssignment.shown(company, settings: book.settings).map { PaneLine.field($0.name, $0.value) }
            lines += [
                .blank,
                PaneLine("Roll-ups", style: .header),
                .field("People", "\(row?.people ?? 0)"),
                .field("Open", row?.openPipeline.formattedWhole(format) ?? "", style: .accent),
                .field("Won", row?.won.formattedWhole(format) ?? "", style: .positive),
                .blank,
                PaneLine("Notes (E edits)", style: .header),
            ]
            lines += company.notes.isEmpty ? [PaneLine("No notes.", style: .muted)]
                : TextWrap.wrap(company.notes, width: max(10, width)).map { PaneLine($0) }
            return lines
        case .people:
            let people = context.links.links(for: book).contacts.records(ofCompany: id, in: book.contacts)
                .sorted { $0.displayName != $1.displayName ? NameOrder.precedes($0.displayName, $1.displayName) : $0.id < $1.id }
            guard !people.isEmpty else { return [PaneLine("Nobody yet: add a contact with this company.", style: .muted)] }
            return [PaneLine("Enter opens the person", style: .muted)] + people.map { person in
                PaneLine([TextSegment(person.displayName.padding(toLength: 24, withPad: " ", startingAt: 0)),
                          TextSegment(person.lifecycle.title.padding(toLength: 13, withPad: " ", startingAt: 0), style: .accent),
                          TextSegment(person.jobTitle.isEmpty ? person.primaryEmail ?? "" : person.jobTitle, style: .muted)],
                         target: .contact(person.id))
            }
        case .deals:
            let links = context.links.links(for: book)
            var seen: Set<OpportunityID> = []
            let people = links.contacts.records(ofCompany: id, in: book.contacts)
            let deals = (links.opportunities.records(ofCompany: id, in: book.opportunities)
                + people.flatMap { links.opportunities.records(ofContact: $0.id, in: book.opportunities) })
                .filter { seen.insert($0.id).inserted }
                .sorted { ($0.status == .open ? 0 : 1, $1.updatedAt) < ($1.status == .open ? 0 : 1, $0.updatedAt) }
            guard !deals.isEmpty else { return [PaneLine("No opportunities.", style: .muted)] }
            return [PaneLine("Enter shows the deal on the board", style: .muted)] + deals.map { deal in
                let status: (String, Style) = deal.status == .open ? (book.settings.stage(id: deal.stageID)?.name ?? deal.stageID, .accent)
                    : deal.status == .won ? ("Won", .positive) : ("Lost", .negative)
                return PaneLine([TextSegment(status.0.padding(toLength: 12, withPad: " ", startingAt: 0), style: status.1),
                                 TextSegment(deal.amount.formattedWhole(format).padding(toLength: 11, withPad: " ", startingAt: 0)),
                                 TextSegment(deal.title)], target: .opportunity(deal.id))
            }
        case .timeline:
            let entries = TimelineBuilder.company(id, in: book, links: context.links.links(for: book), timeZone: context.clock.timeZone)
            guard !entries.isEmpty else { return [PaneLine("Nothing yet.", style: .muted)] }
            return entries.map { entry in
                PaneLine([TextSegment(ContactSections.day(entry.date, context.environment) + "  ", style: .muted),
                          TextSegment(entry.label.padding(toLength: 14, withPad: " ", startingAt: 0), style: .accent),
                          TextSegment(entry.title),
                          TextSegment(entry.detail.isEmpty ? "" : "  " + entry.detail.replacingOccurrences(of: "\n", with: " "), style: .muted)])
            }
        }
    }

    static func move(_ action: CompaniesAction, state: inout CompaniesState, context: ScreenContext<CompaniesScreen>) {
        guard let id = CompaniesScreen.selectedID(state, book: context.book) else { return }
        let move: PaneCursor.Move
        switch action {
        case .moveUp: move = .up
        case .moveDown: move = .down
        case .pageUp: move = .pageUp
        case .pageDown: move = .pageDown
        case .top: move = .top
        case .bottom: move = .bottom
        default: return
        }
        let lines = lines(id, section: state.section, state: state, context: context, width: 60)
        state.paneCursor = PaneCursor.moved(state.paneCursor, move, lineCount: lines.count,
                                            targetCount: lines.filter { $0.target != nil }.count,
                                            page: max(1, context.size.height - 8))
    }

    /// Enter on a line of the pane: the person or the deal it names, on its own screen.
    static func activate(_ id: CompanyID, state: CompaniesState, context: inout ScreenContext<CompaniesScreen>) {
        let targets = lines(id, section: state.section, state: state, context: context, width: 60).compactMap(\.target)
        guard targets.indices.contains(state.paneCursor) else {
            context.show("[ and ] switch sections; Enter opens a person or a deal")
            return
        }
        switch targets[state.paneCursor] {
        case .opportunity(let opportunityID): context.perform(.board(.focusOpportunity(opportunityID)))
        case .contact(let contactID): context.perform(.contacts(.open(contactID)))
        case .ticket: break
        }
    }

    static func render(_ id: CompanyID, state: CompaniesState, context: ScreenContext<CompaniesScreen>, into buffer: inout CellBuffer,
                       area: Rect) {
        guard let company = context.book.companies[id], area.width >= 10, area.height >= 6 else { return }
        let focused = state.paneHasFocus
        buffer.fill(area)
        let box = buffer.drawBox(area, style: focused ? .borderFocused : .border, title: FocusMarker.title(company.name, focused: focused),
                                 titleStyle: FocusMarker.titleStyle(focused: focused))
        let inner = box.inset(top: 0, left: 1, bottom: 0, right: 1)
        guard inner.height >= 4 else { return }
        let subtitle = [company.industry, company.domain].filter { !$0.isEmpty }.joined(separator: " · ")
        buffer.write(subtitle.isEmpty ? company.id.rawValue : subtitle, at: inner.x, y: inner.y, style: .muted, maxWidth: inner.width)
        var tabX = inner.x
        for section in CompanySection.allCases {
            let label = " \(section.title) "
            guard tabX + DisplayWidth.of(label) <= inner.maxX else { break }
            let active = section == state.section
            tabX += buffer.write(label, at: tabX, y: inner.y + 1, style: active ? (focused ? .selected : .selectedInactive) : .muted)
        }
        buffer.horizontalLine(x: inner.x, y: inner.y + 2, length: inner.width)
        let body = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        let lines = lines(id, section: state.section, state: state, context: context, width: body.width)
        ContactDetailPane.renderLines(lines, cursor: state.paneCursor, isFocused: focused, into: &buffer, area: body)
    }
}
