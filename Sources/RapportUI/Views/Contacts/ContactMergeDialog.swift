import Foundation
import RapportCanvas
import RapportCore

/// `M`: which contact merges into the open one. Typed as an id, an email or a full name; a name
/// several contacts share lists them to choose from (the dialog stays open, as mutt's and
/// lazygit's pickers do); then a preview of the merged record asks before anything changes.
struct ContactMergeDialog: Sendable {
    enum Step: Sendable {
        /// Typing; `problem` says why the last answer found nobody (shown in the dialog, wrapped).
        case asking(problem: String?)
        case choosing([ContactID], ListState)
        /// `choices` is the list it came from (Back returns there), empty when typed directly.
        case previewing(ContactID, choices: [ContactID], ConfirmState)
    }

    enum Outcome: Equatable, Sendable {
        case merge(ContactID)
        case cancelled

        /// The outcome as every other dialog answers: the contact to merge is the answer.
        var dialogResult: DialogResult<ContactID> {
            switch self {
            case .merge(let id): return .submitted(id)
            case .cancelled: return .cancelled
            }
        }
    }

    let keptID: ContactID
    var prompt = PromptState()
    var step = Step.asking(problem: nil)

    init(keptID: ContactID) {
        self.keptID = keptID
    }

    static let listHeight = 8

    /// What a key does while the list of matching contacts is shown (the list's own keys move).
    enum ChoosingAction: Hashable, Sendable {
        case choose, back
    }

    static let choosingKeymap: Keymap<ChoosingAction> = {
        var keys = Keymap<ChoosingAction>()
        keys.bind(["enter"], .choose, Messages.mergeKeyPreview.text, group: Messages.mergeKeysGroup.text, hint: true)
        keys.bind(["esc"], .back, Messages.mergeKeyBack.text, group: Messages.mergeKeysGroup.text, hint: true)
        return keys
    }()

    /// The keys of the step on screen, for the status bar and the `?` overlay.
    var keyGuide: KeyGuide {
        switch step {
        case .asking: return PromptState.keyGuide
        case .choosing: return KeyGuide(Self.choosingKeymap).followed(by: KeyGuide(ListNavigation.keymap))
        case .previewing: return ConfirmState.keyGuide
        }
    }

    mutating func handle(_ key: KeyEvent, book: Book) -> Outcome? {
        switch step {
        case .asking:
            switch prompt.handle(key) {
            case nil: step = .asking(problem: nil)
            case .cancelled?: return .cancelled
            case .submitted(let typed)?: look(up: typed, in: book)
            }
        case .choosing(let choices, var list):
            switch Self.choosingKeymap.action(for: key) {
            case .back?: step = .asking(problem: nil)
            case .choose?:
                guard let selected = list.selected, choices.indices.contains(selected) else { return nil }
                preview(choices[selected], choices: choices, in: book)
            case nil:
                list.handle(key, pageSize: Self.listHeight)
                step = .choosing(choices, list)
            }
        case .previewing(let id, let choices, var confirm):
            switch confirm.handle(key) {
            case nil: step = .previewing(id, choices: choices, confirm)
            case true?: return .merge(id)
            case false?:
                if choices.isEmpty {
                    step = .asking(problem: nil)
                } else {
                    var list = ListState(itemCount: choices.count)
                    list.select(choices.firstIndex(of: id))
                    step = .choosing(choices, list)
                }
            }
        }
        return nil
    }

    private mutating func look(up typed: String, in book: Book) {
        do {
            let other = try ContactLookup.find(typed, in: book)
            preview(other.id, choices: [], in: book)
        } catch .ambiguous(_, let ids) {
            // The open contact often shares the name (that is why it is being merged): not a choice.
            let choices = ids.filter { $0 != keptID }
            if choices.count == 1, let only = choices.first {
                preview(only, choices: [], in: book)
            } else {
                step = .choosing(choices, ListState(itemCount: choices.count))
            }
        } catch {
            step = .asking(problem: error.description)
        }
    }

    private mutating func preview(_ id: ContactID, choices: [ContactID], in book: Book) {
        do {
            _ = try ContactMerge.preview(id, into: keptID, in: book)
            step = .previewing(id, choices: choices, ConfirmState(defaultConfirm: true))
        } catch {
            step = .asking(problem: error.description)
        }
    }

    // MARK: Drawing

    static let width = 64

