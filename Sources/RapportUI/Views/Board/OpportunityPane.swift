import Foundation
import RapportCanvas
import RapportCore

/// Enter: everything about one deal, over the board. Scrolls with j/k; the keys in its bottom
/// line act on this deal.
enum OpportunityPane {
    typealias Line = [TextSegment]

    /// The pane's box inside the board's area.
    static func frame(in body: Rect) -> Rect {
        body.centered(width: min(body.width, 100), height: body.height)
    }

    /// Rows of text inside the box (the last inner row holds the key hints).
    static func textArea(in body: Rect) -> Rect {
        frame(in: body).inset(top: 1, left: 2, bottom: 2, right: 2)
    }

    /// As drawn: over the board's columns, above the footer (and the legend line when shown).
    static func textHeight(_ context: BoardContext) -> Int {
        textArea(in: BoardLegend.boardArea(context.book, in: BoardLayout.bodyArea(for: context.size)).splitBottom(1).rest).height
    }

    static func lineCount(_ state: BoardState, _ context: BoardContext) -> Int {
        guard let pane = state.pane, let opportunity = context.book.opportunities[pane.opportunityID] else { return 0 }
        let width = textArea(in: BoardLayout.bodyArea(for: context.size)).width
        return lines(for: opportunity, book: context.book, activities: state.caches.activityIndex(context.book),
                     clock: context.clock, width: width).count
    }

    static func render(_ state: BoardState, context: BoardContext, into buffer: inout CellBuffer, area: Rect) {
        guard let pane = state.pane else { return }
        let book = context.book
        let box = frame(in: area)
        buffer.fill(box)
        guard let opportunity = book.opportunities[pane.opportunityID] else {
            buffer.drawBox(box, style: .borderFocused, title: "Opportunity")
            buffer.write("This opportunity no longer exists (undo brings it back). Esc closes.", at: box.x + 2, y: box.y + 1,
                         style: .muted, maxWidth: box.width - 4)
            return
        }
        buffer.drawBox(box, style: .borderFocused, title: opportunity.title)
        let text = textArea(in: area)
        let all = lines(for: opportunity, book: book, activities: state.caches.activityIndex(book), clock: context.clock,
                        width: text.width)
        let offset = min(pane.offset, max(0, all.count - text.height))
        for row in 0..<min(text.height, max(0, all.count - offset)) {
            var x = text.x
            for segment in all[offset + row] {
                x += buffer.write(segment.text, at: x, y: text.y + row, style: segment.style, maxWidth: text.maxX - x)
            }
        }
        if offset + text.height < all.count {
            buffer.writeRightAligned("↓ \(all.count - offset - text.height) more", endingAt: box.maxX - 2, y: box.maxY - 2, style: .muted)
        }
        // A won or lost deal has no stage to move, next step to plan or offer to add.
        let hints = OpportunityPaneHints.line(isOpen: opportunity.status == .open)
        buffer.write(hints, at: text.x, y: box.maxY - 2, style: .muted, maxWidth: text.width - 12)
    }

    // MARK: Content

