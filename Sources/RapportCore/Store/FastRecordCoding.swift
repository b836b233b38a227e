import Foundation

/// The large collections' records, read from and written to bytes directly (see
/// `JSONRecordReader`, `JSONRecordWriter` and docs/PERFORMANCE.md). The format is the one the
/// `Codable` conformances define: same keys, same optional handling (absent or `null` reads as
/// nil, nil is not written), same value forms. Tests check both paths agree byte for byte.
///
/// Each type lists its members as a `Field` enum named as the JSON keys, in sorted order: the
/// writer emits them in that order, so the order must stay sorted (a test checks it).
protocol FastRecordCoding {
    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback)
    func write(to writer: inout JSONRecordWriter)
}

private typealias Fallback = JSONRecordReader.Fallback

/// Unwraps a required member at the end of an object: absent means the full decoder must say so.
@inline(__always)
private func required<Value>(_ value: Value?) throws(Fallback) -> Value {
    guard let value else { throw Fallback() }
    return value
}

// MARK: - Small values

extension Money: FastRecordCoding {
    enum Field: Int, RecordField {
        case currency, minor
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var currency: CurrencyCode?
        var minor: Int64?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .currency: currency = try reader.currency()
            case .minor: minor = try reader.integer()
            }
        }
        self.init(minorUnits: try required(minor), currency: try required(currency))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.currency, in: &object)
        writer.currency(currency)
        writer.key(Field.minor, in: &object)
        writer.integer(minorUnits)
        writer.endObject(object)
    }
}

extension LabeledValue: FastRecordCoding {
    enum Field: Int, RecordField {
        case label, value
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var label: String?
        var value: String?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .label: label = try reader.string()
            case .value: value = try reader.string()
            }
        }
        self.init(try required(value), label: try required(label))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.label, in: &object)
        writer.string(label)
        writer.key(Field.value, in: &object)
        writer.string(value)
        writer.endObject(object)
    }
}

extension PostalAddress: FastRecordCoding {
    enum Field: Int, RecordField {
        case city, country, postalCode, region, street
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var city: String?, country: String?, postalCode: String?, region: String?, street: String?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .city: city = try reader.string()
            case .country: country = try reader.string()
            case .postalCode: postalCode = try reader.string()
            case .region: region = try reader.string()
            case .street: street = try reader.string()
            }
        }
        self.init(street: try required(street), city: try required(city), region: try required(region),
                  postalCode: try required(postalCode), country: try required(country))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.city, in: &object)
        writer.string(city)
        writer.key(Field.country, in: &object)
        writer.string(country)
        writer.key(Field.postalCode, in: &object)
        writer.string(postalCode)
        writer.key(Field.region, in: &object)
        writer.string(region)
        writer.key(Field.street, in: &object)
        writer.string(street)
        writer.endObject(object)
    }
}

extension LifecycleEntry: FastRecordCoding {
    enum Field: Int, RecordField {
        case enteredAt, stage
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var enteredAt: Date?
        var stage: LifecycleStage?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .enteredAt: enteredAt = try reader.date()
            case .stage: stage = try reader.enumeration()
            }
        }
        self.init(stage: try required(stage), enteredAt: try required(enteredAt))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.enteredAt, in: &object)
        writer.date(enteredAt)
        writer.key(Field.stage, in: &object)
        writer.enumeration(stage)
        writer.endObject(object)
    }
}

extension ConsentRecord: FastRecordCoding {
    enum Field: Int, RecordField {
        case date, granted, method
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var date: Date?
        var granted: Bool?
        var method: String?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .date: date = try reader.date()
            case .granted: granted = try reader.bool()
            case .method: method = try reader.string()
            }
        }
        self.init(granted: try required(granted), date: try required(date), method: try required(method))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.date, in: &object)
        writer.date(date)
        writer.key(Field.granted, in: &object)
        writer.bool(granted)
        writer.key(Field.method, in: &object)
        writer.string(method)
        writer.endObject(object)
    }
}

