import Foundation

extension ContactMerge {
    /// What a merge would make, shown before it is done: the kept record as it would read, and
    /// how many records move over to it.
    public struct Preview: Equatable, Sendable {
        public var kept: Contact
        public var absorbed: Contact
        /// The kept contact after the merge (same id, combined fields).
        public var merged: Contact
        public var activitiesMoved: Int
        public var dealsMoved: Int
        public var purchasesMoved: Int
        public var ticketsMoved: Int
    }

    /// The merge `merge` would do, without doing it. Throws what `merge` would throw.
    public static func preview(_ absorbedID: ContactID, into keptID: ContactID, in book: Book) throws(Failure) -> Preview {
        guard absorbedID != keptID else { throw .sameContact }
        guard let kept = book.contacts[keptID] else { throw .missing(keptID) }
        guard let absorbed = book.contacts[absorbedID] else { throw .missing(absorbedID) }
        var merged = kept
        combine(&merged, with: absorbed)
        return Preview(kept: kept, absorbed: absorbed, merged: merged,
                       activitiesMoved: book.activities.all.count { $0.contactID == absorbedID },
                       dealsMoved: book.opportunities.all.count { $0.contactID == absorbedID },
                       purchasesMoved: book.purchases.all.count { $0.contactID == absorbedID },
                       ticketsMoved: book.tickets.all.count { $0.contactID == absorbedID })
    }
}
