/// The device status request (DSR 5, "are you OK?") and its answer, `ESC [ 0 n`: a query every
/// VT100-compatible terminal answers, and that editors do not send themselves, so its answer
/// marks the end of everything the terminal sent before it.
enum StatusReport {
    static let request = "\u{1B}[5n"
    static let answer: [UInt8] = Array("\u{1B}[0n".utf8)

    /// Whether the bytes read so far contain the answer.
    static func isAnswered(by received: [UInt8]) -> Bool {
        guard received.count >= answer.count else { return false }
        for start in 0...(received.count - answer.count) where received[start] == answer[0] {
            if Array(received[start..<start + answer.count]) == answer { return true }
        }
        return false
    }
}
