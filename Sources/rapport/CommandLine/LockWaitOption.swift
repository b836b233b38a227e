/// `--wait SECONDS` (how long a command waits for another writer; 0 is `--no-wait`) and
/// `--no-wait` (refuse at once, as Rapport did before commands queued).
enum LockWaitOption {
    /// The wait the option asks for; nil when `--wait` has no valid number after it.
    static func seconds(_ option: String, _ value: String?) -> Double? {
        if option == "--no-wait" { return 0 }
        guard let value, let seconds = Double(value), seconds >= 0, seconds.isFinite else { return nil }
        return seconds
    }
}
