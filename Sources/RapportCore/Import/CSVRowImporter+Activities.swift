import Foundation

extension CSVRowImporter {
    /// `type` says what it is: a task type (call, meeting, email, todo) plans a task; a channel
    /// (phone, sms, chat, social, web, store-visit) or "interaction" logs one. A `channel`
    /// value always makes it a logged interaction, so `type=email, channel=email` is an email
    /// that was sent, not one to write.
    mutating func importActivity(_ reader: inout CSVRowReader) {
        let typeText = reader.text("type").map(CSVHeader.normalize)
        let channelText = reader.text("channel")
        var channel: Channel?
        var taskType: TaskType?
        if let channelText {
            channel = Self.channel(channelText)
            if channel == nil {
                reader.problem("channel \"\(channelText)\" is not one of " + Channel.allCases.map(\.rawValue).joined(separator: ", "))
            }
        } else if let typeText {
            if let task = TaskType.allCases.first(where: { $0.rawValue == typeText }) {
                taskType = task
            } else if typeText == "todo" || typeText == "task" {
                taskType = .todo
            } else if let logged = Self.channel(typeText) {
                channel = logged
            } else {
                reader.problem("type \"\(reader.string("type"))\" is not call, meeting, email, todo or a channel")
            }
        } else {
            reader.problem("type and channel are both empty: say what the activity is")
        }
        let summary = reader.required("summary")
        let email = reader.email("email")
        let date = reader.date("date")
        let due = reader.date("due")
        var time: LocalTime?
        if let text = reader.text("time") {
            time = LocalTime(text)
            if time == nil { reader.problem("time \"\(text)\" is not HH:MM") }
        }
        var done: Date?
        if let text = reader.text("done") {
            if let flag = ImportValues.boolean(text) {
                done = flag ? session.now : nil
            } else {
                done = reader.instant("done", in: session.timeZone)
            }
        }
        var direction = Direction.outbound
        if let text = reader.text("direction") {
            switch CSVHeader.normalize(text) {
            case "in", "inbound", "incoming", "received": direction = .inbound
            case "out", "outbound", "outgoing", "sent": direction = .outbound
            default: reader.problem("direction \"\(text)\" is not in or out")
            }
        }
        if channel != nil, date == nil, due == nil { reader.problem("date is empty: when did it happen?") }
        let contactID = linkedContact(email: email, createAs: .lead, reader: &reader)
        guard reader.isValid, let summary else { return }
        let notes = reader.string("notes")
        let now = session.now

        var activity: Activity
        if let channel {
            let when = (date ?? due)?.instant(in: session.timeZone) ?? now
            activity = Activity(id: session.book.activities.nextID(), createdAt: now, channel: channel, direction: direction,
                                summary: summary, occurredAt: when, contactID: contactID, notes: notes)
        } else {
            let day = due ?? date
            activity = Activity(id: session.book.activities.nextID(), createdAt: now, task: taskType ?? .todo, summary: summary,
                                due: day?.date, dueTime: time ?? day?.localTime, contactID: contactID, notes: notes)
            activity.doneAt = done
        }
        activity.companyID = contactID.flatMap { session.book.contacts[$0]?.companyID }
        for (name, value) in reader.customValues { activity.customValues[name] = value }
        let key = Self.key(activity)
        if let existingID = activityKeys.take(key), let original = session.book.activities[existingID] {
            var updated = original
            if activity.kind == .task {
                if (original.doneAt != nil) != (activity.doneAt != nil) { updated.doneAt = activity.doneAt }
                if let dueTime = activity.dueTime { updated.dueTime = dueTime }
            }
            if !notes.isEmpty { updated.notes = notes }
            for (name, value) in reader.customValues { updated.customValues[name] = value }
            let summaryText = "activity \(existingID) \(updated.summary)"
            if updated != original {
                updated.updatedAt = now
                session.book.activities.upsert(updated)
                session.note(.updated, existingID.rawValue, line: reader.line, summaryText)
            } else {
                session.note(.unchanged, existingID.rawValue, line: reader.line, summaryText)
            }
            return
        }
        session.book.activities.upsert(activity)
        session.note(.created, activity.id.rawValue, line: reader.line, "activity \(activity.id) \(activity.summary)")
    }

    static func channel(_ text: String) -> Channel? {
        switch CSVHeader.normalize(text) {
        case "email", "mail", "emailsent": return .email
        case "phone", "call", "phonecall": return .phone
        case "sms", "text", "whatsapp": return .sms
        case "chat", "livechat": return .chat
        case "social", "linkedin", "facebook", "instagram": return .social
        case "storevisit", "visit", "store": return .storeVisit
        case "web", "website", "form", "webform": return .web
        case "interaction", "log": return nil
        default: return nil
        }
    }
}
