/// The book folder's `.gitignore`, so a book kept under git shows only the book: the lock file,
/// the temporaries of a save in flight and the journal are Rapport's working files.
///
/// The lock file itself stays in the folder (empty once released): removing it when done would
/// race with another program that has just opened it and is waiting for the lock. That program
/// would then hold a lock on a file no longer in the folder while a third one creates a new
/// `.rapport.lock` and locks that one, and both would write. Keeping the file and keeping it out
/// of git's sight is the safe pattern.
enum BookFolderIgnore {
    static let fileName = ".gitignore"

    static let contents = """
        # Rapport's working files, not the book: the locks, a save's temporary files, and the
        # journal of edits not yet folded into the collection files (absent when no program has
        # the book open). Written once by Rapport; yours to change.
        \(BookLock.fileName)
        \(BookLock.sessionFileName)
        .*.tmp-*
        \(BookJournal.fileName)

        """

    /// Writes the file when the folder has none; a `.gitignore` already there is the user's and
    /// is left as it is. A failure to write it does not stop the book from opening: it only
    /// keeps git from hiding the working files.
    static func ensure(in directory: String) {
        let path = DataDirectory.join(directory, fileName)
        guard !FileSystem.exists(path) else { return }
        try? FileSystem.writeAtomically(Array(contents.utf8), to: path)
    }
}
