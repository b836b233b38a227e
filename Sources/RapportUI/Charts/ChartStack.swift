import RapportCanvas

/// One part of a `ChartStack`: an optional heading line and a body of a preferred height.
public struct ChartSection {
    public var heading: String?
    public var height: Int
    /// The least height the body is useful at; a body that can grow (a line chart) gets the rows
    /// left over, up to `maximumHeight`.
    public var minimumHeight: Int
    public var maximumHeight: Int
    public var draw: (inout CellBuffer, Rect) -> Void

    public init(heading: String? = nil, height: Int, minimumHeight: Int? = nil, maximumHeight: Int? = nil,
                draw: @escaping (inout CellBuffer, Rect) -> Void) {
        self.heading = heading
        self.height = max(0, height)
        self.minimumHeight = min(self.height, max(0, minimumHeight ?? height))
        self.maximumHeight = max(self.height, maximumHeight ?? height)
        self.draw = draw
    }

    /// A body of text lines, one per row.
    public static func lines(_ lines: [(text: String, style: Style)], heading: String? = nil, glyphs: ChartGlyphs) -> ChartSection {
        ChartSection(heading: heading, height: lines.count) { buffer, area in
            for (index, line) in lines.enumerated() where index < area.height {
                buffer.writeChartText(line.text, at: area.x, y: area.y + index, style: line.style, maxWidth: area.width,
                                      glyphs: glyphs)
            }
        }
    }

    var totalHeight: Int { height + (heading == nil ? 0 : 1) }
}

/// Sections stacked top to bottom with a blank row between them. Given more rows than it
/// prefers, the growing sections share them; given fewer, growing sections shrink to their
/// minimum, then sections are left out from the bottom (the first ones matter most).
public struct ChartStack: Widget {
    public var sections: [ChartSection]
    public var glyphs: ChartGlyphs

    public init(_ sections: [ChartSection], glyphs: ChartGlyphs) {
        self.sections = sections
        self.glyphs = glyphs
    }

    public var preferredHeight: Int {
        sections.reduce(0) { $0 + $1.totalHeight } + max(0, sections.count - 1)
    }

    public var minimumHeight: Int {
        sections.reduce(0) { $0 + $1.minimumHeight + ($1.heading == nil ? 0 : 1) } + max(0, sections.count - 1)
    }

    /// The body height of each section in `height` rows (0: left out).
    func heights(for height: Int) -> [Int] {
        var heights = sections.map(\.height)
        var spare = height - preferredHeight
        if spare > 0 {
            // Round robin, one row at a time, so growing sections grow evenly.
            var grew = true
            while spare > 0 && grew {
                grew = false
                for index in heights.indices where spare > 0 && heights[index] < sections[index].maximumHeight {
                    heights[index] += 1
                    spare -= 1
                    grew = true
                }
            }
            return heights
        }
        for index in heights.indices.reversed() where spare < 0 {
            let give = min(-spare, heights[index] - sections[index].minimumHeight)
            heights[index] -= give
            spare += give
        }
        // Still too tall: leave sections out from the bottom.
        var index = heights.count - 1
        while spare < 0 && index > 0 {
            spare += heights[index] + (sections[index].heading == nil ? 0 : 1) + 1
            heights[index] = 0
            index -= 1
        }
        return heights
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        var y = area.y
        for (section, height) in zip(sections, heights(for: area.height)) {
            guard height > 0 || section.height == 0, y < area.maxY else { continue }
            if let heading = section.heading {
                buffer.writeChartText(heading, at: area.x, y: y, style: .header, maxWidth: area.width, glyphs: glyphs)
                y += 1
            }
            let body = Rect(x: area.x, y: y, width: area.width, height: max(0, min(height, area.maxY - y)))
            section.draw(&buffer, body)
            y += height + 1
        }
    }
}

/// What a chart shows when there is nothing to draw.
public struct NoDataNotice: Widget {
    public static let text = "No data for this period"
    public var detail: String?
    public var glyphs: ChartGlyphs

    public init(detail: String? = nil, glyphs: ChartGlyphs = .unicode) {
        self.detail = detail
        self.glyphs = glyphs
    }

    public var preferredHeight: Int { detail == nil ? 1 : 2 }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.writeChartText(Self.text, at: area.x, y: area.y, style: .muted, maxWidth: area.width, glyphs: glyphs)
        if let detail, area.height > 1 {
            buffer.writeChartText(detail, at: area.x, y: area.y + 1, style: .muted, maxWidth: area.width, glyphs: glyphs)
        }
    }
}
