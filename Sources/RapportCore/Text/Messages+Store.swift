extension Messages {
    static var storeMessages: [Message] { [] }
}
