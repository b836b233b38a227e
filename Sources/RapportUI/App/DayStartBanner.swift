import Foundation
import RapportCanvas
import RapportCore

/// The box over the board as the app opens: what is overdue, today's tasks with their times,
/// the deals to look at and the contacts due a touch. Each group gets a share of the rows; a
/// group cut short says how many more it has (the agenda, view 4, lists them all).
struct DayStartBanner: Widget {
    let agenda: DayAgenda
    let book: Book
    let today: LocalDate

    private struct Line {
        /// A task's due time or lateness, in a column of its own.
        var when: String = ""
        var text: String
        var detail: String = ""
        var style: Style = .normal
        var isHeading = false
    }

    private struct Group {
        var heading: Line
        var items: [Line]
    }

    private var groups: [Group] {
        var groups: [Group] = []
        func task(_ task: Activity, lateStyle: Bool) -> Line {
            let when: String
            if let due = task.dueDate, due < today {
                when = Messages.todayDaysLate.text(["count": due.days(until: today)])
            } else {
                when = task.dueTime?.description ?? Messages.todayAllDay.text
            }
            let about = [task.contactID.flatMap { book.contacts[$0]?.displayName },
                         task.opportunityID.flatMap { book.opportunities[$0]?.title }].compactMap { $0 }.joined(separator: " · ")
            return Line(when: when, text: task.summary, detail: about,
                        style: lateStyle ? .overdue : .dueToday)
        }
        if !agenda.overdue.isEmpty {
            groups.append(Group(heading: Line(text: Messages.todayOverdue.text(["count": agenda.overdue.count]), style: Style.overdue.bold, isHeading: true),
                                items: agenda.overdue.map { task($0, lateStyle: true) }))
        }
        if !agenda.today.isEmpty {
            groups.append(Group(heading: Line(text: Messages.todayToday.text(["count": agenda.today.count]), style: Style.dueToday.bold, isHeading: true),
                                items: agenda.today.map { task($0, lateStyle: false) }))
        }
        if !agenda.deals.isEmpty {
            let items = agenda.deals.compactMap { flagged -> Line? in
                guard let deal = book.opportunities[flagged.opportunityID] else { return nil }
                var why: [String] = []
                if flagged.isRotting { why.append(Messages.todayDealRotting.text(["count": flagged.idleDays])) }
                if flagged.isPastClose, let close = deal.expectedClose { why.append(Messages.todayDealPastClose.text(["date": close.description])) }
                return Line(text: deal.title, detail: why.joined(separator: "; "), style: .warning)
            }
            groups.append(Group(heading: Line(text: Messages.todayDeals.text(["count": items.count]), style: .header, isHeading: true), items: items))
        }
        if !agenda.touches.isEmpty {
            let items = agenda.touches.compactMap { due -> Line? in
                guard let contact = book.contacts[due.contactID] else { return nil }
                let message = due.lastTouch == nil ? Messages.todayTouchNever : Messages.todayTouchLast
                return Line(text: contact.displayName,
                            detail: message.text(["count": due.daysSince, "cadence": Messages.todayCadence.text(["count": due.cadenceDays])]),
                            style: .accent)
            }
            groups.append(Group(heading: Line(text: Messages.todayTouches.text(["count": items.count]), style: .header, isHeading: true), items: items))
        }
        return groups
    }

    /// The lines to show in `rows`: every heading, and the items shared out one at a time from
    /// the first group on, a group cut short ending with "… and N more".
    private func lines(fitting rows: Int) -> [Line] {
        let groups = groups
        var shown = [Int](repeating: 0, count: groups.count)
        var used = groups.count
        var added = true
        while added, used < rows {
            added = false
            for index in groups.indices where used < rows && shown[index] < groups[index].items.count {
                shown[index] += 1
                used += 1
                added = true
            }
        }
        var lines: [Line] = []
        for (index, group) in groups.enumerated() {
            lines.append(group.heading)
            let items = group.items
            if shown[index] < items.count, shown[index] > 0 {
                // The last row says what is left out instead of one more item.
                lines += items.prefix(shown[index] - 1)
                lines.append(Line(text: Messages.todayBannerMore.text(["count": items.count - shown[index] + 1]), style: .muted))
            } else {
                lines += items.prefix(shown[index])
            }
        }
        return lines
    }

    func render(into buffer: inout CellBuffer, area: Rect) {
        let width = min(area.width - 2, 96)
        let needed = groups.reduce(0) { $0 + 1 + $1.items.count }
        // Border, the lines, a blank row and the hint.
        let height = min(area.height, needed + 4)
        let (box, inner) = DialogFrame.draw(in: area, width: width, height: height,
                                            title: " " + Messages.todayTitle.text(["date": today.description]) + " ", buffer: &buffer)
        let rows = max(0, inner.height - 2)
        let detailX = inner.x + max(24, inner.width / 2)
        let lines = lines(fitting: rows)
        let whenWidth = lines.map { DisplayWidth.of($0.when) }.max() ?? 0
        for (row, line) in lines.enumerated() {
            let y = inner.y + row
            if line.isHeading {
                buffer.write(line.text, at: inner.x, y: y, style: line.style, maxWidth: inner.width)
                continue
            }
            var x = inner.x + 2
            if !line.when.isEmpty {
                buffer.write(line.when, at: x, y: y, style: line.style, maxWidth: whenWidth)
                x += whenWidth + 2
            }
            let textWidth = (line.detail.isEmpty ? inner.maxX : detailX - 1) - x
            buffer.write(line.text, at: x, y: y, style: line.when.isEmpty ? line.style : .normal, maxWidth: max(0, textWidth))
            if !line.detail.isEmpty {
                buffer.write(line.detail, at: detailX, y: y, style: .muted, maxWidth: max(0, inner.maxX - detailX))
            }
        }
        buffer.write(Messages.todayBannerHint.text, at: inner.x, y: box.maxY - 2, style: .muted, maxWidth: inner.width)
    }
}