extension Consent: FastRecordCoding {
    enum Field: Int, RecordField {
        case marketing, privacy
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var marketing: ConsentRecord?
        var privacy: ConsentRecord?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .marketing: marketing = try reader.optional { reader throws(Fallback) in try ConsentRecord(reading: &reader) }
            case .privacy: privacy = try reader.optional { reader throws(Fallback) in try ConsentRecord(reading: &reader) }
            }
        }
        self.init(privacy: privacy, marketing: marketing)
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        if let marketing {
            writer.key(Field.marketing, in: &object)
            marketing.write(to: &writer)
        }
        if let privacy {
            writer.key(Field.privacy, in: &object)
            privacy.write(to: &writer)
        }
        writer.endObject(object)
    }
}

extension StageEntry: FastRecordCoding {
    enum Field: Int, RecordField {
        case enteredAt, stage
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var enteredAt: Date?
        var stage: String?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .enteredAt: enteredAt = try reader.date()
            case .stage: stage = try reader.string()
            }
        }
        self.init(stageID: try required(stage), enteredAt: try required(enteredAt))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.enteredAt, in: &object)
        writer.date(enteredAt)
        writer.key(Field.stage, in: &object)
        writer.string(stageID)
        writer.endObject(object)
    }
}

extension Offer: FastRecordCoding {
    enum Field: Int, RecordField {
        case amount, date, note, status
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var amount: Money?
        var date: LocalDate?
        var note: String?
        var status: OfferStatus?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .amount: amount = try Money(reading: &reader)
            case .date: date = try reader.localDate()
            case .note: note = try reader.string()
            case .status: status = try reader.enumeration()
            }
        }
        self.init(amount: try required(amount), date: try required(date), status: try required(status), note: try required(note))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.amount, in: &object)
        amount.write(to: &writer)
        writer.key(Field.date, in: &object)
        writer.localDate(date)
        writer.key(Field.note, in: &object)
        writer.string(note)
        writer.key(Field.status, in: &object)
        writer.enumeration(status)
        writer.endObject(object)
    }
}

extension AutomationMark: FastRecordCoding {
    enum Field: Int, RecordField {
        case key, rule
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var key: String?, rule: String?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .key: key = try reader.string()
            case .rule: rule = try reader.string()
            }
        }
        self.init(rule: try required(rule), key: try required(key))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.key, in: &object)
        writer.string(key)
        writer.key(Field.rule, in: &object)
        writer.string(rule)
        writer.endObject(object)
    }
}

extension Recurrence: FastRecordCoding {
    enum Field: Int, RecordField {
        case count, frequency, interval, monthDay, until, weekOfMonth, weekdays
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var count: Int?, frequency: Frequency?, interval: Int?, monthDay: Int?, until: LocalDate?, weekOfMonth: Int?
        var weekdays: [Int]?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .count: count = try reader.optional { reader throws(Fallback) in try reader.int() }
            case .frequency: frequency = try reader.enumeration()
            case .interval: interval = try reader.int()
            case .monthDay: monthDay = try reader.optional { reader throws(Fallback) in try reader.int() }
            case .until: until = try reader.optional { reader throws(Fallback) in try reader.localDate() }
            case .weekOfMonth: weekOfMonth = try reader.optional { reader throws(Fallback) in try reader.int() }
            case .weekdays: weekdays = try reader.array { reader throws(Fallback) in try reader.int() }
            }
        }
        // Anything the Codable path would refuse is left to it, so it says what is wrong.
        guard let value = Recurrence(frequency: try required(frequency), interval: try required(interval), weekdays: weekdays ?? [],
                                     monthDay: monthDay, weekOfMonth: weekOfMonth, until: until, count: count) else { throw Fallback() }
        self = value
    }

    func write(to writer: inout JSONRecordWriter) {
        let stored = storedForm
        var object = writer.beginObject()
        if let count = stored.count {
            writer.key(Field.count, in: &object)
            writer.int(count)
        }
        writer.key(Field.frequency, in: &object)
        writer.enumeration(frequency)
        writer.key(Field.interval, in: &object)
        writer.int(interval)
        if let monthDay = stored.monthDay {
            writer.key(Field.monthDay, in: &object)
            writer.int(monthDay)
        }
        if let until = stored.until {
            writer.key(Field.until, in: &object)
            writer.localDate(until)
        }
        if let weekOfMonth = stored.weekOfMonth {
            writer.key(Field.weekOfMonth, in: &object)
            writer.int(weekOfMonth)
        }
        if !stored.weekdays.isEmpty {
            writer.key(Field.weekdays, in: &object)
            writer.array(stored.weekdays) { writer, day in writer.int(day) }
        }
        writer.endObject(object)
    }
}

