extension Messages {
    public static let storeSymbolicLink = Message(
        "store.symbolicLink",
        "{path} is a symbolic link; Rapport does not follow links inside a book (it could write to the link's target): replace it with the file itself")
    public static let storeNotARegularFile = Message(
        "store.notARegularFile",
        "{path} is not a regular file (a pipe, device, socket or folder); Rapport reads and writes only plain files here: move it out of the book")

    static var storeMessages: [Message] { [storeSymbolicLink, storeNotARegularFile] }
}