    static func lines(for opportunity: Opportunity, book: Book, activities: BoardActivityIndex, clock: any Clock,
                      width: Int) -> [Line] {
        let settings = book.settings
        let now = clock.now
        let timeZone = clock.timeZone
        let today = clock.today
        var lines: [Line] = []
        func label(_ text: String) -> TextSegment { TextSegment(pad(text, 16), style: .muted) }
        func plain(_ text: String, _ style: Style = .normal) -> TextSegment { TextSegment(text, style: style) }
        func day(_ date: Date) -> LocalDate { LocalDate(date, in: timeZone) }

        // Where the deal stands.
        let stageName = settings.stage(id: opportunity.stageID)?.name ?? opportunity.stageID
        if settings.pipelines.count > 1 {
            lines.append([label(Messages.pipelinesPaneLabel.text), plain(settings.pipeline(of: opportunity).name)])
        }
        switch opportunity.status {
        case .open:
            lines.append([label("Status"), plain("Open", .accent), plain(" · in \(stageName)")])
        case .won:
            let when = opportunity.closedAt.map { " on \(day($0))" } ?? ""
            lines.append([label("Status"), plain("Won\(when)", Style.positive.bold), plain(" · closed in \(stageName)", .muted)])
        case .lost:
            let when = opportunity.closedAt.map { " on \(day($0))" } ?? ""
            lines.append([label("Status"), plain("Lost\(when)", Style.negative.bold), plain(" · closed in \(stageName)", .muted)])
            lines.append([label("Lost reason"), plain(opportunity.lostReason ?? "(none given)", .negative)])
            if let lostTo = opportunity.lostTo {
                lines.append([label(Messages.boardLostTo.text), plain(lostTo, Style.negative.bold)])
            }
        }

        // Who.
        if let contact = opportunity.contactID.flatMap({ book.contacts[$0] }) {
            var line = [label("Contact"), plain(contact.displayName, Style.normal.bold)]
            if let email = contact.primaryEmail { line.append(plain("  \(email)", .muted)) }
            if let phone = contact.primaryPhone { line.append(plain("  \(phone)", .muted)) }
            line.append(plain("  (c opens)", .muted))
            lines.append(line)
        } else {
            lines.append([label("Contact"), plain("none", .muted)])
        }
        if let company = opportunity.companyID.flatMap({ book.companies[$0] }) {
            lines.append([label("Company"), plain(company.name, Style.normal.bold), plain("  (C opens)", .muted)])
        } else {
            lines.append([label("Company"), plain("none", .muted)])
        }

        // How much, how likely, when.
        let probability = opportunity.probability(in: settings)
        let isDefault = opportunity.probabilityOverride == nil || opportunity.probabilityOverride == settings.stage(id: opportunity.stageID)?.probability
        lines.append([label("Amount"), plain(opportunity.amount.formatted(settings.numberFormat), Style.normal.bold)])
        lines.append([label("Probability"), plain("\(probability)%"),
                      plain(opportunity.status == .open ? (isDefault ? " (stage default)" : " (set for this deal)") : "", .muted),
                      plain(" · weighted "), plain(opportunity.weightedAmount(in: settings).formatted(settings.numberFormat))])
        if opportunity.status != .open {
            lines.append(closedLine(opportunity, today: today, timeZone: timeZone, label: label))
        } else if let close = opportunity.expectedClose {
            let days = today.days(until: close)
            let relative = days == 0 ? "today" : (days > 0 ? "in \(days) days" : "\(-days) days ago")
            let late = opportunity.status == .open && days < 0
            var line = [label("Expected close"), plain(close.description, late ? .warning : .normal), plain(" (\(relative))", late ? .warning : .muted)]
            if late { line.append(plain("  \(CardMarker.pastClose.symbol) " + Messages.boardPanePastClose.text, .warning)) }
            lines.append(line)
        } else {
            lines.append([label("Expected close"), plain("not set", .muted)])
        }
        let facts = CardFacts(opportunity, book: book, activities: activities, now: now, timeZone: timeZone)
        var stageLine = [label("Created"), plain(day(opportunity.createdAt).description)]
        if opportunity.status == .open {
            stageLine.append(plain(" · \(facts.daysInStage) days in \(stageName)"))
            if facts.isRotting, let rot = settings.stage(id: opportunity.stageID)?.rottingDays {
                stageLine.append(plain("  rotting: idle for more than \(rot) days", .warning))
            }
        }
        lines.append(stageLine)
        if !opportunity.tags.isEmpty {
            lines.append([label("Tags"), plain(opportunity.tags.map { "#" + $0 }.joined(separator: " "))])
        }
        lines.append([label("Competitors"), opportunity.competitors.isEmpty ? plain("none known", .muted)
                                                                          : plain(opportunity.competitors.joined(separator: ", "))])

        // Stage history: when each stage was entered and how long the deal stayed.
        lines.append([])
        lines.append([plain("Stage history", Style.header.bold)])
        let end = opportunity.closedAt ?? now
        for (index, entry) in opportunity.stageHistory.enumerated() {
            let next = index + 1 < opportunity.stageHistory.count ? opportunity.stageHistory[index + 1].enteredAt : end
            let days = max(0, day(entry.enteredAt).days(until: day(next)))
            let name = settings.stage(id: entry.stageID)?.name ?? entry.stageID
            let isCurrent = index == opportunity.stageHistory.count - 1 && opportunity.status == .open
            lines.append([plain("  " + pad(name, 14)), plain(day(entry.enteredAt).description, .muted),
                          plain("  " + pad("\(days) day" + (days == 1 ? "" : "s"), 9)), plain(isCurrent ? " (now)" : "", .accent)])
        }

        // Offers, and how often they were accepted.
        lines.append([])
        var offersTitle = [plain("Offers", Style.header.bold)]
        if let rate = opportunity.offerAcceptanceRate {
            let decided = opportunity.offers.filter { $0.status == .accepted || $0.status == .rejected }
            let accepted = decided.filter { $0.status == .accepted }.count
            offersTitle.append(plain("  acceptance \(Int((rate * 100).rounded()))% (\(accepted) of \(decided.count) decided)", .muted))
        }
        lines.append(offersTitle)
        if opportunity.offers.isEmpty {
            lines.append([plain(opportunity.status == .open ? "  none yet · o adds one" : "  " + Messages.boardPaneOffersNone.text, .muted)])
        }
        for offer in opportunity.offers {
            let style: Style
            switch offer.status {
            case .accepted: style = .positive
            case .rejected: style = .negative
            case .superseded: style = .muted
            case .sent: style = .normal
            }
            lines.append([plain("  \(offer.date)  "), plain(pad(offer.amount.formatted(settings.numberFormat), 14)),
                          plain(pad(offer.status.rawValue, 11), style), plain(offer.note, .muted)])
        }

        // Next activities (open tasks) and the latest done ones.
        let related = (activities.activitiesByOpportunity[opportunity.id] ?? []).compactMap { book.activities[$0] }
        let open = related.filter(\.isOpenTask).sorted {
            let left = NextStep(activityID: $0.id, type: $0.taskType, summary: $0.summary, due: $0.dueDate, time: $0.dueTime)
            let right = NextStep(activityID: $1.id, type: $1.taskType, summary: $1.summary, due: $1.dueDate, time: $1.dueTime)
            return (left.sortKey, left.activityID) < (right.sortKey, right.activityID)
        }
        // A closed deal needs no next step: only tasks left open on it show, without the prompts.
        if opportunity.status == .open {
            lines.append([])
            lines.append([plain("Next activities", Style.header.bold), plain("  t plans one · x marks the first done", .muted)])
            if open.isEmpty { lines.append([plain("  no next step", .warning)]) }
        } else if !open.isEmpty {
            lines.append([])
            lines.append([plain(Messages.boardPaneOpenTasksLeft.text, Style.header.bold)])
        }
        for task in open {
            let step = NextStep(activityID: task.id, type: task.taskType, summary: task.summary, due: task.dueDate, time: task.dueTime)
            let status = CardFacts.status(of: step, now: now, timeZone: timeZone)
            var when = task.dueDate?.description ?? "no date"
            if let time = task.dueTime { when += " \(time)" }
            let style: Style
            switch status {
            case .overdue: style = .overdue
            case .today: style = .dueToday
            default: style = .normal
            }
            lines.append([plain("  " + pad(when, 17), style), plain(pad(task.taskType?.title ?? "Task", 9), .muted), plain(task.summary, style)])
        }
        let done = related.filter { !$0.isOpenTask && $0.happenedAt != nil }
            .sorted { ($0.happenedAt ?? .distantPast, $0.id) > ($1.happenedAt ?? .distantPast, $1.id) }
        if !done.isEmpty {
            lines.append([plain("Done lately", Style.header.bold)])
            for activity in done.prefix(5) {
                let when = activity.happenedAt.map { day($0).description } ?? ""
                let kind = activity.taskType?.title ?? activity.channel?.title ?? ""
                lines.append([plain("  " + pad(when, 17), .muted), plain(pad(kind, 9), .muted), plain(activity.summary)])
            }
        }

        // Notes.
        lines.append([])
        lines.append([plain("Notes", Style.header.bold), plain("  N edits them in $EDITOR", .muted)])
        if opportunity.notes.allSatisfy(\.isWhitespace) {
            lines.append([plain("  none", .muted)])
        } else {
            for line in TextWrap.wrap(opportunity.notes, width: max(1, width - 2)) { lines.append([plain("  " + line)]) }
        }
        return lines
    }

