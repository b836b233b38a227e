import Foundation

/// Template text with merge fields: `{{first_name}}`, `{{company}}`, `{{opportunity.amount}}`,
/// with a default after a bar for a contact who lacks the value: `{{first_name|there}}`.
///
/// Parsing checks every field against the known ones, so a typo is an error when the template is
/// saved, with its line and column, never a blank in a message already sent.
public struct MergeTemplate: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case text(String)
        case field(name: String, fallback: String?)
    }

    public let parts: [Part]

    /// The fields used, in order of first use.
    public var fieldNames: [String] {
        var seen: Set<String> = []
        return parts.compactMap { part in
            guard case .field(let name, _) = part, seen.insert(name).inserted else { return nil }
            return name
        }
    }

    public init(_ text: String) throws(TemplateIssue) {
        var parts: [Part] = []
        var literal = ""
        let characters = Array(text)
        var index = 0
        var line = 1, column = 1
        func advance(_ count: Int) {
            for character in characters[index..<min(characters.count, index + count)] {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            index += count
        }
        while index < characters.count {
            let isOpening = characters[index] == "{" && index + 1 < characters.count && characters[index + 1] == "{"
            let isClosing = characters[index] == "}" && index + 1 < characters.count && characters[index + 1] == "}"
            if isClosing {
                throw TemplateIssue(line: line, column: column, message: "\"}}\" without an opening \"{{\"")
            }
            guard isOpening else {
                literal.append(characters[index])
                advance(1)
                continue
            }
            let (startLine, startColumn) = (line, column)
            var end = index + 2
            while end + 1 < characters.count, !(characters[end] == "}" && characters[end + 1] == "}") {
                if characters[end] == "{" && characters[end + 1] == "{" { break }
                end += 1
            }
            guard end + 1 < characters.count, characters[end] == "}" else {
                throw TemplateIssue(line: startLine, column: startColumn, message: "\"{{\" is not closed with \"}}\"")
            }
            let inside = String(characters[(index + 2)..<end])
            let name: String, fallback: String?
            if let bar = inside.firstIndex(of: "|") {
                name = inside[..<bar].trimmingWhitespace()
                fallback = inside[inside.index(after: bar)...].trimmingWhitespace()
            } else {
                name = inside.trimmingWhitespace()
                fallback = nil
            }
            guard !name.isEmpty else {
                throw TemplateIssue(line: startLine, column: startColumn, message: "a merge field needs a name, e.g. {{first_name}}")
            }
            guard MergeFields.isKnown(name) else {
                throw TemplateIssue(line: startLine, column: startColumn,
                                    message: "unknown merge field \"\(name)\"" + (MergeFields.suggestion(for: name).map { "; did you mean \"\($0)\"?" } ?? "; the fields are \(MergeFields.known.map(\.name).joined(separator: ", "))"))
            }
            if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
            parts.append(.field(name: name, fallback: fallback))
            advance(end + 2 - index)
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }

    /// The text for one recipient. A field without a value takes its default, else nothing; the
    /// fields left empty are returned so a preview can point at them.
    public func render(_ values: MergeValues) -> (text: String, missing: [String]) {
        var text = ""
        var missing: [String] = []
        for part in parts {
            switch part {
            case .text(let literal): text += literal
            case .field(let name, let fallback):
                if let value = values[name], !value.isEmpty {
                    text += value
                } else if let fallback {
                    text += fallback
                } else {
                    if !missing.contains(name) { missing.append(name) }
                }
            }
        }
        return (text, missing)
    }
}

/// A template error with its place: line and column are 1-based, in the text that was parsed.
public struct TemplateIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    /// Which part of the template: "subject" or "body"; empty when unknown.
    public var part: String = ""

    public init(line: Int, column: Int, message: String, part: String = "") {
        self.line = line
        self.column = column
        self.message = message
        self.part = part
    }

    public var description: String {
        (part.isEmpty ? "" : part + ":") + "\(line):\(column): \(message)"
    }
}

/// The merge fields Rapport knows, with what each holds.
public enum MergeFields {
    public struct Field: Hashable, Sendable {
        public let name: String
        public let help: String
    }

