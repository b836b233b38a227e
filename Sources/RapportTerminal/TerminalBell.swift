import CNcursesw

extension TerminalBackend {
    /// Rings the terminal's bell (or flashes the screen where the terminal has no bell): a
    /// reminder's time has come.
    public func bell() {
        _ = beep()
    }
}
