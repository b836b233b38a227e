import Foundation

/// Makes a believable book from a seed and a date: the same seed and date give the same book,
/// byte for byte. Nothing comes from the clock or the system's randomness.
///
/// The book spans 30 months before `today`: companies and their people, deals that moved through
/// the pipeline (won, lost with a reason, or still open with a next step, some overdue, some
/// rotting), 24 months of purchases from customers who come back less and less (so cohorts and
/// retention look like a real shop's), NPS answers, interactions on every channel, campaigns and
/// tickets.
public struct DemoBookGenerator {
    public let size: DemoSize
    public let seed: UInt64
    public let today: LocalDate

    public init(size: DemoSize, seed: UInt64 = 1, today: LocalDate) {
        self.size = size
        self.seed = seed
        self.today = today
    }

    public func generate() -> Book {
        var state = GenerationState(size: size, seed: seed, today: today)
        state.makeCompanies()
        state.makeContacts()
        state.makePurchases()
        state.makeOpportunities()
        state.makeTargets()
        state.makeActivities()
        state.makeSurveys()
        state.makeTickets()
        state.settleLifecycles()
        state.makeCampaignsAndTemplates()
        state.makeCustomFields()
        if size.otherCurrencies { state.book.settings.rates = DemoRates.weekly(from: state.start, to: today) }
        return state.book
    }
}

/// The generator's working state; a struct with mutating steps, so nothing leaks between runs.
struct GenerationState {
    let size: DemoSize
    let today: LocalDate
    var random: SeededRandom
    var book: Book
    let euro = CurrencyCode.eur
    let start: LocalDate

    var companyCountry: [CompanyID: DemoNames.Country] = [:]
    var companyList: [Company] = []
    var contactList: [ContactID] = []
    var contactCountry: [ContactID: DemoNames.Country] = [:]
    var purchasesByContact: [ContactID: [LocalDate]] = [:]
    var wonAtByContact: [ContactID: Date] = [:]
    var openDealContacts: Set<ContactID> = []
    var usedEmails: Set<String> = []

    init(size: DemoSize, seed: UInt64, today: LocalDate) {
        self.size = size
        self.today = today
        self.random = SeededRandom(seed: seed)
        self.start = today.adding(months: -30)
        var settings = Settings(userName: "Demo")
        settings.numberFormat = .english
        settings.pipelines = DemoPipelines.pipelines(for: size)
        self.book = Book(settings: settings)
    }

    // MARK: Time helpers

