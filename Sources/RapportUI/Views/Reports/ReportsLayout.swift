import RapportCanvas
import RapportCore

/// Where the Reports screen puts the report list (or tab row), the chart's box, its header and
/// the chart.
struct ReportsLayout {
    var list: Rect?
    var tabs: Rect?
    var box: Rect
    var header: Rect
    var chart: Rect

    /// A list on the left from this width; a tab row above the chart below it.
    static let listWidthThreshold = 110
    static let listWidth = 24

    init(in area: Rect) {
        var rest = area
        if area.width >= Self.listWidthThreshold {
            let parts = area.columns([.fixed(Self.listWidth), .fill(1)])
            list = parts[0]
            rest = parts[1]
        } else {
            let split = area.splitTop(1)
            tabs = split.top
            rest = split.rest
        }
        let inner = rest.inset(by: 1)
        let header = inner.splitTop(2)
        box = rest
        self.header = header.top.splitTop(1).top
        chart = header.rest
    }
}

extension ReportsScreen {
    /// The layout on a terminal of `size`: the body between the shell's tab bar and status line.
    static func layout(size: TerminalExtent) -> ReportsLayout {
        ReportsLayout(in: Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)))
    }
}
