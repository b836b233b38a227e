import Foundation
import RapportCanvas
import RapportCore

/// What a logged interaction or a planned task is about.
struct ActivityLinks: Hashable, Sendable {
    var contactID: ContactID?
    var companyID: CompanyID?
    var opportunityID: OpportunityID?
}

/// The "log an interaction" (`a`) and "plan a task" (`t`) forms, shared by the contact and
/// company panes and the agenda.
enum ActivityForms {
    static func interactionForm(now: Date, timeZone: TimeZone) -> FormState {
        FormState(fields: [
            FormField("Channel", text: "phone", placeholder: "email, phone, sms, chat, social, store-visit, web",
                      validate: FieldParsing.channelValidator),
            FormField("Direction", text: "out", placeholder: "in or out", validate: FieldParsing.directionValidator),
            FormField("Summary", placeholder: "what was said", validate: Validators.required("A summary is required")),
            FormField("When", text: FieldParsing.momentText(now, timeZone: timeZone), validate: FieldParsing.momentValidator(timeZone)),
        ])
    }

    /// The interaction the submitted form describes, added to the book; nil if a value is invalid.
    static func logInteraction(_ values: [String], links: ActivityLinks, book: inout Book, now: Date, timeZone: TimeZone) -> Activity? {
        guard values.count == 4, let channel = FieldParsing.channel(values[0]), let direction = FieldParsing.direction(values[1]),
              let when = FieldParsing.moment(values[3], timeZone: timeZone) else { return nil }
        let activity = Activity(id: book.activities.nextID(), createdAt: now, channel: channel, direction: direction,
                                summary: values[2].trimmingCharacters(in: .whitespaces), occurredAt: when,
                                contactID: links.contactID, companyID: links.companyID, opportunityID: links.opportunityID)
        book.activities.upsert(activity)
        return activity
    }

    /// `a` on the board, the contacts and the companies: the book with the submitted interaction
    /// logged, and the label of that change, for the screen to commit through its context; nil
    /// if a value is invalid (the form said so).
    static func loggedInteraction(_ values: [String], links: ActivityLinks, in book: Book, clock: any Clock) -> (Book, String)? {
        var book = book
        guard let activity = logInteraction(values, links: links, book: &book, now: clock.now, timeZone: clock.timeZone) else { return nil }
        return (book, "Logged \(activity.channel?.title.lowercased() ?? "interaction"): \(activity.summary)")
    }

    static func taskForm(today: LocalDate) -> FormState {
        FormState(fields: [
            FormField("Type", text: "call", placeholder: "call, meeting, email, to-do", validate: FieldParsing.taskTypeValidator),
            FormField("Summary", placeholder: "what to do", validate: Validators.required("A summary is required")),
            FormField("Due", text: today.adding(days: 1).description, validate: FieldParsing.date),
            FormField("Time", placeholder: "HH:MM (optional)", validate: FieldParsing.optionalTime),
            FormField(Messages.calendarRepeatsLabel.text, placeholder: Messages.calendarRepeatsPlaceholder.text,
                      validate: FieldParsing.optionalRecurrence),
        ])
    }

    static func planTask(_ values: [String], links: ActivityLinks, book: inout Book, now: Date, today: LocalDate) -> Activity? {
        guard values.count == 5, let type = FieldParsing.taskType(values[0]),
              let due = DateInput.parse(values[2], today: today) else { return nil }
        let timeText = values[3].trimmingCharacters(in: .whitespaces)
        let repeatText = values[4].trimmingCharacters(in: .whitespaces)
        let recurrence = RecurrenceText.parse(repeatText, today: today)
        guard repeatText.isEmpty || recurrence != nil else { return nil }
        var task = Activity(id: book.activities.nextID(), createdAt: now, task: type, summary: values[1].trimmingCharacters(in: .whitespaces),
                            due: due, dueTime: timeText.isEmpty ? nil : LocalTime(timeText), contactID: links.contactID,
                            companyID: links.companyID, opportunityID: links.opportunityID)
        task.recurrence = recurrence
        book.activities.upsert(task)
        return task
    }
}
