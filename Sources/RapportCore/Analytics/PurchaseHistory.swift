import Foundation

/// Purchases up to a day, grouped by buyer and sorted by date: built once per report so that
/// retention, segments, RFM and CLV never scan every purchase for every customer.
///
/// The orders live in one flat array, each buyer's a contiguous slice (a counting sort by buyer,
/// then a sort of each buyer's few orders by date): two allocations instead of one per customer.
public struct PurchaseHistory: Sendable {
    public struct Order: Hashable, Sendable {
        public let date: LocalDate
        /// The amount in minor units of the history's currency, converted at the rate of its
        /// day; nil for an amount in a currency with no rate.
        public let minorUnits: Int64?
    }

    public let asOf: LocalDate
    /// The book's default currency: the one amounts are kept in.
    public let currency: CurrencyCode
    /// Purchases whose buyer was erased (no contact): they count in no customer's history.
    public let unattributed: Int
    /// The currencies converted into the amounts (absent: none).
    public let convertedFrom: [CurrencyCode]?
    /// Buyers in order of first appearance; buyer i's orders are `orders[starts[i]..<starts[i + 1]]`.
    private let buyers: [ContactID]
    private let starts: [Int]
    private let orders: [Order]
    private let buyerIndex: [ContactID: Int]

    public init(_ book: Book, asOf: LocalDate) {
        self.asOf = asOf
        let currency = book.settings.baseCurrency
        let converter = CurrencyConverter(book.settings)
        self.currency = currency
        var buyerIndex: [ContactID: Int] = [:]
        var buyers: [ContactID] = []
        var buyerOfOrder: [Int] = []
        var unsorted: [Order] = []
        buyerOfOrder.reserveCapacity(book.purchases.count)
        unsorted.reserveCapacity(book.purchases.count)
        var unattributed = 0
        var converted: Set<CurrencyCode> = []
        // In place: a pass over every order reads three fields of each.
        book.purchases.byID.forEachRecordAddress { purchase in
            guard purchase.pointee.date <= asOf else { return }
            guard let contactID = purchase.pointee.contactID else {
                unattributed += 1
                return
            }
            let index: Int
            if let known = buyerIndex[contactID] {
                index = known
            } else {
                index = buyers.count
                buyerIndex[contactID] = index
                buyers.append(contactID)
            }
            buyerOfOrder.append(index)
            // An order in another currency converts at the rate of its day (nil: no rate).
            let amount = purchase.pointee.amount
            var minor: Int64? = amount.minorUnits
            if amount.currency != currency {
                minor = converter.convert(amount, on: purchase.pointee.date)?.minorUnits
                if minor != nil { converted.insert(amount.currency) }
            }
            unsorted.append(Order(date: purchase.pointee.date, minorUnits: minor))
        }
        // Counting sort by buyer: starts[i] is where buyer i's orders begin.
        var starts = [Int](repeating: 0, count: buyers.count + 1)
        for buyer in buyerOfOrder { starts[buyer + 1] += 1 }
        for index in buyers.indices { starts[index + 1] += starts[index] }
        var next = starts
        var grouped = unsorted
        for (position, buyer) in buyerOfOrder.enumerated() {
            grouped[next[buyer]] = unsorted[position]
            next[buyer] += 1
        }
        // Same-day orders keep no particular order: no figure depends on it.
        for index in buyers.indices {
            grouped[starts[index]..<starts[index + 1]].sort { $0.date < $1.date }
        }
        self.buyers = buyers
        self.starts = starts
        self.orders = grouped
        self.buyerIndex = buyerIndex
        self.unattributed = unattributed
        self.convertedFrom = converted.isEmpty ? nil : converted.sorted()
    }

    /// A customer's orders up to as-of, oldest first; empty for a contact who never bought.
    public func orders(of contact: ContactID) -> ArraySlice<Order> {
        guard let index = buyerIndex[contact] else { return [] }
        return orders[starts[index]..<starts[index + 1]]
    }

    /// How many contacts bought at least once up to as-of.
    public var customerCount: Int { buyers.count }

    /// The customers' ids in id order.
    public var customers: [ContactID] { buyers.sorted() }

    /// Calls `body` with each customer and their orders, in no particular order.
    public func forEachCustomer(_ body: (ContactID, ArraySlice<Order>) -> Void) {
        for index in buyers.indices { body(buyers[index], orders[starts[index]..<starts[index + 1]]) }
    }

    /// True when the customer bought in the 12 months up to `day` (after the same day a year
    /// before, up to and including `day`). Orders are sorted, so this is a binary search.
    public func isActive(_ contact: ContactID, on day: LocalDate) -> Bool {
        PurchaseHistory.hasOrder(orders(of: contact), in: TrailingMonths(12, endingOn: day))
    }

    /// Whether any of the sorted `orders` falls in `window`.
    static func hasOrder(_ orders: ArraySlice<Order>, in window: TrailingMonths) -> Bool {
        countOrders(orders, in: window) > 0
    }

    /// How many of the sorted `orders` fall in `window`.
    static func countOrders(_ orders: ArraySlice<Order>, in window: TrailingMonths) -> Int {
        firstIndex(orders, after: window.end) - firstIndex(orders, after: window.dayBefore)
    }

    /// The index of the first order dated after `day` (`orders.endIndex` when none is).
    static func firstIndex(_ orders: ArraySlice<Order>, after day: LocalDate) -> Int {
        var low = orders.startIndex, high = orders.endIndex
        while low < high {
            let middle = (low + high) / 2
            if orders[middle].date <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
