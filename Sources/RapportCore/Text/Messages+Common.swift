extension Messages {
    public static let notAKeyHere = Message("common.notAKeyHere", "{key}: not a key here, ? for help")
    public static let matches = Message("common.matches", "{count} match", plural: "{count} matches")

    static var commonMessages: [Message] { [notAKeyHere, matches] }
}
