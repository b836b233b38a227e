extension Messages {
    public static let importNotAnEmail = Message("import.value.notAnEmail", "{column} {value} is not an email address")

    public static let importEmailLeftOut = Message("import.vcard.emailLeftOut", "EMAIL {value} is not an email address: left out")

    public static let importMoreWarningsLikeThis = Message(
        "import.issues.moreWarnings", "… and {count} more warning like this one: {example}",
        plural: "… and {count} more warnings like this one: {example}")
    public static let importMoreProblemsLikeThis = Message(
        "import.issues.moreProblems", "… and {count} more problem like this one: {example}",
        plural: "… and {count} more problems like this one: {example}")
    /// A list of header cells in a message, cut after the first few.
    public static let importAndMoreColumns = Message("import.header.moreColumns", "… and {count} more", plural: "… and {count} more")
    public static let importIgnoredColumns = Message("import.header.ignored", "ignored columns: {columns}")
    public static let importMissingColumns = Message("import.header.missing", "{missing}; the header has {found} (see docs/IMPORT.md)")
    public static let importSkippedNotAProperty = Message("import.vcard.notAProperty", "skipped a line that is not a property: {line}")

    static var importMessages: [Message] {
        [importNotAnEmail, importEmailLeftOut, importMoreWarningsLikeThis, importMoreProblemsLikeThis, importAndMoreColumns,
         importIgnoredColumns, importMissingColumns, importSkippedNotAProperty]
    }
}
