/// How big a demo book is. `large` is the scale the benchmark and the performance targets use.
public struct DemoSize: Sendable, Equatable {
    public var contacts: Int
    public var companies: Int
    public var opportunities: Int
    public var activities: Int
    public var purchases: Int
    public var surveys: Int
    public var tickets: Int
    /// Deals also in dollars and pounds, with weekly rates (the large book), so totals convert.
    public var otherCurrencies = false

    public static let small = DemoSize(contacts: 300, companies: 60, opportunities: 150, activities: 1_500,
                                       purchases: 900, surveys: 120, tickets: 20)
    public static let large = DemoSize(contacts: 50_000, companies: 10_000, opportunities: 25_000,
                                       activities: 250_000, purchases: 150_000, surveys: 20_000, tickets: 2_000,
                                       otherCurrencies: true)

    public static func named(_ name: String) -> DemoSize? {
        switch name.lowercased() {
        case "small": return .small
        case "large": return .large
        default: return nil
        }
    }
}
