extension Messages {
    public static let headerTextControlCharacter = Message(
        "mail.header.controlCharacter", "{field} contains a control character ({character}), which cannot go into a mail header")
    public static let headerAddressInvalid = Message(
        "mail.header.badAddress", "{field} {value} is not an email address (name@example.com, without spaces, line breaks or control characters)")
    public static let leftOutUnusableEmail = Message(
        "mail.leftOut.unusableEmail", "the email address cannot go into a mail header")

    static var mailMessages: [Message] { [headerTextControlCharacter, headerAddressInvalid, leftOutUnusableEmail] }
}
