extension Messages {
    public static let importNotAnEmail = Message("import.value.notAnEmail", "{column} {value} is not an email address")

    public static let importEmailLeftOut = Message("import.vcard.emailLeftOut", "EMAIL {value} is not an email address: left out")

    static var importMessages: [Message] { [importNotAnEmail, importEmailLeftOut] }
}
