import RapportCanvas

public enum ToastSeverity: Hashable, Sendable {
    case info, success, warning, error

    var style: Style {
        switch self {
        case .info: return .accent
        case .success: return .positive
        case .warning: return .warning
        case .error: return .error
        }
    }

    var symbol: String {
        switch self {
        case .info: return "i"
        case .success: return "✓"
        case .warning: return "!"
        case .error: return "✗"
        }
    }
}

/// A short message in a box at the bottom right of the area it is given ("Saved", "Undo: deleted
/// Ada"). The app decides when it disappears.
public struct Toast: Widget {
    public var message: String
    public var severity: ToastSeverity
    public var maxWidth: Int

    public init(_ message: String, severity: ToastSeverity = .info, maxWidth: Int = 50) {
        self.message = message
        self.severity = severity
        self.maxWidth = maxWidth
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let text = "\(severity.symbol) \(message)"
        let boxWidth = min(DisplayWidth.of(text) + 4, maxWidth, area.width)
        guard boxWidth >= 5, area.height >= 3 else {
            // No room for a box: one line at the bottom.
            buffer.write(text, at: area.x, y: area.maxY - 1, style: severity.style, maxWidth: area.width)
            return
        }
        let lines = TextWrap.wrap(text, width: boxWidth - 4)
        let height = min(lines.count + 2, area.height)
        let box = Rect(x: area.maxX - boxWidth, y: area.maxY - height, width: boxWidth, height: height)
        buffer.fill(box)
        buffer.drawBox(box, border: .rounded, style: severity.style)
        for (row, line) in lines.prefix(height - 2).enumerated() {
            buffer.write(line, at: box.x + 2, y: box.y + 1 + row, style: row == 0 ? severity.style.bold : severity.style,
                         maxWidth: boxWidth - 4)
        }
    }
}
