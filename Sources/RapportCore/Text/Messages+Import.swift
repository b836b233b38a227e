extension Messages {
    static var importMessages: [Message] { [] }
}
