import Foundation
import RapportCore
import RapportCanvas
@testable import RapportUI

/// A small hand-made book for the board's tests, on the harness's clock (2026-11-22 12:00 UTC):
/// one deal per marker the cards show, closed deals this month and before, and enough leads in
/// New to make that column scroll.
enum BoardFixture {
    static let utc = TimeZone(identifier: "UTC") ?? .current

    static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }

    static func at(_ year: Int, _ month: Int, _ dayOfMonth: Int, hour: Int = 9) -> Date {
        day(year, month, dayOfMonth).startOfDay(in: utc).addingTimeInterval(Double(hour) * 3600)
    }

    static func euros(_ major: Int64) -> Money { Money(major: major, currency: .eur) }

    static let fleet = OpportunityID("opp-000001")
    static let support = OpportunityID("opp-000002")
    static let espresso = OpportunityID("opp-000003")
    static let warehouse = OpportunityID("opp-000004")
    static let licence = OpportunityID("opp-000005")
    static let pilot = OpportunityID("opp-000006")
    static let training = OpportunityID("opp-000007")
    static let oldDeal = OpportunityID("opp-000008")
    static let giulia = ContactID("con-000001")
    static let acme = CompanyID("com-000001")

    /// - Parameter leads: how many extra deals to put in New (to make it scroll).
    static func book(leads: Int = 20) -> Book {
        let companies = [
            Company(id: acme, createdAt: at(2025, 1, 10), name: "Acme S.p.A."),
            Company(id: CompanyID("com-000002"), createdAt: at(2025, 1, 10), name: "Borealis GmbH"),
            Company(id: CompanyID("com-000003"), createdAt: at(2025, 1, 10), name: "Café Lumière"),
        ]
        let contacts = [
            Contact(id: giulia, createdAt: at(2025, 2, 1), firstName: "Giulia", lastName: "Rossi", companyID: acme),
            Contact(id: ContactID("con-000002"), createdAt: at(2025, 2, 1), firstName: "Hans", lastName: "Müller",
                    companyID: CompanyID("com-000002")),
            Contact(id: ContactID("con-000003"), createdAt: at(2025, 2, 1), firstName: "Amélie", lastName: "Durand",
                    companyID: CompanyID("com-000003")),
        ]
        var opportunities: [Opportunity] = []
        var activities: [Activity] = []
        var activityNumber = 0
        func task(_ opportunity: OpportunityID, _ type: TaskType, _ summary: String, due: LocalDate?, time: LocalTime? = nil,
                  done: Date? = nil) {
            activityNumber += 1
            var activity = Activity(id: ActivityID(number: activityNumber), createdAt: at(2026, 10, 1), task: type, summary: summary,
                                    due: due, dueTime: time, opportunityID: opportunity)
            activity.doneAt = done
            activities.append(activity)
        }

        // Overdue next step.
        var fleet = Opportunity(id: fleet, createdAt: at(2026, 11, 20), title: "Fleet renewal", contactID: giulia, companyID: acme,
                                stageID: "new", amount: euros(12_500), expectedClose: day(2026, 12, 15), tags: ["fleet"])
        fleet.updatedAt = fleet.createdAt
        opportunities.append(fleet)
        task(self.fleet, .call, "Call about the fleet", due: day(2026, 11, 20))

        // No next step, rotting (in Qualified since 1 October, rotting after 21 days), own probability.
        var support = Opportunity(id: support, createdAt: at(2026, 9, 20), title: "Support contract",
                                  contactID: ContactID("con-000002"), companyID: CompanyID("com-000002"), stageID: "new",
                                  amount: euros(8_000), probabilityOverride: 50)
        support.move(toStage: "qualified", at: at(2026, 10, 1))
        opportunities.append(support)

        // Due today, later today.
        var espresso = Opportunity(id: espresso, createdAt: at(2026, 11, 1), title: "Espresso machines",
                                   contactID: ContactID("con-000003"), companyID: CompanyID("com-000003"), stageID: "new",
                                   amount: euros(3_200))
        espresso.move(toStage: "meeting", at: at(2026, 11, 18))
        opportunities.append(espresso)
        task(self.espresso, .meeting, "Tasting at the café", due: day(2026, 11, 22), time: LocalTime(hour: 15, minute: 0))

        // A full history and offers.
        var warehouse = Opportunity(id: warehouse, createdAt: at(2026, 9, 1), title: "Warehouse shelving", contactID: giulia,
                                    companyID: acme, stageID: "new", amount: euros(42_000), expectedClose: day(2026, 12, 20))
        warehouse.move(toStage: "qualified", at: at(2026, 9, 10))
        warehouse.move(toStage: "meeting", at: at(2026, 10, 1))
        warehouse.move(toStage: "proposal", at: at(2026, 11, 2))
        warehouse.addOffer(Offer(amount: euros(45_000), date: day(2026, 11, 3), note: "First quote"), at: at(2026, 11, 3))
        warehouse.offers[0].status = .rejected
        warehouse.addOffer(Offer(amount: euros(40_000), date: day(2026, 11, 15), note: "Revised"), at: at(2026, 11, 15))
        warehouse.competitors = ["ShelfCo"]
        warehouse.notes = "Wants delivery before the January inventory."
        opportunities.append(warehouse)
        task(self.warehouse, .email, "Send the revised layout", due: day(2026, 11, 25))
        task(self.warehouse, .call, "Discovery call", due: day(2026, 9, 5), done: at(2026, 9, 5))

        // Idle since a done task 21 days ago: not rotting yet (Negotiation rots after 30).
        var licence = Opportunity(id: licence, createdAt: at(2026, 8, 1), title: "Annual licence",
                                  contactID: ContactID("con-000002"), companyID: CompanyID("com-000002"), stageID: "new",
                                  amount: euros(15_000))
        licence.move(toStage: "negotiation", at: at(2026, 10, 15))
        opportunities.append(licence)
        task(self.licence, .call, "Negotiate the terms", due: day(2026, 11, 23), time: LocalTime(hour: 10, minute: 0))
        task(self.licence, .meeting, "Demo", due: day(2026, 11, 1), done: at(2026, 11, 1))

        // Closed: this month and before.
        var pilot = Opportunity(id: pilot, createdAt: at(2026, 10, 1), title: "Pilot project", contactID: giulia, companyID: acme,
                                stageID: "negotiation", amount: euros(5_000))
        pilot.markWon(at: at(2026, 11, 10))
        opportunities.append(pilot)
        var training = Opportunity(id: training, createdAt: at(2026, 10, 1), title: "Training days", companyID: CompanyID("com-000003"),
                                   stageID: "proposal", amount: euros(2_000))
        training.markLost(reason: "Price too high", at: at(2026, 11, 5))
        opportunities.append(training)
        var old = Opportunity(id: oldDeal, createdAt: at(2026, 6, 1), title: "Old deal", companyID: acme, stageID: "negotiation",
                              amount: euros(9_000))
        old.markWon(at: at(2026, 9, 1))
        opportunities.append(old)

        for number in 0..<leads {
            let id = OpportunityID(number: 100 + number)
            opportunities.append(Opportunity(id: id, createdAt: at(2026, 11, 21), title: "Lead \(number + 1)",
                                             companyID: CompanyID("com-000002"), stageID: "new",
                                             amount: euros(Int64(1_000 * (number + 1)))))
            task(id, .email, "Intro email", due: day(2026, 11, 24 + number % 5))
        }
        var book = Book(contacts: contacts, companies: companies, opportunities: opportunities, activities: activities)
        // A returning user: the first-use legend line was hidden (BoardDayOfUseTests shows it).
        book.settings.hiddenHints = [BoardLegend.hintID]
        return book
    }
}
