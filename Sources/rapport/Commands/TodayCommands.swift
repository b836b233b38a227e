import Foundation
import RapportCore

/// A working day from the command line: `rapport today` (the day's agenda), `rapport remind`
/// (for cron and systemd timers: exit 0 when a timed task is due soon, 1 when none is) and
/// `rapport keep-in-touch` (a contact's or a tag's cadence). docs/WORKDAY.md shows them in use.
enum TodayCommands {
    static let today = Command(
        name: "today", summary: Messages.todayCommandSummary.text, usage: Messages.todayCommandUsage.text,
        valueOptions: ["data"], flagOptions: ["json"]
    ) { arguments, context in
        try CommandValues.noExtraPositionals(arguments, expected: 0)
        let clock = try context.clock()
        let book = try BookAccess.load(context.dataDirectory(arguments))
        let agenda = DayAgenda(book: book, now: clock.now, timeZone: clock.timeZone)
        if arguments.has("json") {
            do {
                try CommandOutput.write(try JSONRecords.bytes(TodayJSON(agenda, book: book, today: clock.today)), to: nil)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(Messages.todayEncodeFailed.text(["error": "\(error)"]))
            }
        } else {
            Output.out(TodayText.render(agenda, book: book, today: clock.today, width: TextTable.terminalWidth(context.environment)))
        }
        return 0
    }

    static let remind = Command(
        name: "remind", summary: Messages.remindCommandSummary.text, usage: Messages.remindCommandUsage.text,
        valueOptions: ["data", "within"], flagOptions: ["json"]
    ) { arguments, context in
        try CommandValues.noExtraPositionals(arguments, expected: 0)
        let within = arguments.value("within") ?? "15m"
        guard let minutes = TaskReminder.minutes(within) else { throw UsageError(Messages.remindWithinInvalid.text(["text": within])) }
        let clock = try context.clock()
        let book = try BookAccess.load(context.dataDirectory(arguments))
        let tasks = TaskReminder.upcoming(in: book.activities, now: clock.now, timeZone: clock.timeZone, minutes: minutes)
        if arguments.has("json") {
            do {
                try CommandOutput.write(try JSONRecords.bytes(tasks), to: nil)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(Messages.todayEncodeFailed.text(["error": "\(error)"]))
            }
        } else {
            for task in tasks {
                let summary = [task.summary, TodayText.about(task, book: book)].filter { !$0.isEmpty }.joined(separator: " · ")
                Output.out(Messages.remindLine.text(["time": task.dueTime?.description ?? "", "summary": summary]))
            }
        }
        return tasks.isEmpty ? 1 : 0
    }

