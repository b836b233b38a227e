import Foundation
import RapportCore

enum DemoCommand {
    static let command = Command(
        name: "demo", summary: "write a demo book (deterministic: same seed and date, same bytes)",
        usage: """
        Usage: rapport demo --out DIR [--size small|large] [--seed N] [--as-of YYYY-MM-DD]

        Writes a made-up book into DIR (created if needed; it must not already hold a book).
          --size    small (a few hundred contacts, the default) or large (50,000 contacts,
                    25,000 opportunities, 250,000 activities: the benchmark's size)
          --seed    any whole number (default 1): another seed, another book
          --as-of   the day the book is "today" (default: today). Same seed and day, same bytes.
        """,
        valueOptions: ["out", "size", "seed", "as-of"], flagOptions: []
    ) { arguments, context in
        guard let out = arguments.value("out") else { throw UsageError("demo needs --out DIR") }
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument \(arguments.positionals[0])") }
        let sizeName = arguments.value("size") ?? "small"
        guard let size = DemoSize.named(sizeName) else { throw UsageError("--size is small or large, not \"\(sizeName)\"") }
        let seedText = arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else { throw UsageError("--seed takes a whole number, not \"\(seedText)\"") }
        let now = try context.clock().today
        let today = try CommandValues.date(arguments.value("as-of"), option: "as-of", today: now) ?? now
        if BookCollection.allCases.contains(where: { FileManager.default.fileExists(atPath: DataDirectory.join(out, $0.fileName)) }) {
            throw CommandFailure("\(out) already holds a book; choose an empty folder")
        }
        let book = DemoBookGenerator(size: size, seed: seed, today: today).generate()
        do {
            try BookStore.write(book, to: out)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        Output.out("wrote a \(sizeName) demo book to \(out): \(book.contacts.count) contacts, \(book.companies.count) companies, "
                   + "\(book.opportunities.count) opportunities, \(book.activities.count) activities, "
                   + "\(book.purchases.count) purchases, \(book.surveys.count) survey answers")
        return 0
    }
}