    public static let known: [Field] = [
        Field(name: "first_name", help: "the contact's first name"),
        Field(name: "last_name", help: "the contact's last name"),
        Field(name: "full_name", help: "first and last name"),
        Field(name: "email", help: "the contact's first email address"),
        Field(name: "phone", help: "the contact's first phone number"),
        Field(name: "job_title", help: "the contact's job title"),
        Field(name: "company", help: "the contact's company's name"),
        Field(name: "city", help: "the city of the contact's address"),
        Field(name: "country", help: "the country of the contact's address"),
        Field(name: "opportunity.title", help: "the contact's latest open deal (else latest deal): its title"),
        Field(name: "opportunity.amount", help: "… its amount, formatted"),
        Field(name: "opportunity.stage", help: "… its pipeline stage"),
        Field(name: "opportunity.expected_close", help: "… its expected close date"),
        Field(name: "sender_name", help: "your name (settings: userName, or campaigns.fromName)"),
        Field(name: "today", help: "the date of sending, YYYY-MM-DD"),
        Field(name: "custom.KEY", help: "the contact's custom field KEY"),
    ]

    private static let names: Set<String> = Set(known.map(\.name).filter { $0 != "custom.KEY" })

    public static func isKnown(_ name: String) -> Bool {
        names.contains(name) || ["custom.", "opportunity.custom."].contains { name.hasPrefix($0) && name.count > $0.count }
    }

    /// The known field closest to a typo ("firstname", "first_nam" -> "first_name"), if one is
    /// within two edits.
    static func suggestion(for name: String) -> String? {
        let typed = Array(name.lowercased())
        let scored = names.sorted().map { ($0, editDistance(typed, Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// The values of the merge fields for one recipient.
public struct MergeValues: Sendable {
    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    public subscript(name: String) -> String? { values[name] }

    /// The values for a contact in a book on a day.
    public init(contact: Contact, book: Book, today: LocalDate) {
        let settings = book.settings
        var values: [String: String] = [
            "first_name": contact.firstName,
            "last_name": contact.lastName,
            "full_name": [contact.firstName, contact.lastName].filter { !$0.isEmpty }.joined(separator: " "),
            "email": contact.primaryEmail ?? "",
            "phone": contact.primaryPhone ?? "",
            "job_title": contact.jobTitle,
            "company": contact.companyID.flatMap { book.companies[$0]?.name } ?? "",
            "city": contact.address?.city ?? "",
            "country": contact.address?.country ?? "",
            "sender_name": settings.campaigns?.fromName ?? settings.userName,
            "today": today.description,
        ]
        let deals = book.opportunities.all.filter { $0.contactID == contact.id }
        let openDeals = deals.filter { $0.status == .open }
        let latest = (openDeals.isEmpty ? deals : openDeals).max { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        if let deal = latest {
            values["opportunity.title"] = deal.title
            values["opportunity.amount"] = deal.amount.formatted(settings.numberFormat)
            values["opportunity.stage"] = settings.stage(id: deal.stageID)?.name ?? deal.stageID
            values["opportunity.expected_close"] = deal.expectedClose?.description ?? ""
            // The deal's own fields, as its contact's: formatted as people read them.
            for (name, value) in CustomFieldAssignment.shown(deal, settings: settings) { values["opportunity.custom." + name] = value }
        }
        for (name, value) in CustomFieldAssignment.shown(contact, settings: settings) { values["custom." + name] = value }
        self.values = values
    }
}

extension Template {
    /// Parses subject and body; the first problem found, with where it is.
    public func validated() throws(TemplateIssue) -> (subject: MergeTemplate, body: MergeTemplate) {
        // The subject becomes a mail header: a line break in it would start another header.
        if let problem = HeaderSafeText.textProblem(subject, field: "the subject") {
            throw TemplateIssue(line: 1, column: 1, message: problem, part: "subject")
        }
        let subjectTemplate: MergeTemplate
        do {
            subjectTemplate = try MergeTemplate(subject)
        } catch {
            var issue = error
            issue.part = "subject"
            throw issue
        }
        do {
            return (subjectTemplate, try MergeTemplate(body))
        } catch {
            var issue = error
            issue.part = "body"
            throw issue
        }
    }

    /// The first problem `validated()` finds, or nil for a template that can be sent.
    public var validationIssue: TemplateIssue? {
        do {
            _ = try validated()
            return nil
        } catch {
            return error
        }
    }

    /// Subject and body for a contact (a preview, or the message itself).
    public func rendered(for contact: Contact, in book: Book, today: LocalDate) throws(TemplateIssue) -> RenderedTemplate {
        let (subjectTemplate, bodyTemplate) = try validated()
        let values = MergeValues(contact: contact, book: book, today: today)
        let subject = subjectTemplate.render(values)
        let body = bodyTemplate.render(values)
        var missing = subject.missing
        for name in body.missing where !missing.contains(name) { missing.append(name) }
        return RenderedTemplate(subject: subject.text, body: body.text, missing: missing)
    }
}

public struct RenderedTemplate: Hashable, Sendable {
    public let subject: String
    public let body: String
    /// Fields that had no value and no default: they rendered empty.
    public let missing: [String]
}
