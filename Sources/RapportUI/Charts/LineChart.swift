import RapportCanvas

/// A line through evenly spaced values, with a y-axis on the left and labels under the points.
/// Unicode draws it in braille dots (2x4 per cell, so a 40-cell-wide chart has 80 dot columns);
/// ASCII marks the points with `*` and the segments between them with `.`.
///
///     100% ┤⡀
///      50% ┤ ⠑⠢⢄⣀⣀⡀
///       0% └──────────
///           M0  M1  M2
public struct LineChart: Widget {
    /// One value per x position; nil is a gap (a month with no answers).
    public var values: [Double?]
    public var range: ClosedRange<Double>
    public var xLabels: [String]
    /// A y-axis label: 1.0 -> "100%".
    public var axisLabel: (Double) -> String
    public var glyphs: ChartGlyphs
    public var style: Style

    public init(values: [Double?], range: ClosedRange<Double>, xLabels: [String], glyphs: ChartGlyphs = .unicode,
                style: Style = Style(.chart1), axisLabel: @escaping (Double) -> String) {
        self.values = values
        self.range = range
        self.xLabels = xLabels
        self.axisLabel = axisLabel
        self.glyphs = glyphs
        self.style = style
    }

    /// The axis line and the labels under it.
    public static let chromeHeight = 2

    /// The values on the y-axis for a plot of `rows` rows, top to bottom: the ends, and the
    /// middle (and quarters) when there is room.
    func ticks(rows: Int) -> [(row: Int, value: Double)] {
        let span = range.upperBound - range.lowerBound
        let steps = rows >= 9 ? 4 : rows >= 5 ? 2 : 1
        return (0...steps).map { step in
            let value = range.upperBound - span * Double(step) / Double(steps)
            return (row: (rows - 1) * step / steps, value: value)
        }
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let plotRows = area.height - Self.chromeHeight
        guard plotRows >= 2, !values.isEmpty else { return }
        let ticks = ticks(rows: plotRows)
        let axisWidth = (ticks.map { DisplayWidth.of(axisLabel($0.value)) }.max() ?? 0) + 1
        let axisX = area.x + axisWidth
        let plot = Rect(x: axisX + 1, y: area.y, width: area.maxX - axisX - 2, height: plotRows)
        guard plot.width >= 2 else { return }
        let axisRow = plot.maxY
        buffer.fill(Rect(x: axisX, y: plot.y, width: 1, height: plotRows), with: glyphs.axisVertical, style: .border)
        buffer.set(glyphs.axisCorner, x: axisX, y: axisRow, style: .border)
        buffer.fill(Rect(x: axisX + 1, y: axisRow, width: area.maxX - axisX - 1, height: 1), with: glyphs.axisHorizontal,
                    style: .border)
        for tick in ticks {
            let y = plot.y + tick.row
            buffer.writeChartText(axisLabel(tick.value), endingAt: axisX - 1, y: y, style: .muted, maxWidth: axisWidth - 1,
                                  glyphs: glyphs)
            if y != axisRow { buffer.set(glyphs.axisTick, x: axisX, y: y, style: .border) }
        }
        if glyphs.usesBraille {
            drawBraille(in: plot, into: &buffer)
        } else {
            drawASCII(in: plot, into: &buffer)
        }
        drawLabels(plot: plot, y: axisRow + 1, into: &buffer)
    }

    /// The x of point `index` in a grid `columns` wide.
    private func position(_ index: Int, columns: Int) -> Int {
        values.count == 1 ? 0 : index * (columns - 1) / (values.count - 1)
    }

    /// The row of a value in a grid `rows` tall, 0 at the top; values outside the range are clamped.
    private func level(_ value: Double, rows: Int) -> Int {
        let span = range.upperBound - range.lowerBound
        guard span > 0, value.isFinite else { return rows - 1 }
        let clamped = min(max(value, range.lowerBound), range.upperBound)
        let fromBottom = Int((clamped - range.lowerBound) / span * Double(rows - 1) + 0.5)
        return rows - 1 - fromBottom
    }

    /// Points in a grid of `columns` x `rows`, and the segments between neighbours that both exist.
    private func trace(columns: Int, rows: Int) -> (points: [(Int, Int)], segments: [[(Int, Int)]]) {
        let points: [(Int, Int)?] = values.enumerated().map { index, value in
            value.map { (position(index, columns: columns), level($0, rows: rows)) }
        }
        var segments: [[(Int, Int)]] = []
        for index in points.indices.dropFirst() {
            if let from = points[index - 1], let to = points[index] { segments.append(Self.line(from, to)) }
        }
        return (points.compactMap { $0 }, segments)
    }

    private func drawBraille(in plot: Rect, into buffer: inout CellBuffer) {
        let columns = plot.width * 2, rows = plot.height * 4
        var dots = [UInt32](repeating: 0, count: plot.width * plot.height)
        let (points, segments) = trace(columns: columns, rows: rows)
        for (x, y) in segments.joined() + points {
            dots[(y / 4) * plot.width + x / 2] |= Self.brailleBit(column: x % 2, row: y % 4)
        }
        for (index, bits) in dots.enumerated() where bits != 0 {
            guard let scalar = Unicode.Scalar(0x2800 + bits) else { continue }
            buffer.set(Character(scalar), x: plot.x + index % plot.width, y: plot.y + index / plot.width, style: style)
        }
    }

    private func drawASCII(in plot: Rect, into buffer: inout CellBuffer) {
        let (points, segments) = trace(columns: plot.width, rows: plot.height)
        for (x, y) in segments.joined() { buffer.set(glyphs.trace, x: plot.x + x, y: plot.y + y, style: style) }
        for (x, y) in points { buffer.set(glyphs.point, x: plot.x + x, y: plot.y + y, style: style) }
    }

    /// Each label centred under its point, left out when it would touch the previous one.
    private func drawLabels(plot: Rect, y: Int, into buffer: inout CellBuffer) {
        let columns = glyphs.usesBraille ? plot.width * 2 : plot.width
        var freeFrom = plot.x - 2  // a label may start on the axis column
        for (index, label) in xLabels.enumerated() where index < values.count {
            let cell = plot.x + position(index, columns: columns) / (glyphs.usesBraille ? 2 : 1)
            let width = DisplayWidth.of(label)
            let start = max(plot.x - 1, cell - width / 2)
            guard start > freeFrom, start + width <= plot.maxX + 1 else { continue }
            buffer.write(label, at: start, y: y, style: .muted, overflow: .clip)
            freeFrom = start + width
        }
    }

    /// Braille dot bits: column 0 is dots 1, 2, 3, 7; column 1 is dots 4, 5, 6, 8.
    static func brailleBit(column: Int, row: Int) -> UInt32 {
        let left: [UInt32] = [0x01, 0x02, 0x04, 0x40]
        let right: [UInt32] = [0x08, 0x10, 0x20, 0x80]
        return column == 0 ? left[row] : right[row]
    }

    /// The cells of a straight line between two points (Bresenham), both ends included.
    static func line(_ from: (Int, Int), _ to: (Int, Int)) -> [(Int, Int)] {
        var (x, y) = from
        let dx = abs(to.0 - x), dy = -abs(to.1 - y)
        let stepX = x < to.0 ? 1 : -1, stepY = y < to.1 ? 1 : -1
        var error = dx + dy
        var cells: [(Int, Int)] = []
        while true {
            cells.append((x, y))
            if x == to.0 && y == to.1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += stepX }
            if doubled <= dx { error += dx; y += stepY }
        }
        return cells
    }
}