    func render(book: Book, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        let keptName = book.contacts[keptID]?.displayName ?? keptID.rawValue
        let title = Messages.mergeTitle.text(["name": keptName, "id": keptID.rawValue])
        let boxWidth = min(Self.width, area.width)
        let textWidth = max(1, boxWidth - 4)
        switch step {
        case .asking(let problem):
            let message = TextWrap.wrap("The other contact's activities, deals, purchases, answers and tickets move here, then it is removed. Its id, email or full name:",
                                        width: textWidth)
            let problemLines = problem.map { TextWrap.wrap($0, width: textWidth) } ?? []
            let height = message.count + 1 + (problemLines.isEmpty ? 0 : problemLines.count + 1) + 2
            let (_, inner) = DialogFrame.draw(in: area, width: boxWidth, height: height, title: title, buffer: &buffer)
            guard !inner.isEmpty else { return nil }
            var y = inner.y
            for line in message where y < inner.maxY {
                buffer.write(line, at: inner.x, y: y, maxWidth: inner.width)
                y += 1
            }
            let input = Rect(x: inner.x, y: y, width: inner.width, height: 1).intersection(inner)
            TextInput(state: prompt.input, placeholder: "con-000042").render(into: &buffer, area: input)
            y += 2
            for line in problemLines where y < inner.maxY {
                buffer.write(line, at: inner.x, y: y, style: .error, maxWidth: inner.width)
                y += 1
            }
            return TextInput(state: prompt.input).cursorPosition(in: input)
        case .choosing(let choices, let list):
            let message = TextWrap.wrap(Messages.mergeChooseMessage.text(["text": prompt.input.text.trimmingCharacters(in: .whitespaces),
                                                                           "count": choices.count, "name": keptName]),
                                        width: textWidth)
            let rows = min(choices.count, Self.listHeight)
            let (_, inner) = DialogFrame.draw(in: area, width: boxWidth, height: message.count + rows + 4, title: title, buffer: &buffer)
            guard !inner.isEmpty else { return nil }
            for (row, line) in message.enumerated() where inner.y + row < inner.maxY {
                buffer.write(line, at: inner.x, y: inner.y + row, maxWidth: inner.width)
            }
            let items = choices.map { id in Self.choiceItem(id, book: book) }
            ListView(items: items, state: list).render(
                into: &buffer, area: Rect(x: inner.x, y: inner.y + message.count + 1, width: inner.width, height: rows).intersection(inner))
            buffer.write(KeyGuide(Self.choosingKeymap).footerLine + " · ↑↓ " + Messages.mergeKeyMove.text, at: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
            return nil
        case .previewing(let id, _, let confirm):
            guard let preview = try? ContactMerge.preview(id, into: keptID, in: book) else { return nil }
            let intro = TextWrap.wrap(Self.previewIntro(preview), width: textWidth)
            let facts = Self.previewFacts(preview, book: book)
            let labelWidth = (facts.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
            // Each value wraps beside its label, so a long list of emails stays readable.
            let wrapped = facts.map { ($0.label, TextWrap.wrap($0.value, width: max(1, textWidth - labelWidth))) }
            let height = intro.count + 1 + wrapped.reduce(0) { $0 + $1.1.count } + 2 + 2
            let title = Messages.mergePreviewTitle.text(["absorbedID": id.rawValue, "keptID": keptID.rawValue])
            let (_, inner) = DialogFrame.draw(in: area, width: boxWidth, height: height, title: title, buffer: &buffer)
            guard !inner.isEmpty else { return nil }
            var y = inner.y
            for line in intro where y < inner.maxY - 1 {
                buffer.write(line, at: inner.x, y: y, maxWidth: inner.width)
                y += 1
            }
            y += 1
            for (label, lines) in wrapped {
                guard y < inner.maxY - 1 else { break }
                buffer.write(label, at: inner.x, y: y, style: .muted, maxWidth: labelWidth)
                for line in lines where y < inner.maxY - 1 {
                    buffer.write(line, at: inner.x + labelWidth, y: y, maxWidth: inner.width - labelWidth)
                    y += 1
                }
            }
            ConfirmButtons(confirmLabel: Messages.mergeConfirm.text, cancelLabel: Messages.mergeBack.text, state: confirm)
                .render(into: &buffer, area: Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1))
            return nil
        }
    }

    /// "con-000007  Giulia Rossi · Tessitura Rossi", the primary email on the right: the name
    /// keeps its room and the email is cut first.
    static func choiceItem(_ id: ContactID, book: Book) -> ListItem {
        guard let contact = book.contacts[id] else { return ListItem(id.rawValue) }
        let company = contact.companyID.flatMap { book.companies[$0]?.name }
        return ListItem("\(id.rawValue)  \(contact.displayName)" + (company.map { " · \($0)" } ?? ""), trailing: contact.primaryEmail,
                        cutsTrailingFirst: true)
    }

    static func previewIntro(_ preview: ContactMerge.Preview) -> String {
        Messages.mergePreviewIntro.text(["absorbedID": preview.absorbed.id.rawValue, "absorbedName": preview.absorbed.displayName,
                                         "keptID": preview.kept.id.rawValue])
    }

    /// What the kept record holds after the merge, one fact a line, and what moves over to it.
    static func previewFacts(_ preview: ContactMerge.Preview, book: Book) -> [(label: String, value: String)] {
        let merged = preview.merged
        let none = Messages.mergeNone.text
        func list(_ values: [String]) -> String { values.isEmpty ? none : values.joined(separator: ", ") }
        let moved = [
            (preview.activitiesMoved, Messages.mergeMovedActivities), (preview.dealsMoved, Messages.mergeMovedDeals),
            (preview.purchasesMoved, Messages.mergeMovedPurchases), (preview.ticketsMoved, Messages.mergeMovedTickets),
        ].filter { $0.0 > 0 }.map { $0.1.text(["count": $0.0]) }
        return [
            (Messages.mergeFieldName.text, merged.displayName),
            (Messages.mergeFieldEmails.text, list(merged.emails.map(\.value))),
            (Messages.mergeFieldPhones.text, list(merged.phones.map(\.value))),
            (Messages.mergeFieldCompany.text, merged.companyID.flatMap { book.companies[$0]?.name } ?? none),
            (Messages.mergeFieldStage.text, merged.lifecycle.title),
            (Messages.mergeFieldMoved.text, list(moved)),
        ]
    }
}