    /// "Closed  Won on 2026-03-02 (12 days ago) · expected 2026-04-10": in place of the open
    /// deal's expected close, which no longer lies ahead.
    private static func closedLine(_ opportunity: Opportunity, today: LocalDate, timeZone: TimeZone,
                                   label: (String) -> TextSegment) -> Line {
        let won = opportunity.status == .won
        let style = won ? Style.positive.bold : Style.negative.bold
        var line = [label(Messages.boardPaneClosedLabel.text)]
        var details: [String] = []
        if let closedAt = opportunity.closedAt {
            let day = LocalDate(closedAt, in: timeZone)
            let outcome = won ? Messages.boardPaneClosedWon : Messages.boardPaneClosedLost
            line.append(TextSegment(outcome.text(["date": day.description]), style: style))
            let ago = max(0, day.days(until: today))
            details.append(ago == 0 ? Messages.boardPaneClosedToday.text : Messages.boardPaneClosedDaysAgo.text(["count": ago]))
        } else {
            line.append(TextSegment((won ? Messages.boardPaneClosedWonUndated : Messages.boardPaneClosedLostUndated).text, style: style))
        }
        var tail = details.isEmpty ? "" : " (\(details.joined()))"
        if let expected = opportunity.expectedClose {
            tail += " · " + Messages.boardPaneClosedExpected.text(["date": expected.description])
        }
        if !tail.isEmpty { line.append(TextSegment(tail, style: .muted)) }
        return line
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let used = DisplayWidth.of(text)
        return used >= width ? text + " " : text + String(repeating: " ", count: width - used)
    }
}
