/// What a file to import holds, judged from its first bytes, so `import vcard` refuses a
/// spreadsheet and `import csv` a contact card or a JSON file instead of reading nothing (or
/// garbage) from it. CSV has no signature: anything that is not recognisably something else is
/// taken as CSV and left to the CSV reader.
public enum ImportFileFormat: Sendable, Equatable {
    case vCard, json, csv

    public static func sniff(_ bytes: some Collection<UInt8>) -> ImportFileFormat {
        var start = bytes.prefix(4096)[...]
        // A UTF-8 byte order mark, then blank lines and spaces, may come first.
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        let text = start.drop(while: { [0x20, 0x09, 0x0A, 0x0D].contains($0) })
        guard let first = text.first else { return .csv }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        let signature = Array("BEGIN:VCARD".utf8)
        let head = text.prefix(signature.count).map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        return head == signature ? .vCard : .csv
    }

}
