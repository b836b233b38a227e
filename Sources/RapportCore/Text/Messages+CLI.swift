extension Messages {
    public static let cliDateExpected = Message(
        "cli.date.expected", "--{option} takes a date (2026-12-31, {example}, today, tomorrow, friday, +30, -1w), not \"{text}\"")
    public static let cliOptionNotTaken = Message("cli.option.not-taken", "{action} does not take {option}")
    public static let cliNameAndParts = Message(
        "cli.add.name-and-parts", "give either --name or --first-name/--last-name, not both")
    public static let cliNotAVCard = Message(
        "cli.import.not-vcard", "{file} is not a vCard file (it does not start with BEGIN:VCARD){hint}")
    public static let cliHintImportCSV = Message("cli.import.hint-csv", "; to import a spreadsheet, use: rapport import csv {file} --kind KIND")
    public static let cliCSVIsVCard = Message(
        "cli.import.csv-is-vcard", "{file} is not a CSV file but a vCard; to import contact cards, use: rapport import vcard {file}")
    public static let cliCSVIsJSON = Message("cli.import.csv-is-json", "{file} is not a CSV file but JSON")

    static var cliMessages: [Message] {
        [cliDateExpected, cliOptionNotTaken, cliNameAndParts, cliNotAVCard, cliHintImportCSV, cliCSVIsVCard, cliCSVIsJSON]
    }
}