// MARK: - Records

extension Contact: FastRecordCoding {
    enum Field: Int, RecordField {
        case address, birthday, companyID, consent, createdAt, customFields, emails, firstName, id, jobTitle
        case keepInTouchDays, lastName, lifecycle, lifecycleHistory, notes, phones, source, tags, updatedAt
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var address: PostalAddress?, birthday: LocalDate?, companyID: CompanyID?, consent: Consent?
        var createdAt: Date?, customFields: [String: String]?, emails: [LabeledValue]?, firstName: String?
        var id: ContactID?, jobTitle: String?, keepInTouchDays: Int?, lastName: String?, lifecycle: LifecycleStage?
        var lifecycleHistory: [LifecycleEntry]?, notes: String?, phones: [LabeledValue]?, source: String?
        var tags: [String]?, updatedAt: Date?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .address: address = try reader.optional { reader throws(Fallback) in try PostalAddress(reading: &reader) }
            case .birthday: birthday = try reader.optional { reader throws(Fallback) in try reader.localDate() }
            case .companyID: companyID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .consent: consent = try Consent(reading: &reader)
            case .createdAt: createdAt = try reader.date()
            case .customFields: customFields = try reader.stringDictionary()
            case .emails: emails = try reader.array { reader throws(Fallback) in try LabeledValue(reading: &reader) }
            case .firstName: firstName = try reader.string()
            case .id: id = try reader.id()
            case .jobTitle: jobTitle = try reader.string()
            case .keepInTouchDays: keepInTouchDays = try reader.optional { reader throws(Fallback) in try reader.int() }
            case .lastName: lastName = try reader.string()
            case .lifecycle: lifecycle = try reader.enumeration()
            case .lifecycleHistory: lifecycleHistory = try reader.array { reader throws(Fallback) in try LifecycleEntry(reading: &reader) }
            case .notes: notes = try reader.string()
            case .phones: phones = try reader.array { reader throws(Fallback) in try LabeledValue(reading: &reader) }
            case .source: source = try reader.string()
            case .tags: tags = try reader.strings()
            case .updatedAt: updatedAt = try reader.date()
            }
        }
        let created = try required(createdAt)
        self.init(id: try required(id), createdAt: created, firstName: try required(firstName), lastName: try required(lastName),
                  emails: try required(emails), phones: try required(phones), companyID: companyID,
                  jobTitle: try required(jobTitle), address: address, birthday: birthday, source: try required(source),
                  tags: try required(tags), notes: try required(notes), customFields: try required(customFields),
                  lifecycle: try required(lifecycle), lifecycleHistory: try required(lifecycleHistory),
                  consent: try required(consent))
        self.keepInTouchDays = keepInTouchDays
        self.updatedAt = try required(updatedAt)
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        if let address {
            writer.key(Field.address, in: &object)
            address.write(to: &writer)
        }
        if let birthday {
            writer.key(Field.birthday, in: &object)
            writer.localDate(birthday)
        }
        if let companyID {
            writer.key(Field.companyID, in: &object)
            writer.id(companyID)
        }
        writer.key(Field.consent, in: &object)
        consent.write(to: &writer)
        writer.key(Field.createdAt, in: &object)
        writer.date(createdAt)
        writer.key(Field.customFields, in: &object)
        writer.stringDictionary(customFields)
        writer.key(Field.emails, in: &object)
        writer.array(emails) { writer, value in value.write(to: &writer) }
        writer.key(Field.firstName, in: &object)
        writer.string(firstName)
        writer.key(Field.id, in: &object)
        writer.id(id)
        writer.key(Field.jobTitle, in: &object)
        writer.string(jobTitle)
        if let keepInTouchDays {
            writer.key(Field.keepInTouchDays, in: &object)
            writer.int(keepInTouchDays)
        }
        writer.key(Field.lastName, in: &object)
        writer.string(lastName)
        writer.key(Field.lifecycle, in: &object)
        writer.enumeration(lifecycle)
        writer.key(Field.lifecycleHistory, in: &object)
        writer.array(lifecycleHistory) { writer, value in value.write(to: &writer) }
        writer.key(Field.notes, in: &object)
        writer.string(notes)
        writer.key(Field.phones, in: &object)
        writer.array(phones) { writer, value in value.write(to: &writer) }
        writer.key(Field.source, in: &object)
        writer.string(source)
        writer.key(Field.tags, in: &object)
        writer.strings(tags)
        writer.key(Field.updatedAt, in: &object)
        writer.date(updatedAt)
        writer.endObject(object)
    }
}

