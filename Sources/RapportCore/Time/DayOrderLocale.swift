import Synchronization

/// The user's day order, read once from the locale at start-up (as the catalogue's language is),
/// so every form and command reads "03/04/2026" the same way.
extension DayOrder {
    private static let shared = Mutex(DayOrder.dayFirst)

    /// The order `DateInput` uses unless told otherwise. Day first until set.
    public static var current: DayOrder {
        get { shared.withLock { $0 } }
        set { shared.withLock { $0 = newValue } }
    }

    /// From the first non-empty of LC_ALL, LC_TIME, LANG (POSIX precedence). Month first for
    /// the United States and the few places that write dates as it does; day first for Italy,
    /// France, the rest of Europe and everywhere else, and when no locale is set ("C", "POSIX").
    public static func locale(_ environment: [String: String]) -> DayOrder {
        for name in ["LC_ALL", "LC_TIME", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return locale(named: value)
        }
        return .dayFirst
    }

    /// "en_US.UTF-8" → month first; "it_IT.UTF-8", "fr_FR", "en_GB" → day first.
    public static func locale(named name: String) -> DayOrder {
        let base = name.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? name
        let territory = base.split(separator: "_").dropFirst().first.map { $0.uppercased() } ?? ""
        return ["US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI"].contains(territory) ? .monthFirst : .dayFirst
    }
}