    static let keepInTouch = Command(
        name: "keep-in-touch", summary: Messages.keepInTouchCommandSummary.text, usage: Messages.keepInTouchCommandUsage.text,
        valueOptions: ["data", "tag", "segment"], flagOptions: []
    ) { arguments, context in
        let tag = arguments.value("tag")?.trimmingWhitespace()
        let segmentName = arguments.value("segment")?.trimmingWhitespace()
        guard tag == nil || segmentName == nil else { throw UsageError(Messages.keepInTouchNeedsCadence.text) }
        let segment = try segmentName.map { name in
            guard let segment = AudienceFilter.segment(named: name) else {
                throw UsageError(Messages.keepInTouchUnknownSegment.text([
                    "segment": name, "segments": CustomerSegment.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            return segment
        }
        let expected = tag == nil && segment == nil ? 2 : 1
        guard arguments.positionals.count == expected, let cadenceText = arguments.positionals.last else {
            throw UsageError(Messages.keepInTouchNeedsCadence.text)
        }
        guard let cadence = CadenceInput.parse(cadenceText), !cadenceText.trimmingWhitespace().isEmpty else {
            throw UsageError(Messages.keepInTouchInvalid.text(["text": cadenceText]))
        }
        let days: Int? = if case .days(let days) = cadence { days } else { nil }
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var changed = book
        let said: String
        if let segment {
            var bySegment = changed.settings.keepInTouchSegments ?? [:]
            bySegment[segment.rawValue] = days
            changed.settings.keepInTouchSegments = bySegment.isEmpty ? nil : bySegment
            said = days.map { Messages.keepInTouchSegmentSet.text(["segment": segment.title, "cadence": TodayText.cadence($0)]) }
                ?? Messages.keepInTouchSegmentOff.text(["segment": segment.title])
        } else if let tag {
            guard !tag.isEmpty else { throw UsageError(Messages.keepInTouchNeedsCadence.text) }
            var byTag = changed.settings.keepInTouch ?? [:]
            // One entry per tag whatever its case: the rule compares tags ignoring case.
            for key in byTag.keys where key.lowercased() == tag.lowercased() { byTag[key] = nil }
            byTag[tag] = days
            changed.settings.keepInTouch = byTag.isEmpty ? nil : byTag
            said = days.map { Messages.keepInTouchTagSet.text(["tag": tag, "cadence": TodayText.cadence($0)]) }
                ?? Messages.keepInTouchTagOff.text(["tag": tag])
        } else {
            let name = arguments.positionals[0]
            let contact = try BookAccess.require(RecordLookup(book: book).contact(name), "contact", name)
            changed.contacts.update(contact.id) { $0.keepInTouchDays = days; $0.updatedAt = clock.now }
            said = days.map { Messages.keepInTouchContactSet.text(["contact": contact.displayName, "cadence": TodayText.cadence($0)]) }
                ?? Messages.keepInTouchContactOff.text(["contact": contact.displayName])
        }
        if changed != book { try BookAccess.save(changed, with: store) }
        Output.out(said)
        return 0
    }
}

/// `rapport today` as people read it: a heading and a table per group, empty groups left out.
enum TodayText {
    static func render(_ agenda: DayAgenda, book: Book, today: LocalDate, width: Int) -> String {
        var parts = [Messages.todayTitle.text(["date": today.description])]
        guard !agenda.isEmpty else { return (parts + [Messages.todayNothing.text]).joined(separator: "\n") }
        let taskHeaders = [Messages.todayColumnID, Messages.todayColumnWhen, Messages.todayColumnWhat, Messages.todayColumnSummary, Messages.todayColumnAbout].map(\.text)
        func taskRows(_ tasks: [Activity]) -> [[String]] {
            tasks.map { task in
                [task.id.rawValue, when(task, today: today), task.taskType?.title ?? "", task.summary, about(task, book: book)]
            }
        }
        if !agenda.overdue.isEmpty {
            parts += ["", Messages.todayOverdue.text(["count": agenda.overdue.count]),
                      TextTable(headers: taskHeaders, rows: taskRows(agenda.overdue), keeps: 3).render(width: width)]
        }
        if !agenda.today.isEmpty {
            parts += ["", Messages.todayToday.text(["count": agenda.today.count]),
                      TextTable(headers: taskHeaders, rows: taskRows(agenda.today), keeps: 3).render(width: width)]
        }
        if !agenda.deals.isEmpty {
            let rows = agenda.deals.compactMap { flagged -> [String]? in
                guard let deal = book.opportunities[flagged.opportunityID] else { return nil }
                return [deal.id.rawValue, deal.title, book.settings.stage(id: deal.stageID)?.name ?? deal.stageID, why(flagged, deal: deal)]
            }
            parts += ["", Messages.todayDeals.text(["count": rows.count]),
                      TextTable(headers: [Messages.todayColumnID, Messages.todayColumnName, Messages.todayColumnWhat, Messages.todayColumnWhy].map(\.text),
                                rows: rows, keeps: 1).render(width: width)]
        }
        if !agenda.touches.isEmpty {
            let rows = agenda.touches.compactMap { due -> [String]? in
                guard let contact = book.contacts[due.contactID] else { return nil }
                return [contact.id.rawValue, contact.displayName, why(due)]
            }
            parts += ["", Messages.todayTouches.text(["count": rows.count]),
                      TextTable(headers: [Messages.todayColumnID, Messages.todayColumnName, Messages.todayColumnWhy].map(\.text),
                                rows: rows, keeps: 1).render(width: width)]
        }
        return parts.joined(separator: "\n")
    }

    /// "14:30", "any time" today; "2026-11-20 (2 days late)" before.
    static func when(_ task: Activity, today: LocalDate) -> String {
        guard let due = task.dueDate else { return "" }
        let time = task.dueTime?.description
        if due == today { return time ?? Messages.todayAllDay.text }
        let late = Messages.todayDaysLate.text(["count": due.days(until: today)])
        return [due.description, time].compactMap { $0 }.joined(separator: " ") + " (\(late))"
    }

    /// What a task is about: "Giulia Rossi · Annual licence", else its company.
    static func about(_ task: Activity, book: Book) -> String {
        [task.contactID.flatMap { book.contacts[$0]?.displayName },
         task.opportunityID.flatMap { book.opportunities[$0]?.title },
         task.contactID == nil ? task.companyID.flatMap { book.companies[$0]?.name } : nil]
            .compactMap { $0 }.joined(separator: " · ")
    }

    static func why(_ flagged: DealAttention.Flagged, deal: Opportunity) -> String {
        var reasons: [String] = []
        if flagged.isRotting { reasons.append(Messages.todayDealRotting.text(["count": flagged.idleDays])) }
        if flagged.isPastClose, let close = deal.expectedClose { reasons.append(Messages.todayDealPastClose.text(["date": close.description])) }
        return reasons.joined(separator: "; ")
    }

    static func why(_ due: KeepInTouch.Due) -> String {
        let message = due.lastTouch == nil ? Messages.todayTouchNever : Messages.todayTouchLast
        return message.text(["count": due.daysSince, "cadence": cadence(due.cadenceDays)])
    }

    static func cadence(_ days: Int) -> String { Messages.todayCadence.text(["count": days]) }
}

/// `rapport today --json`: ids, dates and numbers only, never display text, so scripts do not
/// depend on the language. Tasks are the activity records as stored.
struct TodayJSON: Encodable, Sendable {
    struct Deal: Encodable, Sendable {
        var id: String
        var title: String
        var stageID: String
        var rotting: Bool
        var pastClose: Bool
        var idleDays: Int
        var expectedClose: LocalDate?
    }

    struct Touch: Encodable, Sendable {
        var contactID: String
        var cadenceDays: Int
        var daysSince: Int
        var lastTouch: Date?
    }

    var date: LocalDate
    var overdue: [Activity]
    var today: [Activity]
    var deals: [Deal]
    var keepInTouch: [Touch]

    init(_ agenda: DayAgenda, book: Book, today: LocalDate) {
        date = today
        overdue = agenda.overdue
        self.today = agenda.today
        deals = agenda.deals.compactMap { flagged in
            guard let deal = book.opportunities[flagged.opportunityID] else { return nil }
            return Deal(id: deal.id.rawValue, title: deal.title, stageID: deal.stageID, rotting: flagged.isRotting,
                        pastClose: flagged.isPastClose, idleDays: flagged.idleDays, expectedClose: deal.expectedClose)
        }
        keepInTouch = agenda.touches.map {
            Touch(contactID: $0.contactID.rawValue, cadenceDays: $0.cadenceDays, daysSince: $0.daysSince, lastTouch: $0.lastTouch)
        }
    }
}
