extension Messages {
    static var mailMessages: [Message] { [] }
}
