import Foundation

/// A campaign's target: a built-in segment ("loyal") or a filter expression over contacts.
///
/// An expression is terms separated by spaces, all of which must hold; a term is
/// `field:value[,value…]` (any of the values), `purchases OP N` with OP one of `>= <= > < =`, or a
/// built-in segment's name alone. A leading `-` negates a term. Values with spaces are quoted:
/// `city:"San Marino"`. Text compares ignoring case and accents.
///
///     loyal
///     lifecycle:customer,evangelist city:Milano -tag:vip
///     segment:at-risk purchases>=2 consent:marketing
///     filter:vip-milan            (a saved filter from settings)
public struct AudienceFilter: Hashable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case segment, lifecycle, tag, city, country, source, consent, company, category, filter
    }

    public enum Comparison: String, Hashable, Sendable {
        case atLeast = ">=", atMost = "<=", greater = ">", less = "<", equal = "="

        func holds(_ value: Int, _ bound: Int) -> Bool {
            switch self {
            case .atLeast: return value >= bound
            case .atMost: return value <= bound
            case .greater: return value > bound
            case .less: return value < bound
            case .equal: return value == bound
            }
        }
    }

    public indirect enum Term: Hashable, Sendable {
        case segment(Set<CustomerSegment>)
        case lifecycle(Set<LifecycleStage>)
        case tag([String])
        case city([String])
        case country([String])
        case source([String])
        /// `marketing` (granted), `withdrawn` (refused or withdrawn), `none` (never recorded).
        case consent(Set<String>)
        case company([String])
        /// Bought at least once in one of these product categories.
        case category([String])
        case purchases(Comparison, Int)
        case not(Term)
        case all([Term])
    }

    public let terms: [Term]
    /// The text it was parsed from, trimmed.
    public let expression: String

    /// An empty expression: every contact.
    public var matchesEveryone: Bool { terms.isEmpty }

    public static let consentValues = ["marketing", "withdrawn", "none"]

    /// Parses an expression; `savedFilters` resolve `filter:NAME`.
    public init(_ text: String, savedFilters: [SavedFilter] = []) throws(AudienceFilterError) {
        try self.init(text, savedFilters: savedFilters, depth: 0)
    }

    private init(_ text: String, savedFilters: [SavedFilter], depth: Int) throws(AudienceFilterError) {
        expression = text.trimmingWhitespace()
        var parsed: [Term] = []
        for word in try AudienceFilter.words(expression) {
            parsed.append(try AudienceFilter.term(word, savedFilters: savedFilters, depth: depth))
        }
        terms = parsed
    }

    // MARK: Parsing

    /// Splits on spaces outside double quotes; quotes are removed.
    static func words(_ text: String) throws(AudienceFilterError) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var hasContent = false
        for character in text {
            if character == "\"" {
                inQuotes.toggle()
                hasContent = true
            } else if character.isWhitespace, !inQuotes {
                if hasContent { words.append(current) }
                current = ""
                hasContent = false
            } else {
                current.append(character)
                hasContent = true
            }
        }
        guard !inQuotes else { throw AudienceFilterError("a quote is not closed in \"\(text)\"") }
        if hasContent { words.append(current) }
        return words
    }

    private static func term(_ word: String, savedFilters: [SavedFilter], depth: Int) throws(AudienceFilterError) -> Term {
        if word.hasPrefix("-"), word.count > 1 {
            return .not(try term(String(word.dropFirst()), savedFilters: savedFilters, depth: depth))
        }
        if word.lowercased().hasPrefix("purchases"), let comparison = try purchases(word) { return comparison }
        guard let colon = word.firstIndex(of: ":") else {
            if let segment = segment(named: word) { return .segment([segment]) }
            throw AudienceFilterError("\"\(word)\" is neither a segment (\(CustomerSegment.allCases.map(\.rawValue).joined(separator: ", "))) nor field:value (fields: \(Field.allCases.map(\.rawValue).joined(separator: ", ")), purchases>=N)")
        }
        let name = word[..<colon].lowercased()
        let values = word[word.index(after: colon)...].split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard let field = Field(rawValue: name) else {
            throw AudienceFilterError("unknown field \"\(name)\"; the fields are \(Field.allCases.map(\.rawValue).joined(separator: ", ")) and purchases>=N")
        }
        guard !values.isEmpty else { throw AudienceFilterError("\(name): needs a value") }
        switch field {
        case .segment:
            var segments: Set<CustomerSegment> = []
            for value in values {
                guard let segment = segment(named: value) else {
                    throw AudienceFilterError("unknown segment \"\(value)\"; the segments are \(CustomerSegment.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                segments.insert(segment)
            }
            return .segment(segments)
        case .lifecycle:
            var stages: Set<LifecycleStage> = []
            for value in values {
                guard let stage = LifecycleStage(loose: value) else {
                    throw AudienceFilterError("unknown lifecycle stage \"\(value)\"; the stages are \(LifecycleStage.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                stages.insert(stage)
            }
            return .lifecycle(stages)
        case .consent:
            let lowered = values.map { $0.lowercased() }
            if let wrong = lowered.first(where: { !consentValues.contains($0) }) {
                throw AudienceFilterError("consent is one of \(consentValues.joined(separator: ", ")), not \"\(wrong)\"")
            }
            return .consent(Set(lowered))
        case .tag: return .tag(values.map(fold))
        case .city: return .city(values.map(fold))
        case .country: return .country(values.map(fold))
        case .source: return .source(values.map(fold))
        case .company: return .company(values.map(fold))
        case .category: return .category(values.map(fold))
        case .filter:
            guard depth < 8 else { throw AudienceFilterError("saved filters refer to each other in a loop") }
            var alternatives: [Term] = []
            for value in values {
                guard let saved = savedFilters.first(where: { $0.name.lowercased() == value.lowercased() }) else {
                    let known = savedFilters.map(\.name)
                    throw AudienceFilterError("no saved filter \"\(value)\"" + (known.isEmpty ? " (none is saved)" : "; saved: \(known.joined(separator: ", "))"))
                }
                alternatives.append(.all(try AudienceFilter(saved.expression, savedFilters: savedFilters, depth: depth + 1).terms))
            }
            // Several saved filters are alternatives, like several values of any field.
            return alternatives.count == 1 ? alternatives[0] : .not(.all(alternatives.map { .not($0) }))
        }
    }

    private static func purchases(_ word: String) throws(AudienceFilterError) -> Term? {
        let rest = word.dropFirst("purchases".count)
        let operators: [Comparison] = [.atLeast, .atMost, .greater, .less, .equal]
        let pairs: [(String, Comparison)] = operators.map { ($0.rawValue, $0) } + [(":", .equal)]
        for (symbol, comparison) in pairs where rest.hasPrefix(symbol) {
            let number = rest.dropFirst(symbol.count)
            guard let bound = Int(number), bound >= 0 else {
                throw AudienceFilterError("purchases\(symbol) needs a whole number, not \"\(number)\"")
            }
            return .purchases(comparison, bound)
        }
        return nil
    }

    public static func segment(named text: String) -> CustomerSegment? {
        let key = text.lowercased()
        return CustomerSegment.allCases.first { $0.rawValue == key || $0.title.lowercased() == key }
    }

    /// Case and accent folding, so `city:milano` finds "Milano" and `city:zurich` "Zürich".
    static func fold(_ text: String) -> String {
        TextFolding.fold(text).trimmingWhitespace()
    }

    // MARK: What it needs

    var needsSegments: Bool { terms.contains { AudienceFilter.uses($0, segments: true) } }
    var needsPurchases: Bool { terms.contains { AudienceFilter.uses($0, segments: false) } }

    private static func uses(_ term: Term, segments: Bool) -> Bool {
        switch term {
        case .segment: return segments
        case .purchases, .category: return !segments
        case .not(let inner): return uses(inner, segments: segments)
        case .all(let inner): return inner.contains { uses($0, segments: segments) }
        default: return false
        }
    }
}

public struct AudienceFilterError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What evaluating filters needs beyond the contact, built once for many contacts: segments and
/// purchase counts are computed only when the filter asks for them.
public struct AudienceContext: Sendable {
    public let book: Book
    public let asOf: LocalDate
    let segments: SegmentsReport?
    let purchaseCounts: [ContactID: Int]
    let categories: [ContactID: Set<String>]
    private let companyNames: [CompanyID: String]

    public init(book: Book, asOf: LocalDate, for filter: AudienceFilter) {
        self.book = book
        self.asOf = asOf
        segments = filter.needsSegments ? Reports.segments(book, asOf: asOf) : nil
        var counts: [ContactID: Int] = [:]
        var categories: [ContactID: Set<String>] = [:]
        if filter.needsPurchases {
            for purchase in book.purchases.all where purchase.date <= asOf {
                guard let contactID = purchase.contactID else { continue }
                counts[contactID, default: 0] += 1
                if !purchase.category.isEmpty { categories[contactID, default: []].insert(AudienceFilter.fold(purchase.category)) }
            }
        }
        purchaseCounts = counts
        self.categories = categories
        var names: [CompanyID: String] = [:]
        if filter.terms.contains(where: { if case .company = $0 { return true } else { return false } }) {
            for company in book.companies.all { names[company.id] = AudienceFilter.fold(company.name) }
        }
        companyNames = names
    }

    func companyName(_ id: CompanyID?) -> String? { id.flatMap { companyNames[$0] } }
}

extension AudienceFilter {
    public func matches(_ contact: Contact, in context: AudienceContext) -> Bool {
        terms.allSatisfy { AudienceFilter.holds($0, contact, context) }
    }

    /// The contacts (created by as-of) the filter selects, in id order.
    public func contacts(in context: AudienceContext) -> [Contact] {
        let days = DayConverter(ReportPeriod.utc)
        return context.book.contacts.all
            .filter { days.day(of: $0.createdAt) <= context.asOf && matches($0, in: context) }
            .sorted { $0.id < $1.id }
    }

    private static func holds(_ term: Term, _ contact: Contact, _ context: AudienceContext) -> Bool {
        switch term {
        case .segment(let segments):
            return context.segments?.segment(for: contact.id).map(segments.contains) ?? false
        case .lifecycle(let stages): return stages.contains(contact.lifecycle)
        case .tag(let tags): return contact.tags.contains { tags.contains(fold($0)) }
        case .city(let cities): return contact.address.map { cities.contains(fold($0.city)) } ?? false
        case .country(let countries): return contact.address.map { countries.contains(fold($0.country)) } ?? false
        case .source(let sources): return sources.contains(fold(contact.source))
        case .consent(let states):
            let state: String
            switch contact.consent.marketing?.granted {
            case true?: state = "marketing"
            case false?: state = "withdrawn"
            case nil: state = "none"
            }
            return states.contains(state)
        case .company(let names): return context.companyName(contact.companyID).map(names.contains) ?? false
        case .category(let categories):
            return !(context.categories[contact.id] ?? []).isDisjoint(with: categories)
        case .purchases(let comparison, let bound):
            return comparison.holds(context.purchaseCounts[contact.id] ?? 0, bound)
        case .not(let inner): return !holds(inner, contact, context)
        case .all(let inner): return inner.allSatisfy { holds($0, contact, context) }
        }
    }
}
