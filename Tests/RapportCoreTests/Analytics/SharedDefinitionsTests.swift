import XCTest
@testable import RapportCore

/// Issue 13, item 8: win rate, sales cycle and overdue tasks have one definition each, used by
/// the funnel, the KPIs and the agenda; the reports differ only in which deals they look at.
final class SharedDefinitionsTests: XCTestCase {
    /// March 2026. Created and closed in March: 1 (03-01, won 03-11: 10 days), 2 (03-05, lost
    /// 03-20), 3 (03-10, won 03-30: 20 days). Deal 4 was created in February and won in March
    /// (02-20 -> 03-02: 8 + 2 = 10 days): the KPIs see it, the funnel does not.
    func book() -> Book {
        Book(opportunities: [
            Fixture.deal(1, created: "2026-03-01", outcome: .won("2026-03-11"), amount: Fixture.eur(100)),
            Fixture.deal(2, created: "2026-03-05", outcome: .lost("2026-03-20", reason: "Price"), amount: Fixture.eur(100)),
            Fixture.deal(3, created: "2026-03-10", outcome: .won("2026-03-30"), amount: Fixture.eur(100)),
            Fixture.deal(4, created: "2026-02-20", outcome: .won("2026-03-02"), amount: Fixture.eur(100)),
        ])
    }

    func testFunnelAndKPIsCountWithTheSameDefinition() {
        let march = Fixture.period("2026-03-01", "2026-03-31")
        let funnel = Reports.funnel(book(), period: march)
        let kpis = Reports.kpis(book(), period: march)
        // Funnel, deals created in March (1, 2, 3): 2 won of 3 closed; cycle (10 + 20) / 2 = 15.
        XCTAssertEqual(funnel.winRate ?? -1, 2.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(funnel.averageSalesCycleDays, 15)
        // KPIs, deals closed in March (1, 2, 3, 4): 3 won of 4; cycle (10 + 20 + 10) / 3 = 13.33.
        XCTAssertEqual(kpis.kpi("winRate")?.current, 0.75)
        XCTAssertEqual(kpis.kpi("averageSalesCycle")?.current ?? -1, 40.0 / 3.0, accuracy: 1e-12)
        // Without deal 4 the two sets are the same deals, so the figures are the same.
        var without = book()
        without.opportunities = RecordTable(without.opportunities.all.filter { $0.id != OpportunityID(number: 4) })
        let kpisWithout = Reports.kpis(without, period: march)
        XCTAssertEqual(kpisWithout.kpi("winRate")?.current, funnel.winRate)
        XCTAssertEqual(kpisWithout.kpi("averageSalesCycle")?.current, funnel.averageSalesCycleDays)
    }

    /// Seen at 23:59 on 2026-03-31 the agenda's overdue tasks are those the KPI counts at the
    /// end of that day: due 03-30 (T1) and due 03-31 at 09:00 (T2). T3 (due 03-31, no time) is
    /// not late yet, T4 is due 04-01, T5 was done.
    func testTheKPIsOverdueTasksAreTheAgendasAtTheEndOfTheDay() throws {
        let created = Fixture.noon("2026-03-01")
        var done = Activity(id: ActivityID(number: 5), createdAt: created, task: .call, summary: "T5", due: Fixture.day("2026-03-10"))
        done.doneAt = Fixture.noon("2026-03-12")
        let activities = [
            Activity(id: ActivityID(number: 1), createdAt: created, task: .call, summary: "T1", due: Fixture.day("2026-03-30")),
            Activity(id: ActivityID(number: 2), createdAt: created, task: .call, summary: "T2", due: Fixture.day("2026-03-31"),
                     dueTime: LocalTime(hour: 9, minute: 0)),
            Activity(id: ActivityID(number: 3), createdAt: created, task: .call, summary: "T3", due: Fixture.day("2026-03-31")),
            Activity(id: ActivityID(number: 4), createdAt: created, task: .call, summary: "T4", due: Fixture.day("2026-04-01")),
            done,
        ]
        let book = Book(activities: activities)
        let lateEvening = Fixture.day("2026-03-31").startOfDay(in: ReportPeriod.utc).addingTimeInterval(23 * 3600 + 59 * 60)
        let agenda = Agenda(activities: book.activities, now: lateEvening, timeZone: ReportPeriod.utc)
        let agendaOverdue = agenda.groups.first { $0.bucket == .overdue }?.tasks.map(\.summary) ?? []
        XCTAssertEqual(agendaOverdue, ["T1", "T2"])
        let kpis = Reports.kpis(book, period: Fixture.period("2026-03-01", "2026-03-31"))
        XCTAssertEqual(kpis.kpi("overdueTasks")?.current, 2)  // was 1: a task due that day at a time was left out
    }
}