extension Company: FastRecordCoding {
    enum Field: Int, RecordField {
        case address, createdAt, customFields, domain, id, industry, name, notes, size, tags, updatedAt
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var address: PostalAddress?, createdAt: Date?, customFields: [String: String]?, domain: String?, id: CompanyID?, industry: String?
        var name: String?, notes: String?, size: CompanySize?, tags: [String]?, updatedAt: Date?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .address: address = try reader.optional { reader throws(Fallback) in try PostalAddress(reading: &reader) }
            case .createdAt: createdAt = try reader.date()
            case .customFields: customFields = try reader.optional { reader throws(Fallback) in try reader.stringDictionary() }
            case .domain: domain = try reader.string()
            case .id: id = try reader.id()
            case .industry: industry = try reader.string()
            case .name: name = try reader.string()
            case .notes: notes = try reader.string()
            case .size: size = try reader.optional { reader throws(Fallback) in try reader.enumeration() }
            case .tags: tags = try reader.strings()
            case .updatedAt: updatedAt = try reader.date()
            }
        }
        self.init(id: try required(id), createdAt: try required(createdAt), name: try required(name),
                  domain: try required(domain), industry: try required(industry), size: size, address: address,
                  tags: try required(tags), notes: try required(notes))
        self.customFields = customFields
        self.updatedAt = try required(updatedAt)
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        if let address {
            writer.key(Field.address, in: &object)
            address.write(to: &writer)
        }
        writer.key(Field.createdAt, in: &object)
        writer.date(createdAt)
        if let customFields {
            writer.key(Field.customFields, in: &object)
            writer.stringDictionary(customFields)
        }
        writer.key(Field.domain, in: &object)
        writer.string(domain)
        writer.key(Field.id, in: &object)
        writer.id(id)
        writer.key(Field.industry, in: &object)
        writer.string(industry)
        writer.key(Field.name, in: &object)
        writer.string(name)
        writer.key(Field.notes, in: &object)
        writer.string(notes)
        if let size {
            writer.key(Field.size, in: &object)
            writer.enumeration(size)
        }
        writer.key(Field.tags, in: &object)
        writer.strings(tags)
        writer.key(Field.updatedAt, in: &object)
        writer.date(updatedAt)
        writer.endObject(object)
    }
}

