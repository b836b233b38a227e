import CNcursesw

/// Swift face of the C signal handlers in shim.h.
///
/// This is the only file that may call the `rapport_*` signal functions: their state is `static`
/// C data, and each Swift source file that used them would get its own copy.
enum TerminalSignals {
    /// Installs (once per process) the handlers for SIGINT/SIGTERM/SIGHUP (a quit request the
    /// loop polls, a second one forces restore + exit) and for crash signals and SIGQUIT (restore
    /// the terminal, let the previous handler report the crash, write the crash note, die by the
    /// signal), plus an atexit hook that restores.
    static func install() {
        rapport_install_signal_handlers()
    }

    /// Tells the handlers whether curses owns the terminal (so whether they must call endwin).
    static func setCursesActive(_ active: Bool) {
        rapport_set_curses_active(active ? 1 : 0)
    }

    /// The termination signal received and not yet handled, if any.
    static var pendingTermination: Int32? {
        let signal = rapport_pending_termination()
        return signal == 0 ? nil : signal
    }

    static func clearPendingTermination() {
        rapport_clear_pending_termination()
    }

    /// What the crash handler writes once the terminal is restored ("" writes nothing).
    static func setCrashNote(_ text: String) {
        rapport_set_crash_note(text)
    }

    /// Ignores SIGINT/SIGQUIT while a child owns the terminal (true), or restores the handlers.
    static func setInterruptsIgnored(_ ignored: Bool) {
        rapport_set_interrupts_ignored(ignored ? 1 : 0)
    }

    /// Stops the process group (Ctrl-Z) and returns when the shell continues it.
    static func stopProcessGroup() {
        rapport_stop_process_group()
    }
}
