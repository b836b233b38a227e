import Foundation
import RapportCore

/// `rapport gdpr export|erase CONTACT`: the rights of access and erasure, for scripts and for
/// answering a request without opening the interface.
enum GDPRCommand {
    static let command = Command(
        name: "gdpr", summary: "export everything held about a person, or erase them (GDPR)",
        usage: """
        Usage: rapport gdpr export CONTACT [--out FILE] [--data DIR]
               rapport gdpr erase CONTACT --yes [--data DIR]

        CONTACT is an id (con-000042), an email, or a full name (refused when two people share it).
          export   writes one JSON document with the contact, their company and every linked
                   record (activities, deals, purchases, survey answers, tickets, campaigns):
                   the right of access. To FILE, else to standard output.
          erase    removes the person, their activities and tickets, and their name, emails and
                   phones from every text in the book; purchase amounts and dates, survey scores
                   and deals stay, anonymous, so reports stay true. Needs --yes: there is no undo.
        """,
        valueOptions: ["data", "out"], flagOptions: ["yes"]
    ) { arguments, context in
        guard arguments.positionals.count == 2 else { throw UsageError("gdpr needs export or erase, and a contact") }
        if let allowed = ["export": ["out"], "erase": ["yes"]][arguments.positionals[0]] {
            try arguments.allowOnly(Set(allowed), in: "gdpr \(arguments.positionals[0])")
        }
        let directory = context.dataDirectory(arguments)
        let clock = ClockFromEnvironment.make(context.environment)
        switch arguments.positionals[0] {
        case "export":
            let book = try load(directory, mode: .readOnly).book
            let contact = try find(arguments.positionals[1], in: book)
            let bytes = try PersonalDataExport.bytes(for: contact.id, in: book, exportedAt: clock.now)
            if let out = arguments.value("out") {
                guard FileManager.default.createFile(atPath: out, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                    throw CommandFailure("could not write \(out)")
                }
                Output.error("wrote everything held about \(contact.displayName) (\(contact.id)) to \(out)")
            } else {
                StandardStream.write(bytes, to: STDOUT_FILENO)
            }
            return 0
        case "erase":
            guard arguments.has("yes") else {
                throw UsageError("erasing is final: add --yes to confirm")
            }
            let (store, book) = try load(directory, mode: .readWrite)
            let contact = try find(arguments.positionals[1], in: book)
            guard let (erased, report) = PersonalDataErasure.erase(contact.id, from: book) else {
                throw CommandFailure("no contact \(contact.id)")
            }
            do {
                try store.save(erased)
            } catch let error as StoreError {
                throw CommandFailure(error.description)
            }
            Output.out("erased \(contact.id): \(report.summary)")
            return 0
        default:
            throw UsageError("gdpr takes export or erase, not \"\(arguments.positionals[0])\"")
        }
    }

    private static func load(_ directory: String, mode: BookStore.Mode) throws(CommandFailure) -> (store: BookStore, book: Book) {
        do {
            return try BookStore.open(directory: directory, mode: mode)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    private static func find(_ text: String, in book: Book) throws(CommandFailure) -> Contact {
        do {
            return try ContactLookup.find(text, in: book)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
