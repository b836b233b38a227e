import Foundation
import RapportCore

/// `move`, `won`, `lost` and `log`: the changes a salesperson makes many times a day.
enum PipelineCommands {
    static let move = Command(
        name: "move", summary: "move an opportunity to another pipeline stage",
        usage: "Usage: rapport move OPPORTUNITY STAGE [--data DIR]\n\nOPPORTUNITY is an id, a title or its contact's email; STAGE a stage's name or id.",
        valueOptions: ["data"], flagOptions: []
    ) { arguments, context in
        guard arguments.positionals.count == 2 else { throw UsageError("move needs an OPPORTUNITY and a STAGE") }
        return try changeDeal(arguments.positionals[0], arguments, context) { deal, book, now throws(CommandFailure) in
            let pipeline = book.settings.pipeline(of: deal)
            let named = arguments.positionals[1]
            guard let stage = pipeline.stage(named: named) else {
                let elsewhere = try CommandValues.stage(named, in: book.settings)
                let holder = book.settings.pipeline(holdingStage: elsewhere.id)?.name ?? ""
                throw CommandFailure(Messages.pipelinesOtherPipeline.text(["stage": elsewhere.name, "pipeline": holder]))
            }
            guard deal.status == .open else { throw CommandFailure("\(deal.id) is \(deal.status.rawValue); only open deals move") }
            guard deal.stageID != stage.id else { return "\(deal.id) is already in \(stage.name)" }
            deal.move(toStage: stage.id, at: now)
            return "\(deal.id) moved to \(stage.name)"
        }
    }

    static let won = Command(
        name: "won", summary: "mark an opportunity won (its contact becomes a customer)",
        usage: "Usage: rapport won OPPORTUNITY [--data DIR]", valueOptions: ["data"], flagOptions: []
    ) { arguments, context in
        guard arguments.positionals.count == 1 else { throw UsageError("won needs one OPPORTUNITY") }
        return try changeDeal(arguments.positionals[0], arguments, context) { deal, book, now throws(CommandFailure) in
            guard deal.status != .won else { return "\(deal.id) is already won" }
            deal.markWon(at: now)
            // The lifecycle rule CRM users expect: whoever signs is a customer from now on.
            if let contactID = deal.contactID, var contact = book.contacts[contactID] {
                let before = contact.lifecycle
                LifecycleRules.becameCustomer(&contact, at: now)
                if contact.lifecycle != before {
                    book.contacts.upsert(contact)
                    return "\(deal.id) won; \(contact.displayName) is now a customer"
                }
            }
            return "\(deal.id) won"
        }
    }

    static let lost = Command(
        name: "lost", summary: "mark an opportunity lost, with the reason",
        usage: "Usage: rapport lost OPPORTUNITY --reason R [--data DIR]", valueOptions: ["data", "reason"], flagOptions: []
    ) { arguments, context in
        guard arguments.positionals.count == 1 else { throw UsageError("lost needs one OPPORTUNITY") }
        guard let reason = arguments.value("reason")?.trimmingWhitespace(), !reason.isEmpty else {
            throw UsageError("lost needs --reason (e.g. \"Price too high\")")
        }
        return try changeDeal(arguments.positionals[0], arguments, context) { deal, _, now throws(CommandFailure) in
            guard deal.status != .lost || deal.lostReason != reason else { return "\(deal.id) is already lost" }
            deal.markLost(reason: reason, at: now)
            return "\(deal.id) lost: \(reason)"
        }
    }

    static let log = Command(
        name: "log", summary: "log an interaction with a contact (a call, an email, a visit…)",
        usage: """
        Usage: rapport log CONTACT --channel C --summary S [--direction in|out] [--date YYYY-MM-DD|DATE-TIME] [--data DIR]

        CHANNEL is one of \(Channel.allCases.map(\.rawValue).joined(separator: ", ")). The direction is out unless told;
        the date is now unless told.
        """,
        valueOptions: ["data", "channel", "summary", "direction", "date"], flagOptions: []
    ) { arguments, context in
        guard arguments.positionals.count == 1, let name = arguments.positionals.first else { throw UsageError("log needs one CONTACT") }
        guard let channelText = arguments.value("channel") else { throw UsageError("log needs --channel") }
        guard let channel = Channel(rawValue: channelText.lowercased()) else {
            throw UsageError("--channel is one of \(Channel.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(channelText)\"")
        }
        guard let summary = arguments.value("summary")?.trimmingWhitespace(), !summary.isEmpty else { throw UsageError("log needs --summary") }
        let direction: Direction
        switch arguments.value("direction")?.lowercased() {
        case nil, "out"?, "outbound"?: direction = .outbound
        case "in"?, "inbound"?: direction = .inbound
        case let other?: throw UsageError("--direction is in or out, not \"\(other)\"")
        }
        let clock = try context.clock()
        let when = try CommandValues.instant(arguments.value("date"), option: "date", clock: clock) ?? clock.now
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        let contact = try BookAccess.require(RecordLookup(book: book).contact(name), "contact", name)
        var changed = book
        let activity = Activity(id: changed.activities.nextID(), createdAt: clock.now, channel: channel, direction: direction,
                                summary: summary, occurredAt: when, contactID: contact.id, companyID: contact.companyID)
        changed.activities.upsert(activity)
        try BookAccess.save(changed, with: store)
        Output.out(activity.id.rawValue)
        return 0
    }

    /// Opens the book for writing, finds the deal, applies the change, saves only when it changed.
    private static func changeDeal(_ name: String, _ arguments: Arguments, _ context: CommandContext,
                                   _ change: (inout Opportunity, inout Book, Date) throws(CommandFailure) -> String) throws -> Int32 {
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        let original = try BookAccess.require(RecordLookup(book: book).opportunity(name), "opportunity", name)
        var deal = original
        var changed = book
        let message = try change(&deal, &changed, clock.now)
        if deal != original {
            changed.opportunities.upsert(deal)
            try BookAccess.save(changed, with: store)
        }
        Output.out(message)
        return 0
    }
}
