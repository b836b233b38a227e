import Foundation
import RapportCanvas
import RapportCore

/// Keys inside the contacts view's dialogs, and what their answers do.
enum ContactModals {
    static func handle(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        guard let modal = state.contacts.modal else { return [] }
        switch modal {
        case .form(let purpose, var form):
            switch form.handle(key, book: state.book) {
            case nil: state.contacts.modal = .form(purpose, form)
            case .cancelled?: state.contacts.modal = nil
            case .submitted(let values)? where purpose.isContactForm && ContactForms.identityProblem(values) != nil:
                form.problem = ContactForms.identityProblem(values)
                state.contacts.modal = .form(purpose, form)
            case .submitted(let values)?:
                state.contacts.modal = nil
                submit(purpose, values: values, form: form, state: &state, environment: environment)
            }
        case .duplicate(let form, let matches, var confirm):
            if key == .escape {
                state.contacts.modal = .form(.new, form)  // back to the form, nothing lost
                return []
            }
            switch confirm.handle(key) {
            case nil: state.contacts.modal = .duplicate(form: form, matches: matches, confirm: confirm)
            case true?:
                state.contacts.modal = nil
                if let existing = matches.first { _ = ContactsScreen.perform(.open(existing.contactID), state: &state, environment: environment) }
            case false?:
                state.contacts.modal = nil
                createContact(form.form.values, state: &state, environment: environment)
            }
        case .confirmDelete(let id, var confirm):
            switch confirm.handle(key) {
            case nil: state.contacts.modal = .confirmDelete(id, confirm)
            case false?: state.contacts.modal = nil
            case true?:
                state.contacts.modal = nil
                let name = state.book.contacts[id]?.displayName ?? id.rawValue
                state.commit(ContactDeletion.delete(id, from: state.book), label: "Deleted \(name) (u to undo)", environment: environment)
                closePaneIfGone(&state, environment)
            }
        case .erase(let id, var prompt):
            switch prompt.handle(key) {
            case nil: state.contacts.modal = .erase(id, prompt)
            case .cancelled?: state.contacts.modal = nil
            case .submitted(let typed)?:
                state.contacts.modal = nil
                erase(id, typed: typed, state: &state, environment: environment)
            }
        case .merge(var dialog):
            switch dialog.handle(key, book: state.book) {
            case nil: state.contacts.modal = .merge(dialog)
            case .cancelled?: state.contacts.modal = nil
            case .merge(let absorbedID)?:
                state.contacts.modal = nil
                merge(absorbedID, into: dialog.keptID, state: &state, environment: environment)
            }
        }
        return []
    }

    private static func submit(_ purpose: ContactFormPurpose, values: [String], form: CompletingForm, state: inout AppState,
                               environment: AppEnvironment) {
        let now = environment.clock.now
        var book = state.book
        switch purpose {
        case .filter:
            state.contacts.query.stage = LifecycleStage(loose: values[0])
            let tag = values[1].trimmingCharacters(in: .whitespaces)
            state.contacts.query.tag = tag.isEmpty ? nil : tag
            state.contacts.query.segment = values.count > 2 ? ContactForms.segment(named: values[2]) : nil
            state.contacts.query.dueTouch = values.count > 3 && FieldParsing.yesNo(values[3]) == true
            state.contacts.list.select(0)
            ContactsScreen.syncList(&state, environment)
        case .new:
            let named = ContactForms.emailsAndPhones(values)
            let matches = DuplicateDetection.matches(emails: named.emails, phones: named.phones, in: state.book)
            if !matches.isEmpty {
                state.contacts.modal = .duplicate(form: form, matches: matches, confirm: ConfirmState(defaultConfirm: true))
                return
            }
            createContact(values, state: &state, environment: environment)
        case .edit(let id):
            guard var contact = book.contacts[id] else { return }
            ContactForms.apply(values, to: &contact, book: &book, now: now)
            book.contacts.upsert(contact)
            state.commit(book, label: "Saved \(contact.displayName)", environment: environment)
        case .interaction(let id):
            let links = ActivityLinks(contactID: id, companyID: book.contacts[id]?.companyID)
            ActivityForms.commitInteraction(values, links: links, state: &state, environment: environment)
        case .task(let id):
            let links = ActivityLinks(contactID: id, companyID: book.contacts[id]?.companyID)
            guard let task = ActivityForms.planTask(values, links: links, book: &book, now: now, today: environment.clock.today) else { return }
            state.commit(book, label: "Planned \(task.taskType?.title.lowercased() ?? "task") for \(task.dueDate?.description ?? "later")",
                         environment: environment)
        case .ticket(let id):
            let priority = TicketPriority(rawValue: values[1].trimmingCharacters(in: .whitespaces).lowercased()) ?? .normal
            let ticket = Ticket(id: book.tickets.nextID(), createdAt: now, contactID: id,
                                subject: values[0].trimmingCharacters(in: .whitespaces), priority: priority, notes: values[2])
            book.tickets.upsert(ticket)
            state.commit(book, label: "Opened ticket \(ticket.id): \(ticket.subject)", environment: environment)
        case .consent(let id):
            guard var contact = book.contacts[id] else { return }
            guard ContactForms.applyConsent(values, to: &contact, now: now) else {
                state.show("Consent unchanged", environment: environment)
                return
            }
            book.contacts.upsert(contact)
            state.commit(book, label: "Consent recorded for \(contact.displayName)", environment: environment)
        case .convert(let id):
            guard let request = ContactForms.conversionRequest(values, currency: book.settings.defaultCurrency,
                                                                          today: environment.clock.today) else { return }
            do {
                let outcome = try LeadConversion.convert(id, request, in: book, at: now)
                state.commit(outcome.book, label: "Converted: opportunity \(outcome.opportunityID) opened", environment: environment)
                state.contacts.section = .deals
                state.contacts.paneCursor = 0
            } catch {
                state.show(error.description, severity: .error, environment: environment)
            }
        }
    }