extension Opportunity: FastRecordCoding {
    enum Field: Int, RecordField {
        case amount, closedAt, companyID, competitors, contactID, createdAt, customFields, expectedClose, forecastCategory, id, lostReason
        case lostTo, notes, offers, pipelineID, probabilityOverride, stageHistory, stageID, status, tags, title, updatedAt
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var pipelineID: String?
        var amount: Money?, closedAt: Date?, companyID: CompanyID?, competitors: [String]?, contactID: ContactID?
        var forecastCategory: ForecastCategory?
        var createdAt: Date?, customFields: [String: String]?, expectedClose: LocalDate?, id: OpportunityID?, lostReason: String?, lostTo: String?, notes: String?
        var offers: [Offer]?, probabilityOverride: Int?, stageHistory: [StageEntry]?, stageID: String?
        var status: OpportunityStatus?, tags: [String]?, title: String?, updatedAt: Date?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .amount: amount = try Money(reading: &reader)
            case .closedAt: closedAt = try reader.optional { reader throws(Fallback) in try reader.date() }
            case .companyID: companyID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .competitors: competitors = try reader.strings()
            case .contactID: contactID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .createdAt: createdAt = try reader.date()
            case .customFields: customFields = try reader.optional { reader throws(Fallback) in try reader.stringDictionary() }
            case .expectedClose: expectedClose = try reader.optional { reader throws(Fallback) in try reader.localDate() }
            case .forecastCategory:
                forecastCategory = try reader.optional { reader throws(Fallback) in try reader.enumeration() }
            case .id: id = try reader.id()
            case .lostReason: lostReason = try reader.optional { reader throws(Fallback) in try reader.string() }
            case .lostTo: lostTo = try reader.optional { reader throws(Fallback) in try reader.string() }
            case .notes: notes = try reader.string()
            case .offers: offers = try reader.array { reader throws(Fallback) in try Offer(reading: &reader) }
            case .pipelineID: pipelineID = try reader.optional { reader throws(Fallback) in try reader.string() }
            case .probabilityOverride: probabilityOverride = try reader.optional { reader throws(Fallback) in try reader.int() }
            case .stageHistory: stageHistory = try reader.array { reader throws(Fallback) in try StageEntry(reading: &reader) }
            case .stageID: stageID = try reader.string()
            case .status: status = try reader.enumeration()
            case .tags: tags = try reader.strings()
            case .title: title = try reader.string()
            case .updatedAt: updatedAt = try reader.date()
            }
        }
        self.init(id: try required(id), createdAt: try required(createdAt), title: try required(title), contactID: contactID,
                  companyID: companyID, stageID: try required(stageID), amount: try required(amount),
                  probabilityOverride: probabilityOverride, expectedClose: expectedClose, tags: try required(tags),
                  notes: try required(notes))
        self.updatedAt = try required(updatedAt)
        self.status = try required(status)
        self.stageHistory = try required(stageHistory)
        self.offers = try required(offers)
        self.competitors = try required(competitors)
        self.lostReason = lostReason
        self.lostTo = lostTo
        self.closedAt = closedAt
        self.pipelineID = pipelineID
        self.forecastCategory = forecastCategory
        self.customFields = customFields
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.amount, in: &object)
        amount.write(to: &writer)
        if let closedAt {
            writer.key(Field.closedAt, in: &object)
            writer.date(closedAt)
        }
        if let companyID {
            writer.key(Field.companyID, in: &object)
            writer.id(companyID)
        }
        writer.key(Field.competitors, in: &object)
        writer.strings(competitors)
        if let contactID {
            writer.key(Field.contactID, in: &object)
            writer.id(contactID)
        }
        writer.key(Field.createdAt, in: &object)
        writer.date(createdAt)
        if let customFields {
            writer.key(Field.customFields, in: &object)
            writer.stringDictionary(customFields)
        }
        if let expectedClose {
            writer.key(Field.expectedClose, in: &object)
            writer.localDate(expectedClose)
        }
        if let forecastCategory {
            writer.key(Field.forecastCategory, in: &object)
            writer.enumeration(forecastCategory)
        }
        writer.key(Field.id, in: &object)
        writer.id(id)
        if let lostReason {
            writer.key(Field.lostReason, in: &object)
            writer.string(lostReason)
        }
        if let lostTo {
            writer.key(Field.lostTo, in: &object)
            writer.string(lostTo)
        }
        writer.key(Field.notes, in: &object)
        writer.string(notes)
        writer.key(Field.offers, in: &object)
        writer.array(offers) { writer, value in value.write(to: &writer) }
        if let pipelineID {
            writer.key(Field.pipelineID, in: &object)
            writer.string(pipelineID)
        }
        if let probabilityOverride {
            writer.key(Field.probabilityOverride, in: &object)
            writer.int(probabilityOverride)
        }
        writer.key(Field.stageHistory, in: &object)
        writer.array(stageHistory) { writer, value in value.write(to: &writer) }
        writer.key(Field.stageID, in: &object)
        writer.string(stageID)
        writer.key(Field.status, in: &object)
        writer.enumeration(status)
        writer.key(Field.tags, in: &object)
        writer.strings(tags)
        writer.key(Field.title, in: &object)
        writer.string(title)
        writer.key(Field.updatedAt, in: &object)
        writer.date(updatedAt)
        writer.endObject(object)
    }
}

