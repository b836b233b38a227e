extension Messages {
    public static let storeSymbolicLink = Message(
        "store.symbolicLink",
        "{path} is a symbolic link; Rapport does not follow links inside a book (it could write to the link's target): replace it with the file itself")
    public static let storeNotARegularFile = Message(
        "store.notARegularFile",
        "{path} is not a regular file (a pipe, device, socket or folder); Rapport reads and writes only plain files here: move it out of the book")

    public static let storeFolderTightened = Message(
        "store.folderTightened",
        "{path} was open to other users (mode {mode}); Rapport made it private (0700), as a book holds personal data")
    public static let storeFilesTightened = Message(
        "store.filesTightened",
        "{count} file in {path} was open to other users; Rapport made it private (0600)",
        plural: "{count} files in {path} were open to other users; Rapport made them private (0600)")
    public static let storeCannotTighten = Message(
        "store.cannotTighten",
        "warning: {path} is open to other users (mode {mode}) and Rapport cannot make it private: {reason}")
    public static let storeFolderOpenToOthers = Message(
        "store.folderOpenToOthers",
        "warning: {path} is open to other users (mode {mode}); it holds more than a book or is not yours, so Rapport leaves it: chmod 700 it if it should be private")

    public static let storeLockedAfterWaiting = Message(
        "store.lockedAfterWaiting",
        "the book at {directory} is in use by {holder}: waited {seconds} s for it; try again, or wait longer with --wait SECONDS")
    public static let storeRewriteWhileOpen = Message(
        "store.rewriteWhileOpen",
        "{file}: this change rewrites the whole file, which waits until {holder} closes the book (while it is open, commands can save only a few records at a time); nothing was changed")
    public static let storeOutsideEdits = Message(
        "store.outsideEdits",
        "{count} change from another program; undo starts again from here",
        plural: "{count} changes from another program; undo starts again from here")

    static var storeMessages: [Message] {
        [cliWaitNeedsSeconds, cliWaitOptionsHelp, storeLockedAfterWaiting, storeRewriteWhileOpen, storeOutsideEdits, storeSymbolicLink, storeNotARegularFile, storeFolderTightened, storeFilesTightened, storeCannotTighten, storeFolderOpenToOthers]
    }
}

extension Messages {
    public static let cliWaitNeedsSeconds = Message(
        "store.waitNeedsSeconds", "option --wait needs a number of seconds (0 or more), as in --wait 10")
    /// Two lines of `rapport --help`'s options, aligned with the others.
    public static let cliWaitOptionsHelp = Message(
        "store.waitOptionsHelp",
        "  --wait SECONDS  how long a command waits while another program saves (default 5)\n  --no-wait       give up at once when another program is saving")
}
