import Foundation

extension CSVRowImporter {
    /// A purchase from an unknown email creates that contact, as a customer: they bought.
    mutating func importPurchase(_ reader: inout CSVRowReader) {
        let email = reader.email("email")
        if email == nil, reader.text("email") == nil { reader.problem("email is empty") }
        let date = reader.localDate("date")
        if date == nil, reader.text("date") == nil { reader.problem("date is empty") }
        let currency = reader.currency("currency")
        let amount = reader.money("amount", currency: currency)
        if amount == nil, reader.text("amount") == nil { reader.problem("amount is empty") }
        let product = reader.string("product")
        let category = reader.string("category")
        let contactID = linkedContact(email: email, createAs: .customer, reader: &reader)
        guard reader.isValid, let date, let amount, let contactID else { return }
        let now = session.now
        let purchase = Purchase(id: session.book.purchases.nextID(), createdAt: now, contactID: contactID, date: date,
                                amount: amount, product: product, category: category)
        let key = Self.key(purchase)
        if let existingID = purchaseKeys.take(key), let original = session.book.purchases[existingID] {
            var updated = original
            if !category.isEmpty { updated.category = category }
            let summary = "purchase \(existingID) \(original.date) \(original.product)"
            if updated != original {
                session.book.purchases.upsert(updated)
                session.note(.updated, existingID.rawValue, line: reader.line, summary)
            } else {
                session.note(.unchanged, existingID.rawValue, line: reader.line, summary)
            }
            return
        }
        session.book.purchases.upsert(purchase)
        session.note(.created, purchase.id.rawValue, line: reader.line,
                     "purchase \(purchase.id) \(date) \(amount.formatted(session.book.settings.numberFormat)) \(product)")
        makeCustomer(contactID, line: reader.line)
    }

    mutating func importSurvey(_ reader: inout CSVRowReader) {
        let email = reader.email("email")
        if email == nil, reader.text("email") == nil { reader.problem("email is empty") }
        let date = reader.localDate("date")
        if date == nil, reader.text("date") == nil { reader.problem("date is empty") }
        var score: Int?
        if let text = reader.required("score") {
            score = Int(text).flatMap { FieldRules.npsScore($0) == nil ? $0 : nil }
            if score == nil { reader.problem("score \"\(text)\" is not a whole number from 0 to 10") }
        }
        let comment = reader.string("comment")
        let contactID = linkedContact(email: email, createAs: .customer, reader: &reader)
        guard reader.isValid, let date, let score, let contactID else { return }
        let answer = SurveyResponse(id: session.book.surveys.nextID(), createdAt: session.now, contactID: contactID,
                                    date: date, score: score, comment: comment)
        let key = Self.key(answer)
        if let existingID = surveyKeys.take(key), let original = session.book.surveys[existingID] {
            var updated = original
            if !comment.isEmpty { updated.comment = comment }
            let summary = "survey answer \(existingID) \(date) score \(score)"
            if updated != original {
                session.book.surveys.upsert(updated)
                session.note(.updated, existingID.rawValue, line: reader.line, summary)
            } else {
                session.note(.unchanged, existingID.rawValue, line: reader.line, summary)
            }
            return
        }
        session.book.surveys.upsert(answer)
        session.note(.created, answer.id.rawValue, line: reader.line, "survey answer \(answer.id) \(date) score \(score)")
    }
}
