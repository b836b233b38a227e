extension Messages {
    static var formsMessages: [Message] { [] }
}