extension Activity: FastRecordCoding {
    enum Field: Int, RecordField {
        case automation, channel, companyID, contactID, createdAt, customFields, direction, doneAt, dueDate, dueTime, durationMinutes, externalID, id
        case kind, notes, occurredAt, opportunityID, recurrence, summary, taskType, updatedAt
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var automation: AutomationMark?, recurrence: Recurrence?
        var channel: Channel?, companyID: CompanyID?, contactID: ContactID?, createdAt: Date?, direction: Direction?
        var customFields: [String: String]?
        var doneAt: Date?, dueDate: LocalDate?, dueTime: LocalTime?, durationMinutes: Int?, externalID: String?, id: ActivityID?
        var kind: ActivityType?, notes: String?, occurredAt: Date?, opportunityID: OpportunityID?, summary: String?
        var taskType: TaskType?, updatedAt: Date?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .channel: channel = try reader.optional { reader throws(Fallback) in try reader.enumeration() }
            case .companyID: companyID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .contactID: contactID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .createdAt: createdAt = try reader.date()
            case .customFields: customFields = try reader.optional { reader throws(Fallback) in try reader.stringDictionary() }
            case .direction: direction = try reader.optional { reader throws(Fallback) in try reader.enumeration() }
            case .doneAt: doneAt = try reader.optional { reader throws(Fallback) in try reader.date() }
            case .dueDate: dueDate = try reader.optional { reader throws(Fallback) in try reader.localDate() }
            case .dueTime: dueTime = try reader.optional { reader throws(Fallback) in try reader.localTime() }
            case .durationMinutes: durationMinutes = try reader.optional { reader throws(Fallback) in try reader.int() }
            case .externalID: externalID = try reader.optional { reader throws(Fallback) in try reader.string() }
            case .id: id = try reader.id()
            case .kind: kind = try reader.enumeration()
            case .notes: notes = try reader.string()
            case .occurredAt: occurredAt = try reader.optional { reader throws(Fallback) in try reader.date() }
            case .opportunityID: opportunityID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .automation: automation = try reader.optional { reader throws(Fallback) in try AutomationMark(reading: &reader) }
            case .recurrence: recurrence = try reader.optional { reader throws(Fallback) in try Recurrence(reading: &reader) }
            case .summary: summary = try reader.string()
            case .taskType: taskType = try reader.optional { reader throws(Fallback) in try reader.enumeration() }
            case .updatedAt: updatedAt = try reader.date()
            }
        }
        // The task initialiser sets every stored property; the rest are then set as read.
        self.init(id: try required(id), createdAt: try required(createdAt), task: .todo, summary: try required(summary),
                  due: dueDate, dueTime: dueTime, contactID: contactID, companyID: companyID,
                  opportunityID: opportunityID, notes: try required(notes))
        self.updatedAt = try required(updatedAt)
        self.kind = try required(kind)
        self.taskType = taskType
        self.durationMinutes = durationMinutes
        self.doneAt = doneAt
        self.channel = channel
        self.direction = direction
        self.occurredAt = occurredAt
        self.externalID = externalID
        self.recurrence = recurrence
        self.automation = automation
        self.customFields = customFields
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        if let automation {
            writer.key(Field.automation, in: &object)
            automation.write(to: &writer)
        }
        if let channel {
            writer.key(Field.channel, in: &object)
            writer.enumeration(channel)
        }
        if let companyID {
            writer.key(Field.companyID, in: &object)
            writer.id(companyID)
        }
        if let contactID {
            writer.key(Field.contactID, in: &object)
            writer.id(contactID)
        }
        writer.key(Field.createdAt, in: &object)
        writer.date(createdAt)
        if let customFields {
            writer.key(Field.customFields, in: &object)
            writer.stringDictionary(customFields)
        }
        if let direction {
            writer.key(Field.direction, in: &object)
            writer.enumeration(direction)
        }
        if let doneAt {
            writer.key(Field.doneAt, in: &object)
            writer.date(doneAt)
        }
        if let dueDate {
            writer.key(Field.dueDate, in: &object)
            writer.localDate(dueDate)
        }
        if let dueTime {
            writer.key(Field.dueTime, in: &object)
            writer.localTime(dueTime)
        }
        if let durationMinutes {
            writer.key(Field.durationMinutes, in: &object)
            writer.int(durationMinutes)
        }
        if let externalID {
            writer.key(Field.externalID, in: &object)
            writer.string(externalID)
        }
        writer.key(Field.id, in: &object)
        writer.id(id)
        writer.key(Field.kind, in: &object)
        writer.enumeration(kind)
        writer.key(Field.notes, in: &object)
        writer.string(notes)
        if let occurredAt {
            writer.key(Field.occurredAt, in: &object)
            writer.date(occurredAt)
        }
        if let opportunityID {
            writer.key(Field.opportunityID, in: &object)
            writer.id(opportunityID)
        }
        if let recurrence {
            writer.key(Field.recurrence, in: &object)
            recurrence.write(to: &writer)
        }
        writer.key(Field.summary, in: &object)
        writer.string(summary)
        if let taskType {
            writer.key(Field.taskType, in: &object)
            writer.enumeration(taskType)
        }
        writer.key(Field.updatedAt, in: &object)
        writer.date(updatedAt)
        writer.endObject(object)
    }
}