    /// A moment during office hours on a day.
    mutating func moment(on day: LocalDate) -> Date {
        let seconds = (8 * 3600) + random.int(10 * 3600)
        return Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + seconds))
    }

    mutating func day(between from: LocalDate, and to: LocalDate) -> LocalDate {
        let span = max(0, from.days(until: to))
        return from.adding(days: random.int(span + 1))
    }

    func day(of date: Date) -> LocalDate { LocalDate(dayNumber: Int(date.timeIntervalSince1970 / 86_400)) }

    // MARK: Companies and people

    mutating func makeCompanies() {
        for _ in 0..<size.companies {
            let country = random.pick(DemoNames.countries)
            let word = random.pick(country.companyWords)
            let surname = random.pick(country.lastNames)
            let base = random.chance(0.5) ? "\(word) \(surname)" : "\(surname) \(word)"
            let name = "\(base) \(random.pick(country.companyForms))"
            let id = book.companies.nextID()
            let city = random.pick(country.cities)
            let slug = DemoGeneratorText.slug(base)
            let company = Company(
                id: id, createdAt: moment(on: day(between: start, and: today.adding(months: -1))), name: name,
                domain: "\(slug)-\(id.number ?? 0).\(country.domainSuffix)",
                industry: random.pick(DemoNames.industries),
                size: random.weighted([(CompanySize.micro, 4), (.small, 3), (.medium, 2), (.large, 0.7), (.enterprise, 0.3)]),
                address: PostalAddress(street: "\(random.pick(country.streets)) \(random.int(in: 1...180))", city: city.city,
                                       region: city.region, postalCode: city.postalCode, country: country.name),
                tags: random.chance(0.3) ? [random.pick(DemoNames.tags)] : [])
            book.companies.upsert(company)
            companyList.append(company)
            companyCountry[id] = country
        }
    }

    mutating func makeContacts() {
        let freeMail = ["gmail.com", "outlook.com", "libero.it", "orange.fr", "yahoo.co.uk", "icloud.com"]
        for index in 0..<size.contacts {
            let company: Company? = (!companyList.isEmpty && random.chance(0.8)) ? random.pick(companyList) : nil
            let country = company.flatMap { companyCountry[$0.id] } ?? random.pick(DemoNames.countries)
            let first = random.pick(country.firstNames)
            let last = random.pick(country.lastNames)
            // Recent contacts are more numerous: a business that grows.
            let created: LocalDate
            if index < size.contacts / 20 {
                created = day(between: today.adding(days: -25), and: today)
            } else {
                let u = random.unit()
                created = start.adding(days: Int(Double(start.days(until: today)) * (1 - u * u)))
            }
            let domain = company?.domain ?? random.pick(freeMail)
            var local = DemoGeneratorText.slug(first) + "." + DemoGeneratorText.slug(last)
            if usedEmails.contains(local + "@" + domain) { local += String(index) }
            let email = local + "@" + domain
            usedEmails.insert(email)
            let id = book.contacts.nextID()
            let createdAt = moment(on: created)
            let phone = country.phonePrefix + String(10 + random.int(89)) + " " + String(100_000 + random.int(899_999))
            let city = random.pick(country.cities)
            var consent = Consent()
            if random.chance(0.8) {
                consent.privacy = ConsentRecord(granted: true, date: createdAt, method: random.pick(["web form", "signed contract", "in store"]))
            }
            if random.chance(0.6) {
                consent.marketing = ConsentRecord(granted: random.chance(0.9), date: createdAt, method: random.pick(["web form", "newsletter sign-up", "in store"]))
            }
            var tags: [String] = []
            if random.chance(0.35) { tags.append(random.pick(DemoNames.tags)) }
            if random.chance(0.1) { tags.append(random.pick(DemoNames.tags)) }
            let contact = Contact(
                id: id, createdAt: createdAt, firstName: first, lastName: last,
                emails: [LabeledValue(email, label: company == nil ? "home" : "work")],
                phones: random.chance(0.85) ? [LabeledValue(phone, label: "mobile")] : [],
                companyID: company?.id,
                jobTitle: company == nil ? "" : random.pick(["CEO", "Owner", "Buyer", "Office manager", "Sales director",
                                                               "Head of operations", "CFO", "Marketing manager", "IT manager"]),
                address: random.chance(0.5) ? PostalAddress(street: "\(random.pick(country.streets)) \(random.int(in: 1...200))",
                                                            city: city.city, region: city.region, postalCode: city.postalCode,
                                                            country: country.name) : nil,
                source: random.pick(DemoNames.sources), tags: Array(Set(tags)).sorted(),
                lifecycle: .subscriber, consent: consent)
            book.contacts.upsert(contact)
            contactList.append(id)
            contactCountry[id] = country
        }
    }

    // MARK: Purchases

    /// Customers arrive over 24 months; each comes back at their own pace and may stop for good,
    /// so cohorts decay the way retention curves do.
    mutating func makePurchases() {
        guard !contactList.isEmpty, size.purchases > 0 else { return }
        let purchaseStart = today.adding(months: -24)
        var order = contactList
        order.shuffle(using: &random)
        // About half the book buys; the others stay leads, prospects and subscribers.
        let buyers = order.prefix(max(1, order.count / 2)).filter { id in
            book.contacts[id].map { day(of: $0.createdAt) < today } ?? false
        }
        var streams: [ContactID: [LocalDate]] = [:]
        var gaps: [ContactID: Double] = [:]
        var made = 0
        // First pass: each buyer's first purchase, then visits at their own pace until they churn.
        for contactID in buyers where made < size.purchases {
            guard let contact = book.contacts[contactID] else { continue }
            let earliest = max(day(of: contact.createdAt), purchaseStart)
            let u = random.unit()
            var date = earliest.adding(days: Int(Double(earliest.days(until: today)) * u * u))
            let meanGap = random.pick([12.0, 20.0, 30.0, 45.0, 60.0, 90.0])
            let churn = random.pick([0.04, 0.08, 0.12, 0.2, 0.35])
            gaps[contactID] = meanGap
            var dates: [LocalDate] = []
            while date <= today, made < size.purchases {
                dates.append(date)
                made += 1
                if random.chance(churn) { break }
                date = date.adding(days: nextGap(meanGap))
            }
            streams[contactID] = dates
        }
        // Later passes: some come back after a pause, until the book has its purchases.
        var pass = 0
        while made < size.purchases, pass < 50, !buyers.isEmpty {
            pass += 1
            for contactID in buyers where made < size.purchases {
                guard let last = streams[contactID]?.last, random.chance(0.5) else { continue }
                let next = last.adding(days: nextGap((gaps[contactID] ?? 60) * 2))
                guard next <= today else { continue }
                streams[contactID, default: []].append(next)
                made += 1
            }
        }
        for contactID in streams.keys.sorted() {
            guard let dates = streams[contactID], !dates.isEmpty else { continue }
            purchasesByContact[contactID] = dates
            for purchaseDay in dates {
                let product = random.pick(DemoNames.products)
                let cents = Int64(random.skewed(min: product.minPrice, max: product.maxPrice)) * 100 + Int64(random.pick([0, 50, 90, 99]))
                let id = book.purchases.nextID()
                book.purchases.upsert(Purchase(id: id, createdAt: moment(on: purchaseDay), contactID: contactID, date: purchaseDay,
                                               amount: Money(minorUnits: cents, currency: euro), product: product.name,
                                               category: product.category))
            }
        }
    }

    /// An exponential wait: most visits come soon, a few after a long pause.
    mutating func nextGap(_ mean: Double) -> Int {
        max(1, Int(-mean * log(1 - random.unit() * 0.999)))
    }

    // MARK: Opportunities

    mutating func makeOpportunities() {
        let pipelines = book.settings.pipelines
        guard !book.settings.pipeline.isEmpty, !contactList.isEmpty else { return }
        let lostReasons = book.settings.lostReasons
        for number in 0..<size.opportunities {
            guard let pipeline = DemoPipelines.pipeline(forDeal: number, in: pipelines) else { return }
            let stages = pipeline.stages
            let contactID = random.pick(contactList)
            guard let contact = book.contacts[contactID] else { continue }
            let earliest = max(day(of: contact.createdAt), start.adding(months: 2))
            guard earliest < today else { continue }
            let createdDay = day(between: earliest, and: today)
            let age = createdDay.days(until: today)
            let status: OpportunityStatus
            if age > 120 {
                status = random.weighted([(.won, 0.35), (.lost, 0.55), (.open, 0.10)])
            } else if age > 30 {
                status = random.weighted([(.won, 0.2), (.lost, 0.25), (.open, 0.55)])
            } else {
                status = random.weighted([(.won, 0.03), (.lost, 0.07), (.open, 0.9)])
            }
            // The stage reached: won deals reached the last one; lost ones stop early more often.
            let lastIndex: Int
            switch status {
            case .won: lastIndex = stages.count - 1
            case .lost: lastIndex = random.weighted(stages.indices.map { ($0, Double(stages.count - $0)) })
            case .open: lastIndex = random.weighted(stages.indices.map { ($0, Double(stages.count - $0) + 1) })
            }
            var path: [Int] = [0]
            if lastIndex > 0 {
                for index in 1..<lastIndex where !random.chance(0.15) { path.append(index) }
                path.append(lastIndex)
            }
            let amountMajor = (random.skewed(min: 800, max: 120_000) / 50).rounded() * 50
            let createdAt = moment(on: createdDay)
            var opportunity = Opportunity(
                id: book.opportunities.nextID(), createdAt: createdAt,
                title: "\(random.pick(DemoNames.dealKinds)) – \(book.companies[contact.companyID ?? CompanyID("")]?.name ?? contact.lastName)",
                contactID: contactID, companyID: contact.companyID, stageID: stages[0].id,
                amount: Money(major: Int64(amountMajor), currency: dealCurrency(book.opportunities.count)),
                probabilityOverride: random.chance(0.1) ? random.pick([15, 30, 50, 70, 90]) : nil)
            if pipeline.id != pipelines.first?.id { opportunity.pipelineID = pipeline.id }
            // Time spent in each stage; open deals must still be in their stage today.
            var durations = path.map { _ in 2 + random.int(24) }
            let available = max(1, age)
            let needed = durations.reduce(0, +)
            if needed > available {
                durations = durations.map { max(0, $0 * available / max(needed, 1)) }
            }
            var moment = createdDay
            var lastMove = createdAt
            for (step, stageIndex) in path.enumerated() where step > 0 {
                moment = moment.adding(days: durations[step - 1])
                if moment > today { moment = today }
                // Two moves on one day still happen in order.
                lastMove = max(self.moment(on: moment), lastMove.addingTimeInterval(600))
                opportunity.move(toStage: stages[stageIndex].id, at: lastMove)
            }
            let closeDay = min(today, moment.adding(days: durations.last ?? 1))
            if stages[lastIndex].probability >= 60 || random.chance(0.2) {
                makeOffers(&opportunity, status: status, firstDay: moment, lastDay: closeDay)
            }
            if random.chance(0.3) {
                opportunity.competitors = Array(Set([random.pick(DemoNames.competitors), random.pick(DemoNames.competitors)])).sorted()
            }
            switch status {
            case .won:
                let when = max(self.moment(on: closeDay), lastMove.addingTimeInterval(600))
                opportunity.markWon(at: when)
                if let previous = wonAtByContact[contactID] { wonAtByContact[contactID] = min(previous, when) } else { wonAtByContact[contactID] = when }
                opportunity.expectedClose = closeDay
            case .lost:
                opportunity.markLost(reason: random.weighted(lostReasons.enumerated().map { ($0.element, Double(lostReasons.count - $0.offset)) }),
                                     at: max(self.moment(on: closeDay), lastMove.addingTimeInterval(600)))
                opportunity.expectedClose = closeDay
            case .open:
                opportunity.expectedClose = today.adding(days: random.int(in: -10...100))
                openDealContacts.insert(contactID)
            }
            opportunity.updatedAt = max(opportunity.updatedAt, opportunity.createdAt)
            book.opportunities.upsert(opportunity)
        }
    }

    /// The large book's deals come in three currencies (one in seven in dollars, one in eleven in
    /// pounds), chosen by position so the small book, all in euros, draws the same numbers as ever.
    func dealCurrency(_ index: Int) -> CurrencyCode {
        guard size.otherCurrencies else { return euro }
        if index % 7 == 3 { return .usd }
        if index % 11 == 5 { return .gbp }
        return euro
    }

    mutating func makeOffers(_ opportunity: inout Opportunity, status: OpportunityStatus, firstDay: LocalDate, lastDay: LocalDate) {
        let count = random.weighted([(1, 0.6), (2, 0.3), (3, 0.1)])
        var amount = opportunity.amount.minorUnits * Int64(100 + random.int(25)) / 100 / 5000 * 5000
        for number in 0..<count {
            let offerDay = day(between: firstDay, and: max(firstDay, lastDay))
            let isLast = number == count - 1
            var offer = Offer(amount: Money(minorUnits: max(amount, 5000), currency: opportunity.amount.currency), date: offerDay,
                              note: number == 0 ? "First quote" : "Revised after negotiation")
            if number > 0, let previous = opportunity.offers.indices.last, random.chance(0.3) {
                opportunity.offers[previous].status = .rejected
            }
            opportunity.addOffer(offer, at: opportunity.updatedAt)
            if isLast {
                switch status {
                case .won: offer.status = .accepted
                case .lost: offer.status = .rejected
                case .open: offer.status = .sent
                }
                opportunity.offers[opportunity.offers.count - 1].status = offer.status
            }
            amount = amount * Int64(85 + random.int(12)) / 100 / 5000 * 5000
        }
    }

    // MARK: Activities

    mutating func makeActivities() {
        var made = 0
        let opportunities = book.opportunities.sortedByID
        for opportunity in opportunities where made < size.activities {
            let contactID = opportunity.contactID
            let createdDay = day(of: opportunity.createdAt)
            // Done tasks along the way.
            let doneCount = random.int(3)
            for _ in 0..<doneCount where made < size.activities {
                let due = day(between: createdDay, and: min(today, day(of: opportunity.closedAt ?? moment(on: today))))
                let type = random.pick(TaskType.allCases)
                var task = Activity(id: book.activities.nextID(), createdAt: moment(on: createdDay), task: type,
                                    summary: random.pick(DemoNames.taskSummaries[type] ?? ["Follow up"]), due: due,
                                    contactID: contactID, companyID: opportunity.companyID, opportunityID: opportunity.id)
                task.doneAt = moment(on: due)
                task.updatedAt = max(task.createdAt, task.doneAt ?? task.createdAt)
                book.activities.upsert(task)
                made += 1
            }
            // The next step of an open deal: most have one, some overdue, some today, some none.
            if opportunity.status == .open, made < size.activities, random.chance(0.78) {
                let due = today.adding(days: random.weighted([(-random.int(in: 1...20), 0.25), (0, 0.12), (random.int(in: 1...30), 0.63)]))
                let type = random.pick(TaskType.allCases)
                let time: LocalTime? = type == .meeting || type == .call ? LocalTime(hour: random.int(in: 9...17), minute: random.pick([0, 30])) : nil
                let planned = min(today, max(createdDay, due.adding(days: -random.int(14))))
                let task = Activity(id: book.activities.nextID(), createdAt: moment(on: planned), task: type,
                                    summary: random.pick(DemoNames.taskSummaries[type] ?? ["Follow up"]), due: due, dueTime: time,
                                    contactID: contactID, companyID: opportunity.companyID, opportunityID: opportunity.id)
                book.activities.upsert(task)
                made += 1
            }
        }
        // Tasks about people without a deal, then interactions on every channel.
        let channels = Channel.allCases
        var channelIndex = 0
        while made < size.activities, !contactList.isEmpty {
            let contactID = random.pick(contactList)
            guard let contact = book.contacts[contactID] else { continue }
            let createdDay = day(of: contact.createdAt)
            if random.chance(0.08) {
                let type = random.pick(TaskType.allCases)
                let due = day(between: max(createdDay, today.adding(days: -60)), and: today.adding(days: 45))
                var task = Activity(id: book.activities.nextID(), createdAt: moment(on: min(due, today)), task: type,
                                    summary: random.pick(DemoNames.taskSummaries[type] ?? ["Follow up"]), due: due,
                                    contactID: contactID, companyID: contact.companyID)
                if due < today.adding(days: -7) || (due < today && random.chance(0.5)) { task.doneAt = moment(on: due) }
                book.activities.upsert(task)
            } else {
                // Every channel in turn first, so even a tiny book shows them all.
                let channel = channelIndex < channels.count ? channels[channelIndex] : random.pick(channels)
                channelIndex += 1
                let when = day(between: max(createdDay, today.adding(months: -24)), and: today)
                let activity = Activity(id: book.activities.nextID(), createdAt: moment(on: when), channel: channel,
                                        direction: random.chance(0.55) ? .inbound : .outbound,
                                        summary: random.pick(DemoNames.interactionSummaries[channel] ?? ["Contact"]),
                                        occurredAt: moment(on: when), contactID: contactID, companyID: contact.companyID)
                book.activities.upsert(activity)
            }
            made += 1
        }
    }

    // MARK: Surveys and tickets

    mutating func makeSurveys() {
        let buyers = purchasesByContact.keys.sorted()
        guard !buyers.isEmpty else { return }
        for _ in 0..<size.surveys {
            let contactID = random.pick(buyers)
            guard let first = purchasesByContact[contactID]?.first else { continue }
            let date = day(between: max(first, today.adding(months: -18)), and: today)
            let score = random.weighted([(10, 0.27), (9, 0.22), (8, 0.16), (7, 0.1), (6, 0.07), (5, 0.06), (4, 0.04),
                                         (3, 0.03), (2, 0.02), (1, 0.015), (0, 0.015)])
            book.surveys.upsert(SurveyResponse(id: book.surveys.nextID(), createdAt: moment(on: date), contactID: contactID,
                                               date: date, score: score, comment: random.pick(DemoNames.surveyComments)))
        }
    }

    mutating func makeTickets() {
        let buyers = purchasesByContact.keys.sorted()
        guard !buyers.isEmpty else { return }
        for _ in 0..<size.tickets {
            let contactID = random.pick(buyers)
            let opened = day(between: today.adding(months: -12), and: today)
            var ticket = Ticket(id: book.tickets.nextID(), createdAt: moment(on: opened), contactID: contactID,
                                subject: random.pick(DemoNames.ticketSubjects),
                                status: opened < today.adding(days: -20) ? random.weighted([(.closed, 0.85), (.pending, 0.1), (.open, 0.05)])
                                    : random.weighted([(.open, 0.5), (.pending, 0.3), (.closed, 0.2)]),
                                priority: random.weighted([(.low, 0.2), (.normal, 0.55), (.high, 0.2), (.urgent, 0.05)]))
            if ticket.status == .closed {
                ticket.closedAt = moment(on: min(today, opened.adding(days: random.int(in: 0...10))))
                ticket.updatedAt = ticket.closedAt ?? ticket.updatedAt
            }
            book.tickets.upsert(ticket)
        }
    }

    // MARK: Lifecycle

    /// Sets each contact's lifecycle from what happened to them, with a dated history that climbs
    /// the stages in order.
    mutating func settleLifecycles() {
        let formerCutoff = today.adding(months: -12)
        for contactID in contactList {
            guard var contact = book.contacts[contactID] else { continue }
            let created = contact.createdAt
            let firstPurchase = purchasesByContact[contactID]?.first.map { moment(on: $0) }
            let lastPurchase = purchasesByContact[contactID]?.last
            let becameCustomer = [firstPurchase, wonAtByContact[contactID]].compactMap { $0 }.min()
            var path: [(LifecycleStage, Date)] = []
            let opening = random.chance(0.3) ? LifecycleStage.subscriber : .lead
            path.append((opening, created))
            if let customerAt = becameCustomer {
                let span = max(0, customerAt.timeIntervalSince(created))
                if opening == .subscriber { path.append((.lead, created.addingTimeInterval(span * 0.2))) }
                path.append((.mql, created.addingTimeInterval(span * 0.4)))
                path.append((.sql, created.addingTimeInterval(span * 0.6)))
                path.append((.customer, max(created, customerAt)))
                if let last = lastPurchase, last < formerCutoff, (wonAtByContact[contactID].map { day(of: $0) < formerCutoff } ?? true) {
                    path.append((.formerCustomer, moment(on: last.adding(months: 12))))
                } else if (purchasesByContact[contactID]?.count ?? 0) >= 6, random.chance(0.25) {
                    path.append((.evangelist, moment(on: max(day(of: customerAt), today.adding(days: -90)))))
                }
            } else {
                let age = max(0, moment(on: today).timeIntervalSince(created))
                let target: LifecycleStage = openDealContacts.contains(contactID) ? .opportunity
                    : random.weighted([(LifecycleStage.lead, 0.45), (.mql, 0.25), (.sql, 0.12), (opening, 0.18)])
                let ladder: [LifecycleStage] = [.lead, .mql, .sql, .opportunity]
                if let end = ladder.firstIndex(of: target) {
                    var fraction = 0.2
                    for stage in ladder[...end] where stage != opening {
                        path.append((stage, created.addingTimeInterval(age * fraction)))
                        fraction += 0.15
                    }
                }
            }
            contact.lifecycle = path[path.count - 1].0
            contact.lifecycleHistory = path.map { LifecycleEntry(stage: $0.0, enteredAt: $0.1) }
            contact.updatedAt = max(contact.createdAt, path[path.count - 1].1)
            book.contacts.upsert(contact)
        }
    }

    // MARK: Campaigns and templates

    mutating func makeCampaignsAndTemplates() {
        let created = moment(on: start)
        let welcome = Template(id: book.templates.nextID(), createdAt: created, name: "Welcome", kind: .email,
                               subject: "Welcome, {{first_name|there}}",
                               body: "Hello {{first_name|there}},\n\nthank you for choosing us. {{company}} is in good hands.\n")
        let promo = Template(id: book.templates.nextID(), createdAt: created, name: "Black Friday", kind: .email,
                             subject: "{{first_name|Hello}}, our Black Friday prices are here",
                             body: "Dear {{first_name|customer}},\n\n30% off everything until Monday.\n")
        let reminder = Template(id: book.templates.nextID(), createdAt: created, name: "Appointment reminder", kind: .sms,
                                body: "Hi {{first_name|there}}, see you tomorrow! Reply STOP to opt out.")
        for template in [welcome, promo, reminder] { book.templates.upsert(template) }

        let consenting = contactList.filter { book.contacts[$0]?.consent.allowsMarketing ?? false }
        let plans: [(String, CampaignChannel, String, Int, Int64, TemplateID?)] = [
            ("Back to School", .email, "Back to School", -14, 1_500, welcome.id),
            ("Black Friday", .email, "Black Friday", -12, 4_000, promo.id),
            ("Christmas catalogue", .directMail, "Christmas", -11, 6_500, nil),
            ("Spring launch event", .event, "Spring", -8, 9_000, nil),
            ("Summer sale SMS", .sms, "Summer sale", -5, 800, reminder.id),
            ("Back to School", .email, "Back to School", -2, 1_800, welcome.id),
            ("Black Friday", .email, "Black Friday", 0, 4_500, promo.id),
        ]
        let membersPerCampaign = max(5, min(consenting.count / 3, size.contacts / 15))
        let window = book.settings.attributionDays
        for (name, channel, period, monthOffset, plannedBudget, template) in plans {
            let startDay = today.adding(months: monthOffset).firstOfMonth.adding(days: 3)
            let endDay = startDay.adding(days: 20)
            let status: CampaignStatus = endDay < today ? .done : (startDay <= today ? .running : .draft)
            let year = startDay.year
            var members: [CampaignMember] = []
            if status != .draft, !consenting.isEmpty {
                // Some campaigns reach people who were about to buy anyway, some do not: a share
                // of the members are chosen among those with a purchase in the attribution window,
                // so results range from losses to good returns without adding any purchase.
                let windowEnd = startDay.adding(days: window)
                let responders = consenting.filter { id in
                    purchasesByContact[id]?.contains { $0 >= startDay && $0 <= windowEnd } ?? false
                }
                let share = random.pick([0.1, 0.25, 0.4, 0.55, 0.7])
                var chosen: Set<ContactID> = []
                if !responders.isEmpty {
                    for _ in 0..<Int(Double(membersPerCampaign) * share) { chosen.insert(random.pick(responders)) }
                }
                while chosen.count < membersPerCampaign, chosen.count < consenting.count { chosen.insert(random.pick(consenting)) }
                members = chosen.sorted().compactMap { id in
                    guard let contact = book.contacts[id], day(of: contact.createdAt) <= startDay else { return nil }
                    return CampaignMember(contactID: id, sentAt: moment(on: startDay))
                }
            }
            // The budget follows the audience (creative work and sending per member reached), so a
            // campaign to twenty people does not cost thousands.
            let perMember: Int64
            switch channel {
            case .email: perMember = 60
            case .sms: perMember = 45
            case .ads: perMember = 90
            case .directMail: perMember = 95
            case .event: perMember = 120
            }
            let budget = max(100, min(plannedBudget * Int64(max(1, size.contacts / 300)), Int64(membersPerCampaign) * perMember) / 50 * 50)
            let cost = status == .draft ? 0 : budget * Int64(80 + random.int(30)) / 100
            let campaign = Campaign(id: book.campaigns.nextID(), createdAt: moment(on: startDay.adding(days: -20)),
                                    name: "\(name) \(year)", channel: channel, period: period, startDate: startDay,
                                    endDate: endDay, budget: Money(major: budget, currency: euro),
                                    cost: Money(major: cost, currency: euro),
                                    target: random.pick(["loyal", "occasional", "at-risk", "lifecycle:customer", "tag:newsletter"]),
                                    status: status, templateID: template, members: members)
            book.campaigns.upsert(campaign)
        }
    }
}

enum DemoGeneratorText {
    /// "Niccolò D'Amico" -> "niccolo-damico": lower-case ASCII for emails and domains.
    static func slug(_ text: String) -> String {
        let folded = TextFolding.fold(text)
        var result = ""
        var lastWasDash = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                result.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if scalar == " " || scalar == "&" || scalar == "-", !lastWasDash, !result.isEmpty {
                result.append("-")
                lastWasDash = true
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }
}
