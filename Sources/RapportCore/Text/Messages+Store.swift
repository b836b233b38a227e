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

    static var storeMessages: [Message] {
        [storeSymbolicLink, storeNotARegularFile, storeFolderTightened, storeFilesTightened, storeCannotTighten, storeFolderOpenToOthers]
    }
}