extension Purchase: FastRecordCoding {
    enum Field: Int, RecordField {
        case amount, category, contactID, createdAt, date, id, product
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var amount: Money?, category: String?, contactID: ContactID?, createdAt: Date?, date: LocalDate?
        var id: PurchaseID?, product: String?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .amount: amount = try Money(reading: &reader)
            case .category: category = try reader.string()
            case .contactID: contactID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .createdAt: createdAt = try reader.date()
            case .date: date = try reader.localDate()
            case .id: id = try reader.id()
            case .product: product = try reader.string()
            }
        }
        self.init(id: try required(id), createdAt: try required(createdAt), contactID: contactID, date: try required(date),
                  amount: try required(amount), product: try required(product), category: try required(category))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.amount, in: &object)
        amount.write(to: &writer)
        writer.key(Field.category, in: &object)
        writer.string(category)
        if let contactID {
            writer.key(Field.contactID, in: &object)
            writer.id(contactID)
        }
        writer.key(Field.createdAt, in: &object)
        writer.date(createdAt)
        writer.key(Field.date, in: &object)
        writer.localDate(date)
        writer.key(Field.id, in: &object)
        writer.id(id)
        writer.key(Field.product, in: &object)
        writer.string(product)
        writer.endObject(object)
    }
}

extension SurveyResponse: FastRecordCoding {
    enum Field: Int, RecordField {
        case comment, contactID, createdAt, date, id, score
        static let names = caseNames()
    }

    init(reading reader: inout JSONRecordReader) throws(JSONRecordReader.Fallback) {
        var comment: String?, contactID: ContactID?, createdAt: Date?, date: LocalDate?, id: SurveyResponseID?
        var score: Int?
        var state = try reader.beginObject()
        while let member = try reader.nextMember(&state, Field.self) {
            guard case .field(let field) = member else { try reader.skipValue(); continue }
            switch field {
            case .comment: comment = try reader.string()
            case .contactID: contactID = try reader.optional { reader throws(Fallback) in try reader.id() }
            case .createdAt: createdAt = try reader.date()
            case .date: date = try reader.localDate()
            case .id: id = try reader.id()
            case .score: score = try reader.int()
            }
        }
        self.init(id: try required(id), createdAt: try required(createdAt), contactID: contactID, date: try required(date),
                  score: try required(score), comment: try required(comment))
    }

    func write(to writer: inout JSONRecordWriter) {
        var object = writer.beginObject()
        writer.key(Field.comment, in: &object)
        writer.string(comment)
        if let contactID {
            writer.key(Field.contactID, in: &object)
            writer.id(contactID)
        }
        writer.key(Field.createdAt, in: &object)
        writer.date(createdAt)
        writer.key(Field.date, in: &object)
        writer.localDate(date)
        writer.key(Field.id, in: &object)
        writer.id(id)
        writer.key(Field.score, in: &object)
        writer.int(score)
        writer.endObject(object)
    }
}

