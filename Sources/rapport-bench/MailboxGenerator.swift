import Foundation
import RapportCore

/// A deterministic mbox for the mail import measure: messages as clients write them (plain,
/// quoted-printable alternatives, a mixed one with a base64 attachment, HTML only), most from
/// or to the large book's contacts, some from strangers, a few `>From ` quoted lines.
enum MailboxGenerator {
    static let me = "sam@rapport.example"

    static func mbox(messages count: Int, contacts: [Contact], seed: UInt64 = 18) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        let addresses = contacts.compactMap { contact in contact.primaryEmail.map { (contact.displayName, $0) } }
        var output: [UInt8] = []
        output.reserveCapacity(count * 2_500)
        let start = 1_764_547_200  // 2025-12-01T00:00:00Z
        for index in 0..<count {
            let when = start + index * 2_917 + random.int(600)
            let (name, address) = random.chance(0.9) && !addresses.isEmpty
                ? random.pick(addresses) : ("Newsletter \(random.int(40))", "news\(random.int(40))@list.example")
            let inbound = random.chance(0.6)
            let from = inbound ? "\(quoted(name)) <\(address)>" : "Sam Seller <\(me)>"
            let to = inbound ? "Sam Seller <\(me)>" : "\(quoted(name)) <\(address)>"
            let subject = random.chance(0.2) ? "=?UTF-8?Q?Re=3A_Caf=C3=A9_order_\(index)?=" : "\(random.pick(subjects)) #\(index)"
            var text = "From \(inbound ? address : me) \(asctime(when))\n"
            text += "From: \(from)\nTo: \(to)\nSubject: \(subject)\nDate: \(rfc5322(when))\n"
            text += "Message-ID: <bench-\(index)-\(random.int(1_000_000))@rapport.example>\nMIME-Version: 1.0\n"
            let body = paragraphs(&random)
            switch random.int(10) {
            case 0..<4:
                text += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n\(body)\n"
            case 4..<7:
                text += "Content-Type: multipart/alternative; boundary=\"alt\(index)\"\n\n"
                text += "--alt\(index)\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                text += quotedPrintable(body) + "\n\n--alt\(index)\nContent-Type: text/html; charset=\"UTF-8\"\n\n"
                text += "<div dir=\"ltr\">" + body.replacingOccurrences(of: "\n\n", with: "</div><div>") + "</div>\n--alt\(index)--\n"
            case 7..<9:
                text += "Content-Type: multipart/mixed; boundary=\"mix\(index)\"\n\nThis is a multi-part message in MIME format.\n"
                text += "--mix\(index)\nContent-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n\(body)\n\n"
                text += "--mix\(index)\nContent-Type: application/pdf; name=\"offer.pdf\"\nContent-Disposition: attachment; filename=\"offer.pdf\"\n"
                text += "Content-Transfer-Encoding: base64\n\n" + attachment + "\n--mix\(index)--\n"
            default:
                text += "Content-Type: text/html; charset=utf-8\n\n<html><head><style>p{margin:0}</style></head><body><p>"
                text += body.replacingOccurrences(of: "\n\n", with: "</p><p>") + "</p></body></html>\n"
            }
            output += Array(text.utf8)
            output.append(UInt8(ascii: "\n"))
        }
        return output
    }

    static let subjects = ["Proposal for the new warehouse", "Invoice", "Meeting on Thursday", "Prices for 2026", "Your order",
                           "Follow-up", "Renewal", "Quick question", "Next steps", "Thanks!"]
    static let words = ("the offer we discussed includes delivery installation and a year of support prices are in euro "
                        + "please confirm by friday so that we can plan the team café naïve Köln Zürich").split(separator: " ").map(String.init)

    static func paragraphs(_ random: inout SeededRandom) -> String {
        var text = "Hi,\n\n"
        for _ in 0..<random.int(in: 1...4) {
            text += (0..<random.int(in: 12...60)).map { _ in random.pick(words) }.joined(separator: " ") + ".\n\n"
        }
        if random.chance(0.05) { text += ">From the last meeting, as agreed.\n\n" }
        if random.chance(0.3) { text += "On Mon, someone wrote:\n> an earlier message\n> quoted here\n\n" }
        return text + "Best regards\n-- \nSam"
    }

    static let attachment: String = {
        var random = SeededRandom(seed: 7)
        let bytes = (0..<3_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let encoded = Data(bytes).base64EncodedString()
        return stride(from: 0, to: encoded.count, by: 76).map { offset in
            let start = encoded.index(encoded.startIndex, offsetBy: offset)
            return String(encoded[start..<(encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex)])
        }.joined(separator: "\n")
    }()

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "") + "\"" }

    static func quotedPrintable(_ text: String) -> String {
        var output = ""
        var column = 0
        for byte in text.utf8 {
            let piece: String
            if byte == 10 { output += "\n"; column = 0; continue }
            if byte >= 33 && byte <= 126 && byte != 61 || byte == 32 { piece = String(UnicodeScalar(byte)) } else { piece = String(format: "=%02X", byte) }
            if column + piece.count > 75 { output += "=\n"; column = 0 }
            output += piece
            column += piece.count
        }
        return output
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let dayNames = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]

    static func parts(_ seconds: Int) -> (year: Int, month: Int, day: Int, weekday: String, time: String) {
        let days = seconds / 86_400
        let rest = seconds % 86_400
        // Civil from days (H. Hinnant).
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let time = String(format: "%02d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60)
        return (year, month, day, dayNames[days % 7], time)
    }

    static func rfc5322(_ seconds: Int) -> String {
        let p = parts(seconds)
        return "\(p.weekday), \(p.day) \(monthNames[p.month - 1]) \(p.year) \(p.time) +0000"
    }

    static func asctime(_ seconds: Int) -> String {
        let p = parts(seconds)
        return "\(p.weekday) \(monthNames[p.month - 1]) \(p.day < 10 ? " " : "")\(p.day) \(p.time) \(p.year)"
    }
}

extension Measures {
    // MARK: import a 10,000-message mbox into the large book

    static func importMail(_ context: BenchContext, workDirectory: String) throws -> [Figure] {
        let contacts = context.book.contacts.all.sorted { $0.id < $1.id }
        let bytes = MailboxGenerator.mbox(messages: 10_000, contacts: contacts)
        let path = workDirectory + "/inbox.mbox"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let options = MailLogger.Options(ownAddresses: [MailboxGenerator.me], now: benchEnvironment.clock.now)
        var report = MailImportReport()
        var failure: (any Error)?
        let total = Samples.of(runs: min(context.runs, 3), budgetMilliseconds: 60_000) {
            do {
                report = try MailImport.run(path: path, into: context.book, options: options).report
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        guard report.messages == 10_000 else { throw BenchError("the mbox gave \(report.messages) messages, not 10000") }
        // Where the time goes: parsing alone, without the book.
        let parse = Samples.of(runs: min(context.runs, 3), budgetMilliseconds: 30_000) {
            MboxReader.forEachMessage(in: bytes) { entry in _ = MIMEParser.parse(entry.bytes) }
        }
        let megabytes = Double(bytes.count) / 1_048_576
        return [
            Figure(group: "mail", name: "10000-message mbox, import (read, parse, match, log)", samples: total, targetMedian: 5000,
                   targetMax: nil, note: String(format: "%.1f MB; %d logged, %d matched no contact", megabytes, report.messagesLogged, report.unmatched)),
            Figure(group: "mail", name: "  of which MIME parsing", samples: parse, targetMedian: nil, targetMax: nil),
        ]
    }
}
