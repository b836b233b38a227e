extension Messages {
    static var boardMessages: [Message] { [] }
}
