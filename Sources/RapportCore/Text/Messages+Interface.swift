extension Messages {
    static var interfaceMessages: [Message] { [] }
}
