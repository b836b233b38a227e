import Foundation
import RapportCanvas
import RapportCore

/// A choice offered while typing in a field: a contact, a company, a stage, an option.
struct Completion: Hashable, Sendable {
    var label: String
    var contactID: ContactID?
    var companyID: CompanyID?

    init(label: String, contactID: ContactID? = nil, companyID: CompanyID? = nil) {
        self.label = label
        self.contactID = contactID
        self.companyID = companyID
    }
}

/// Where a field's completions come from.
enum CompletionSource: Sendable {
    /// The book's contacts and companies.
    case party
    /// A fixed list (stage names, offer statuses, task types).
    case options([String])
}

/// A `FormState` whose fields may offer completions in a drop-down (`CompletionKeys.keymap`):
/// ↓/↑ choose, Tab or Enter takes the highlighted one. Everything else is the form's usual
/// editing. In an empty field (an optional one: "any stage") the list is only offered: Tab and
/// Enter take a choice once ↓/↑ picked one, and otherwise leave the field empty.
struct CompletingForm: Sendable {
    /// The contacts and companies to complete from, derived once per book while the form is open
    /// (every key in a party field asks for it): the form's own cache, gone with the form.
    let parties = PartyDirectory.Cache()
    var form: FormState
    var sources: [Int: CompletionSource]
    /// The completion taken in a field, while its text still reads the same.
    var accepted: [Int: Completion] = [:]
    var highlighted = 0
    /// ↓/↑ moved the highlight since the focused field's text last changed.
    var picked = false
    /// Shown in the footer after a refused submit ("No contact or company named …").
    var problem: String?

    init(fields: [FormField], sources: [Int: CompletionSource] = [:]) {
        form = FormState(fields: fields)
        self.sources = sources
    }

    var focusedIndex: Int { form.focusedIndex }

    static let optionsLimit = 10

    /// Whether Tab and Enter take the highlighted completion (else they leave the field as it is).
    var isChoosing: Bool { picked || !text(focusedIndex).isEmpty }

    func text(_ index: Int) -> String { form.fields.indices.contains(index) ? form.fields[index].text : "" }

    /// The completion the user took in a field, if its text was not edited since.
    func acceptedChoice(_ index: Int) -> Completion? {
        guard let choice = accepted[index], choice.label == text(index) else { return nil }
        return choice
    }

    /// Completions for the focused field's text; empty when it has none or its text already is one.
    /// A fixed list shows up to `optionsLimit`, so a list of stages can be picked from whole.
    func suggestions(in book: Book, limit: Int = 6) -> [Completion] {
        guard let source = sources[focusedIndex] else { return [] }
        let query = text(focusedIndex)
        let candidates: [Completion]
        var limit = limit
        switch source {
        case .party:
            guard !query.allSatisfy(\.isWhitespace) else { return [] }
            return parties.of(book).matches(query, limit: limit).filter { $0.label != query }
        case .options(let options):
            candidates = options.map { Completion(label: $0) }
            limit = max(limit, Self.optionsLimit)
        }
        if candidates.contains(where: { $0.label.lowercased() == query.lowercased() }) { return [] }
        guard !query.isEmpty else { return Array(candidates.prefix(limit)) }
        return FuzzyMatch.rank(query, candidates, limit: limit, text: \.label).map(\.item)
    }

    /// Returns the submitted values, `.cancelled`, or nil while the form stays open.
    mutating func handle(_ key: KeyEvent, book: Book) -> DialogResult<[String]>? {
        let suggestions = self.suggestions(in: book)
        if !suggestions.isEmpty, let action = CompletionKeys.keymap.action(for: key) {
            switch action {
            case .nextSuggestion:
                highlighted = isChoosing ? (highlighted + 1) % suggestions.count : 0
                picked = true
                return nil
            case .previousSuggestion:
                highlighted = isChoosing ? (highlighted + suggestions.count - 1) % suggestions.count : suggestions.count - 1
                picked = true
                return nil
            case .accept where isChoosing, .acceptAndNext where isChoosing:
                take(suggestions[min(highlighted, suggestions.count - 1)])
                if action == .acceptAndNext { form.focus(focusedIndex + 1) }
                return nil
            case .accept, .acceptAndNext:
                break
            }
        }
        let before = text(focusedIndex)
        let focusBefore = focusedIndex
        let result = form.handle(key)
        if focusedIndex != focusBefore || text(focusBefore) != before {
            highlighted = 0
            picked = false
        }
        if result != nil { problem = nil }
        return result
    }

    /// The keys in force: the suggestions' when the focused field offers some, over the form's
    /// and the editing keys.
    var keyGuide: KeyGuide {
        guard sources[focusedIndex] != nil else { return FormState.keyGuide }
        return KeyGuide(CompletionKeys.keymap).followed(by: FormState.keyGuide)
    }

    private mutating func take(_ choice: Completion) {
        let index = focusedIndex
        form.fields[index].input.setText(choice.label)
        accepted[index] = choice
        highlighted = 0
        picked = false
    }
}

/// Contacts and companies prepared for completion, once per change of those tables: their
/// folded names, so a key press scans bytes; only the names containing every typed word are
/// ranked by the fuzzy matcher (preparing 60,000 fuzzy candidates up front would take a second).
struct PartyDirectory: Sendable {
    var entries: [(completion: Completion, folded: [UInt8])]

    init(_ book: Book) {
        var entries: [(completion: Completion, folded: [UInt8])] = []
        entries.reserveCapacity(book.contacts.count + book.companies.count)
        // Table order (no sort of 60,000 ids here); matches are put in id order before ranking.
        for company in book.companies.all {
            entries.append((Completion(label: company.name, companyID: company.id), BoardSearchIndex.fold(company.name)))
        }
        for contact in book.contacts.all {
            let company = contact.companyID.flatMap { book.companies[$0] }?.name
            let label = company.map { "\(contact.displayName) (\($0))" } ?? contact.displayName
            entries.append((Completion(label: label, contactID: contact.id, companyID: contact.companyID), BoardSearchIndex.fold(label)))
        }
        self.entries = entries
    }

    func matches(_ query: String, limit: Int) -> [Completion] {
        let words = BoardSearchIndex.words(of: query)
        guard !words.isEmpty else { return [] }
        var found: [Completion] = []
        for entry in entries where words.allSatisfy({ BoardSearchIndex.contains(entry.folded, $0) }) {
            found.append(entry.completion)
        }
        // Ties in the ranking keep this order: companies first, then by id, the same every run.
        found.sort { left, right in
            switch (left.companyID, left.contactID, right.companyID, right.contactID) {
            case (let l?, nil, let r?, nil): return l < r
            case (_, nil, _, _?): return true
            case (_, _?, _, nil): return false
            case (_, let l?, _, let r?): return l < r
            default: return false
            }
        }
        return FuzzyMatch.rank(query, Array(found.prefix(2_000)), limit: limit, text: \.label).map(\.item)
    }

    /// The contact or company whose label or name is exactly `text` (ignoring case).
    func exact(_ text: String) -> Completion? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        return entries.first { $0.completion.label.lowercased() == key }?.completion
    }

    struct Key: Hashable, Sendable {
        var contacts: Int
        var companies: Int
    }

    /// The directory of the book last asked for, keyed by the revisions it was made from.
    final class Cache: Sendable {
        private let memo = MemoCache<Key, PartyDirectory>(capacity: 1)

        func of(_ book: Book) -> PartyDirectory {
            memo.value(for: Key(contacts: book.contacts.revision, companies: book.companies.revision)) { PartyDirectory(book) }
        }
    }
}
