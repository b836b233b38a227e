import Foundation

/// Purchases up to a day, grouped by buyer and sorted by date: built once per report so that
/// retention, segments, RFM and CLV never scan every purchase for every customer.
public struct PurchaseHistory: Sendable {
    public struct Order: Hashable, Sendable {
        public let date: LocalDate
        public let amount: Money
    }

    public let asOf: LocalDate
    /// Each buyer's orders on or before `asOf`, oldest first (same day: by purchase id).
    public let ordersByContact: [ContactID: [Order]]
    /// Purchases whose buyer was erased (no contact): they count in no customer's history.
    public let unattributed: Int

    public init(_ book: Book, asOf: LocalDate) {
        self.asOf = asOf
        var grouped: [ContactID: [(id: PurchaseID, order: Order)]] = [:]
        var unattributed = 0
        for purchase in book.purchases.all where purchase.date <= asOf {
            guard let contactID = purchase.contactID else {
                unattributed += 1
                continue
            }
            grouped[contactID, default: []].append((purchase.id, Order(date: purchase.date, amount: purchase.amount)))
        }
        ordersByContact = grouped.mapValues { list in
            list.sorted { ($0.order.date, $0.id) < ($1.order.date, $1.id) }.map(\.order)
        }
        self.unattributed = unattributed
    }

    public func orders(of contact: ContactID) -> [Order] { ordersByContact[contact] ?? [] }

    /// The customers' ids in id order, for deterministic iteration.
    public var customers: [ContactID] { ordersByContact.keys.sorted() }

    /// True when the customer bought in the 12 months up to `day` (after the same day a year
    /// before, up to and including `day`). Orders are sorted, so this is a binary search.
    public func isActive(_ contact: ContactID, on day: LocalDate) -> Bool {
        guard let orders = ordersByContact[contact] else { return false }
        return PurchaseHistory.hasOrder(orders, in: TrailingMonths(12, endingOn: day))
    }

    /// Whether any of the sorted `orders` falls in `window`.
    static func hasOrder(_ orders: [Order], in window: TrailingMonths) -> Bool {
        countOrders(orders, in: window) > 0
    }

    /// How many of the sorted `orders` fall in `window`.
    static func countOrders(_ orders: [Order], in window: TrailingMonths) -> Int {
        let start = firstIndex(orders, after: window.dayBefore)
        let end = firstIndex(orders, after: window.end)
        return end - start
    }

    /// The index of the first order dated after `day` (orders.count when none is).
    static func firstIndex(_ orders: [Order], after day: LocalDate) -> Int {
        var low = 0, high = orders.count
        while low < high {
            let middle = (low + high) / 2
            if orders[middle].date <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
