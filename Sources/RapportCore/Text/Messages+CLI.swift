extension Messages {
    static var cliMessages: [Message] { [] }
}