    private static func createContact(_ values: [String], state: inout AppState, environment: AppEnvironment) {
        let now = environment.clock.now
        var book = state.book
        var contact = Contact(id: book.contacts.nextID(), createdAt: now, firstName: "", lastName: "",
                              lifecycle: LifecycleStage(loose: values.count >= 9 ? values[8] : "") ?? .lead)
        ContactForms.apply(values, to: &contact, book: &book, now: now)
        // The form's stage is the opening stage, not a move: one history entry.
        contact.lifecycleHistory = [LifecycleEntry(stage: contact.lifecycle, enteredAt: now)]
        book.contacts.upsert(contact)
        state.commit(book, label: "Added \(contact.displayName)", environment: environment)
        ContactsScreen.select(contact.id, state: &state, environment: environment)
        state.contacts.isPaneOpen = true
        state.contacts.paneHasFocus = true
        state.contacts.section = .profile
    }

    private static func erase(_ id: ContactID, typed: String, state: inout AppState, environment: AppEnvironment) {
        guard let contact = state.book.contacts[id] else { return }
        guard typed.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(contact.displayName) == .orderedSame else {
            state.show("The name did not match: nothing was erased", severity: .warning, environment: environment)
            return
        }
        guard let (book, report) = PersonalDataErasure.erase(id, from: state.book) else { return }
        state.commit(book, label: "Erased \(contact.displayName)", environment: environment)
        // Undo would bring the person back from memory: an erasure is final.
        state.history = UndoHistory()
        state.show("Erased for good: \(report.summary)", severity: .success, environment: environment, seconds: 8)
        closePaneIfGone(&state, environment)
    }

    private static func merge(_ absorbedID: ContactID, into keptID: ContactID, state: inout AppState, environment: AppEnvironment) {
        let absorbedName = state.book.contacts[absorbedID]?.displayName ?? absorbedID.rawValue
        do {
            let merged = try ContactMerge.merge(absorbedID, into: keptID, in: state.book, at: environment.clock.now)
            let keptName = merged.contacts[keptID]?.displayName ?? keptID.rawValue
            state.commit(merged, label: Messages.mergeDone.text(["absorbedID": absorbedID.rawValue, "absorbedName": absorbedName,
                                                                 "keptID": keptID.rawValue, "keptName": keptName]),
                         environment: environment)
            ContactsScreen.select(keptID, state: &state, environment: environment)
        } catch {
            state.show(error.description, severity: .error, environment: environment)
        }
    }

    private static func closePaneIfGone(_ state: inout AppState, _ environment: AppEnvironment) {
        ContactsScreen.syncList(&state, environment)
        if ContactsScreen.selectedID(state, environment) == nil {
            state.contacts.isPaneOpen = false
            state.contacts.paneHasFocus = false
        }
    }

    // MARK: Drawing

    static func render(_ modal: ContactsModal, state: AppState, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        switch modal {
        case .form(let purpose, let form):
            return CompletingFormView(fields: form, title: purpose.title, book: state.book, width: 64).render(into: &buffer, area: area)
        case .duplicate(_, let matches, let confirm):
            let names = matches.prefix(3).map { match in
                "\(state.book.contacts[match.contactID]?.displayName ?? match.contactID.rawValue) (\(match.reason))"
            }
            let message = "Already in the book: \(names.joined(separator: ", ")). Open the existing contact, or create a new one anyway? Esc goes back to the form."
            ConfirmDialog(title: "Possible duplicate", message: message, confirmLabel: "Open existing", cancelLabel: "Create anyway",
                          state: confirm, width: 60).render(into: &buffer, area: area)
        case .confirmDelete(let id, let confirm):
            let name = state.book.contacts[id]?.displayName ?? id.rawValue
            ConfirmDialog(title: "Delete contact", message: "Delete \(name) with their activities and tickets? Deals and purchases stay. u undoes it.",
                          confirmLabel: "Delete", cancelLabel: "Keep", state: confirm).render(into: &buffer, area: area)
        case .erase(let id, let prompt):
            let name = state.book.contacts[id]?.displayName ?? id.rawValue
            let view = Prompt(title: "GDPR erase", message: "Erases \(name) and every personal field for good: no undo. Purchase amounts and dates stay, anonymous. Type the full name to confirm:",
                              placeholder: name, state: prompt, width: 60)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        case .merge(let dialog):
            return dialog.render(book: state.book, into: &buffer, area: area)
        }
        return nil
    }
}
