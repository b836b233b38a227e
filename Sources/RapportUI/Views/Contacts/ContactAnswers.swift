import Foundation
import RapportCore

/// What the contacts view's dialogs' answers do: the forms' submissions, the deletion, the
/// erasure and the merge, committed through the context.
extension ContactsModals {
    static func submit(_ purpose: ContactFormPurpose, values: [String], form: CompletingForm, state: inout ContactsState,
                               context: inout ContactsContext) {
        let now = context.now
        var book = context.book
        switch purpose {
        case .filter:
            state.query.stage = LifecycleStage(loose: values[0])
            let tag = values[1].trimmingCharacters(in: .whitespaces)
            state.query.tag = tag.isEmpty ? nil : tag
            state.query.segment = values.count > 2 ? ContactForms.segment(named: values[2]) : nil
            state.query.dueTouch = values.count > 3 && FieldParsing.yesNo(values[3]) == true
            state.list.select(0)
            ContactsScreen.syncList(&state, context)
        case .new:
            let named = ContactForms.emailsAndPhones(values)
            let matches = DuplicateDetection.matches(emails: named.emails, phones: named.phones, in: book)
            if !matches.isEmpty {
                state.modal = .duplicate(form: form, matches: matches, confirm: ConfirmState(defaultConfirm: true))
                return
            }
            createContact(values, state: &state, context: &context)
        case .edit(let id):
            guard var contact = book.contacts[id] else { return }
            ContactForms.apply(values, to: &contact, book: &book, now: now, today: context.today)
            book.contacts.upsert(contact)
            context.commit(book, label: "Saved \(contact.displayName)", state: &state)
        case .interaction(let id):
            let links = ActivityLinks(contactID: id, companyID: book.contacts[id]?.companyID)
            guard let (logged, label) = ActivityForms.loggedInteraction(values, links: links, in: book, clock: context.clock) else { return }
            context.commit(logged, label: label, state: &state)
        case .task(let id):
            let links = ActivityLinks(contactID: id, companyID: book.contacts[id]?.companyID)
            guard let task = ActivityForms.planTask(values, links: links, book: &book, now: now, today: context.today) else { return }
            context.commit(book, label: "Planned \(task.taskType?.title.lowercased() ?? "task") for \(task.dueDate?.description ?? "later")",
                           state: &state)
        case .ticket(let id):
            let priority = TicketPriority(rawValue: values[1].trimmingCharacters(in: .whitespaces).lowercased()) ?? .normal
            let ticket = Ticket(id: book.tickets.nextID(), createdAt: now, contactID: id,
                                subject: values[0].trimmingCharacters(in: .whitespaces), priority: priority, notes: values[2])
            book.tickets.upsert(ticket)
            context.commit(book, label: "Opened ticket \(ticket.id): \(ticket.subject)", state: &state)
        case .consent(let id):
            guard var contact = book.contacts[id] else { return }
            guard ContactForms.applyConsent(values, to: &contact, now: now) else {
                context.show("Consent unchanged")
                return
            }
            book.contacts.upsert(contact)
            context.commit(book, label: "Consent recorded for \(contact.displayName)", state: &state)
        case .convert(let id):
            guard let request = ContactForms.conversionRequest(values, currency: book.settings.defaultCurrency,
                                                               today: context.today) else { return }
            do {
                let outcome = try LeadConversion.convert(id, request, in: book, at: now)
                context.commit(outcome.book, label: "Converted: opportunity \(outcome.opportunityID) opened", state: &state)
                state.section = .deals
                state.paneCursor = 0
            } catch {
                context.show(error.description, severity: .error)
            }
        }
    }

    static func createContact(_ values: [String], state: inout ContactsState, context: inout ContactsContext) {
        let now = context.now
        var book = context.book
        var contact = Contact(id: book.contacts.nextID(), createdAt: now, firstName: "", lastName: "",
                              lifecycle: LifecycleStage(loose: values.count >= 9 ? values[8] : "") ?? .lead)
        ContactForms.apply(values, to: &contact, book: &book, now: now, today: context.today)
        // The form's stage is the opening stage, not a move: one history entry.
        contact.lifecycleHistory = [LifecycleEntry(stage: contact.lifecycle, enteredAt: now)]
        book.contacts.upsert(contact)
        context.commit(book, label: "Added \(contact.displayName)", state: &state)
        ContactsScreen.select(contact.id, state: &state, context: context)
        state.isPaneOpen = true
        state.paneHasFocus = true
        state.section = .profile
    }

    static func erase(_ id: ContactID, typed: String, state: inout ContactsState, context: inout ContactsContext) {
        guard let contact = context.book.contacts[id] else { return }
        guard typed.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(contact.displayName) == .orderedSame else {
            context.show("The name did not match: nothing was erased", severity: .warning)
            return
        }
        guard let (book, report) = PersonalDataErasure.erase(id, from: context.book) else { return }
        context.commit(book, label: "Erased \(contact.displayName)", state: &state)
        // Undo would bring the person back from memory: an erasure is final.
        context.forgetUndoHistory()
        context.show("Erased for good: \(report.summary)", severity: .success, seconds: 8)
        closePaneIfGone(&state, context)
    }

    static func merge(_ absorbedID: ContactID, into keptID: ContactID, state: inout ContactsState, context: inout ContactsContext) {
        let absorbedName = context.book.contacts[absorbedID]?.displayName ?? absorbedID.rawValue
        do {
            let merged = try ContactMerge.merge(absorbedID, into: keptID, in: context.book, at: context.now)
            let keptName = merged.contacts[keptID]?.displayName ?? keptID.rawValue
            context.commit(merged, label: Messages.mergeDone.text(["absorbedID": absorbedID.rawValue, "absorbedName": absorbedName,
                                                                   "keptID": keptID.rawValue, "keptName": keptName]),
                           state: &state)
            ContactsScreen.select(keptID, state: &state, context: context)
        } catch {
            context.show(error.description, severity: .error)
        }
    }

    static func closePaneIfGone(_ state: inout ContactsState, _ context: ContactsContext) {
        ContactsScreen.syncList(&state, context)
        if ContactsScreen.selectedID(state, context) == nil { state.closePane() }
    }
}
