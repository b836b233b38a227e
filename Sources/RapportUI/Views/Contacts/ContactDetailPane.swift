import Foundation
import RapportCanvas
import RapportCore

/// One line of a detail pane: styled pieces, and the record Enter jumps to when it is selected.
struct PaneLine: Sendable {
    enum Target: Hashable, Sendable {
        case opportunity(OpportunityID)
        case contact(ContactID)
        case ticket(TicketID)
    }

    var segments: [TextSegment]
    var target: Target?

    init(_ segments: [TextSegment], target: Target? = nil) {
        self.segments = segments
        self.target = target
    }

    init(_ text: String, style: Style = .normal, target: Target? = nil) {
        self.init([TextSegment(text, style: style)], target: target)
    }

    static let blank = PaneLine("")

    /// "Label:     value", the label muted and padded so values line up.
    static func field(_ label: String, _ value: String, labelWidth: Int = 12, style: Style = .normal) -> PaneLine {
        let padded = label.padding(toLength: max(label.count, labelWidth), withPad: " ", startingAt: 0)
        return PaneLine([TextSegment(padded, style: .muted), TextSegment(value.isEmpty ? "—" : value, style: value.isEmpty ? .muted : style)])
    }
}

/// The contact's detail pane: a header, the section tabs, and the section's lines.
enum ContactDetailPane {
    static func lines(_ id: ContactID, section: ContactSection, state: ContactsState, context: ContactsContext, width: Int) -> [PaneLine] {
        let book = context.book
        let environment = context.environment
        guard let contact = book.contacts[id] else { return [] }
        switch section {
        case .profile:
            let index = ContactsScreen.index(state, context)
            let row = index.rowByID[id].map { index.rows[$0] }
            return ContactSections.profile(contact, book: book, analytics: row, environment: environment, width: width)
        case .lifecycle: return ContactSections.lifecycle(contact, environment: environment)
        case .consent: return ContactSections.consent(contact, environment: environment)
        case .timeline: return ContactSections.timeline(contact, book: book, links: context.links.links(for: book), environment: environment)
        case .deals: return ContactSections.deals(contact, book: book, links: context.links.links(for: book), environment: environment)
        case .purchases: return ContactSections.purchases(contact, book: book, links: context.links.links(for: book))
        case .tickets: return ContactSections.tickets(contact, book: book, links: context.links.links(for: book), environment: environment)
        }
    }

    /// The body's height for the current terminal: the pane minus border, header, tabs.
    static func bodyHeight(_ context: ContactsContext) -> Int { max(1, context.size.height - 2 - 6) }
    static func bodyWidth(_ context: ContactsContext) -> Int {
        let size = context.size
        let paneWidth = size.width >= ContactsRender.sideBySideWidth ? size.width - size.width * 11 / 20 : size.width
        return max(10, paneWidth - 4)
    }

    /// j/k in the pane: move between deals or tickets in those sections, else scroll.
    static func move(_ action: ContactsAction, state: inout ContactsState, context: ContactsContext) {
        guard let id = ContactsScreen.selectedID(state, context) else { return }
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
        let lines = lines(id, section: state.section, state: state, context: context, width: bodyWidth(context))
        state.paneCursor = PaneCursor.moved(state.paneCursor, move, lineCount: lines.count,
                                            targetCount: lines.filter { $0.target != nil }.count, page: bodyHeight(context))
    }

    /// Enter in the pane: jump to the selected deal on the board, or another record.
    static func activate(_ id: ContactID, state: inout ContactsState, context: inout ContactsContext) -> [Effect] {
        let targets = lines(id, section: state.section, state: state, context: context, width: bodyWidth(context))
            .compactMap(\.target)
        guard targets.indices.contains(state.paneCursor) else {
            context.show("[ and ] switch sections; Enter jumps from Deals to the board")
            return []
        }
        switch targets[state.paneCursor] {
        case .opportunity(let opportunityID):
            context.perform(.board(.focusOpportunity(opportunityID)))
            return []
        case .contact(let contactID):
            return ContactsUpdate.update(.open(contactID), state: &state, context: &context)
        case .ticket:
            context.show("Tickets are listed in Activities (4), tab Tickets")
            return []
        }
    }

    static func render(_ id: ContactID, _ state: ContactsState, _ context: ContactsContext, into buffer: inout CellBuffer, area: Rect) {
        guard let contact = context.book.contacts[id], area.width >= 10, area.height >= 6 else { return }
        let focused = state.paneHasFocus
        buffer.fill(area)
        let box = buffer.drawBox(area, style: focused ? .borderFocused : .border, title: FocusMarker.title(contact.displayName, focused: focused),
                                 titleStyle: FocusMarker.titleStyle(focused: focused))
        let inner = box.inset(top: 0, left: 1, bottom: 0, right: 1)
        guard inner.height >= 4 else { return }
        // Header: who and where in the lifecycle.
        let company = contact.companyID.flatMap { context.book.companies[$0]?.name } ?? ""
        let role = [contact.jobTitle, company].filter { !$0.isEmpty }.joined(separator: " at ")
        var x = inner.x
        x += buffer.write(contact.lifecycle.title, at: x, y: inner.y, style: .accent, maxWidth: inner.width)
        if !role.isEmpty { buffer.write("  " + role, at: x, y: inner.y, style: .muted, maxWidth: inner.maxX - x) }
        buffer.write(contact.id.rawValue, at: inner.x, y: inner.y + 1, style: .muted, maxWidth: inner.width)
        // Section tabs: the shared bar shortens or scrolls them, so the current one always shows.
        TabBar(titles: ContactSection.allCases.map(\.title), activeIndex: state.section.rawValue, showsNumbers: false,
               showsSeparators: false, activeStyle: focused ? .selected : .selectedInactive, inactiveStyle: .muted, background: nil)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 1))
        buffer.horizontalLine(x: inner.x, y: inner.y + 3, length: inner.width)
        let body = Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: inner.height - 4)
        let lines = lines(id, section: state.section, state: state, context: context, width: body.width)
        renderLines(lines, cursor: state.paneCursor, isFocused: focused, into: &buffer, area: body)
    }

    /// Draws pane lines: sections with targets keep the selected one visible and highlighted;
    /// the others scroll by the cursor.
    static func renderLines(_ lines: [PaneLine], cursor: Int, isFocused: Bool, into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let targetLines = lines.indices.filter { lines[$0].target != nil }
        var offset: Int
        var selectedLine: Int?
        if targetLines.isEmpty {
            offset = min(cursor, max(0, lines.count - area.height))
        } else {
            let line = targetLines[min(cursor, targetLines.count - 1)]
            selectedLine = line
            offset = max(0, line - area.height + 2)
        }
        offset = max(0, offset)
        for (row, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            var x = area.x
            let y = area.y + row
            for segment in line.segments where x < area.maxX {
                x += buffer.write(segment.text, at: x, y: y, style: segment.style, maxWidth: area.maxX - x)
            }
            if offset + row == selectedLine {
                buffer.setStyle(isFocused ? .selected : .selectedInactive, in: Rect(x: area.x, y: y, width: area.width, height: 1))
            }
        }
        let hidden = lines.count - offset - area.height
        if hidden > 0 {
            buffer.writeRightAligned("↓ \(hidden) more", endingAt: area.maxX, y: area.maxY - 1, style: .muted)
        }
    }
}
