extension Messages {
    static var reportsMessages: [Message] { [] }
}