// MARK: - Whole collections

/// A collection file read and written through the fast paths. Both return nil when the fast path
/// does not apply, and the caller takes the full `Codable` path (which also reports errors).
enum FastCollectionCoding {
    static func decode<R: Record & FastRecordCoding>(_ type: R.Type, from bytes: [UInt8], collection: BookCollection) -> RecordTable<R>? {
        decode(type, window: FileWindow(bytes: bytes), collection: collection)
    }

    /// Reads the file a window at a time (see `FileWindow`).
    static func decode<R: Record & FastRecordCoding>(_ type: R.Type, path: String, collection: BookCollection) -> RecordTable<R>? {
        guard let window = FileWindow(path: path) else { return nil }
        return decode(type, window: window, collection: collection)
    }

    private static func decode<R: Record & FastRecordCoding>(_ type: R.Type, window: FileWindow, collection: BookCollection) -> RecordTable<R>? {
        do {
            try window.fill()
            var reader = JSONRecordReader(bytes: window.bytes)
            var byID: RecordShards<R>?
            var schema: Int64?
            var seenKeys: Set<String> = []
            var document = try reader.beginObject()
            while let key = try reader.nextKey(&document) {
                guard seenKeys.insert(key).inserted else { throw Fallback() }
                switch key {
                case collection.rawValue: byID = try records(R.self, &reader, window)
                case CollectionCoding.schemaKey: schema = try reader.integer()
                default: try reader.skipValue()
                }
            }
            while !window.atEnd { reader = try window.slide(keepingFrom: reader.offset) }
            try reader.expectEnd()
            guard let byID, let schema, schema >= 1, schema <= Int64(collection.schemaVersion) else { return nil }
            return RecordTable(byID: byID)
        } catch {
            return nil
        }
    }

    /// Before each record at least this much of the file is in the window (or all of the rest).
    private static let refillMargin = 512 << 10

    /// The records array, straight into the table's dictionary. A duplicate id is left to the
    /// full decoder, which says where it is.
    private static func records<R: Record & FastRecordCoding>(_ type: R.Type, _ reader: inout JSONRecordReader,
                                                               _ window: FileWindow) throws(Fallback) -> RecordShards<R> {
        var byID = RecordShards<R>()
        var array = try reader.beginArray()
        while true {
            if !window.atEnd, window.count - reader.offset < refillMargin {
                reader = try window.slide(keepingFrom: reader.offset)
            }
            let recordStart = reader.offset
            let arrayBefore = array
            let record: R
            do throws(Fallback) {
                guard try reader.nextElement(&array) else { break }
                record = try R(reading: &reader)
            } catch {
                guard !window.atEnd else { throw error }
                // The record runs past the window: read it again from a larger one.
                reader = try window.slide(keepingFrom: recordStart, grow: true)
                array = arrayBefore
                continue
            }
            guard byID.updateValue(record, forKey: record.id) == nil else { throw Fallback() }
        }
        return byID
    }

    static func encode<R: Record & FastRecordCoding>(_ table: RecordTable<R>, as collection: BookCollection) -> [UInt8]? {
        let records = table.sortedByID
        // About what the records took on disk: one reservation instead of a dozen regrowths.
        var writer = JSONRecordWriter(capacity: 64 + records.count * 700)
        var document = writer.beginObject()
        let name = collection.rawValue
        let schemaFirst = JSONOutputBuffer.precedesInByteOrder(CollectionCoding.schemaKey, name)
        if schemaFirst { writeSchema(collection, &writer, &document) }
        writer.key(name, in: &document)
        writer.array(records) { writer, record in record.write(to: &writer) }
        if !schemaFirst { writeSchema(collection, &writer, &document) }
        writer.endObject(document)
        guard !writer.failed else { return nil }
        return writer.finish()
    }

    private static func writeSchema(_ collection: BookCollection, _ writer: inout JSONRecordWriter, _ document: inout JSONRecordWriter.Container) {
        writer.key(CollectionCoding.schemaKey, in: &document)
        writer.int(collection.schemaVersion)
    }
}
