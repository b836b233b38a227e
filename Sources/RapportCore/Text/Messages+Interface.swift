extension Messages {
    // $EDITOR.
    public static let editorFailed = Message("interface.editorFailed", "Editor failed: {reason}")
    public static let editorCannotWrite = Message("interface.editorCannotWrite", "cannot write {path}")
    public static let editorCannotRead = Message("interface.editorCannotRead", "cannot read {path}")
    public static let editorCannotRun = Message("interface.editorCannotRun", "cannot run {editor}: {reason}")
    public static let editorExitStatus = Message("interface.editorExitStatus", "{editor} exited with status {status}; nothing changed")

    // Crashes.
    public static let crashReportWritten = Message("interface.crashReportWritten",
                                                   "rapport stopped on a fatal signal; the backtrace is in {path}")

    static var interfaceMessages: [Message] {
        [editorFailed, editorCannotWrite, editorCannotRead, editorCannotRun, editorExitStatus,
         crashReportWritten]
    }
}
