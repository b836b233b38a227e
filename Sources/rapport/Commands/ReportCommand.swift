import Foundation
import RapportCore
import RapportCanvas
import RapportUI

/// `rapport report NAME`: one analytics report as text or JSON, read-only (no lock).
enum ReportCommand {
    /// The reports by name; `periodic` ones take --from/--to, the others are a picture of one day.
    static let names: [(name: String, periodic: Bool, summary: String)] = [
        ("funnel", true, "how far the deals created in the period went, win rate, deal size, cycle"),
        ("pipeline", false, "open deals by stage, weighted forecast by expected close month"),
        ("retention", true, "monthly purchase cohorts, retention and churn rates"),
        ("nps", true, "Net Promoter Score, distribution and monthly trend"),
        ("segments", false, "loyal, regular, occasional, at-risk, ex-customer, new, prospect; RFM"),
        ("clv", false, "customer lifetime value: spent, predicted, distribution, top 10"),
        ("kpi", true, "headline numbers against the previous period of equal length"),
        ("lost", true, "lost deals by reason, quotes per deal and their acceptance rate"),
    ]

    static let command = Command(
        name: "report", summary: "print an analytics report (funnel, pipeline, retention, nps, segments, clv, kpi, lost)",
        usage: """
        Usage: rapport report NAME [--data DIR] [--as-of YYYY-MM-DD] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                   [--pipeline ID] [--json] [--width N] [--ascii]

        Reports:
        \(names.map { "  " + $0.name.padding(toLength: 11, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))

          --as-of   the day the report is seen from (default: today); later records are ignored
          --from, --to   the period (funnel, retention, nps, kpi, lost; default: the 12 months up to
                    --as-of, e.g. 2025-11-23 to 2026-11-22)
          --pipeline  funnel and pipeline: that pipeline's deals and stages only (default: all,
                    one section per pipeline when the book has several)
          --json    the numbers as JSON instead of the chart
          --width   chart width (default: $COLUMNS, else 80)
          --ascii   draw with # = * . only (the default when LANG/LC_ALL is not UTF-8)
          --timing  also print on stderr how long loading and computing took (computed 5 times)

        Definitions and worked examples: docs/REPORTS.md. Reading needs no lock.
        """,
        valueOptions: ["data", "as-of", "from", "to", "width", "pipeline"], flagOptions: ["json", "timing", "ascii"]
    ) { arguments, context in
        guard let name = arguments.positionals.first else { throw UsageError("report needs a NAME") }
        guard arguments.positionals.count == 1 else { throw UsageError("unexpected argument \(arguments.positionals[1])") }
        guard let entry = names.first(where: { $0.name == name }) else {
            throw UsageError("unknown report \"\(name)\"; one of: \(names.map(\.name).joined(separator: ", "))")
        }
        let timeZone = TimeZone.current
        let today = try context.clock().today
        let asOf = try CommandValues.date(arguments.value("as-of"), option: "as-of", today: today) ?? today
        let from = try CommandValues.date(arguments.value("from"), option: "from", today: today)
        let to = try CommandValues.date(arguments.value("to"), option: "to", today: today)
        if !entry.periodic, from != nil || to != nil {
            throw UsageError("report \(name) is a picture as of one day: it takes --as-of, not --from or --to")
        }
        let end = to ?? asOf
        let start = from ?? end.adding(months: -12).adding(days: 1)
        guard start <= end else { throw UsageError("--from \(start) is after --to \(end)") }
        let period = ReportPeriod(from: start, to: end, asOf: asOf, timeZone: timeZone)
        let width = try parseWidth(arguments.value("width"), environment: context.environment)

        let directory = context.dataDirectory(arguments)
        let book: Book
        let loadStart = ContinuousClock.now
        do {
            book = try BookStore.load(directory: directory)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        guard let kind = ReportKind(rawValue: name) else { throw UsageError("unknown report \"\(name)\"") }
        let loaded = ContinuousClock.now
        if let sections = try pipelineSections(kind, book: book, period: period, only: arguments.value("pipeline")) {
            try printSections(sections, only: arguments.value("pipeline") != nil, book: book, arguments, context, width: width)
            return 0
        }
        var computeStart = ContinuousClock.now
        var result = ReportResult.compute(kind, book: book, period: period)
        if arguments.has("timing") {
            // The first run and four more: the fastest is the figure, the first shows a cold start.
            var times = [ContinuousClock.now - computeStart]
            for _ in 0..<4 {
                computeStart = ContinuousClock.now
                result = ReportResult.compute(kind, book: book, period: period)
                times.append(ContinuousClock.now - computeStart)
            }
            Output.error("load \(milliseconds(loaded - loadStart)) ms, compute \(milliseconds(times.min() ?? .zero)) ms "
                         + "(fastest of 5; first \(milliseconds(times[0])) ms)")
        }
        if arguments.has("json") {
            Output.json(try JSONValueEncoder().encodeToBytes(result.encodable) + [0x0A])
        } else {
            let glyphs = arguments.has("ascii") ? ChartGlyphs.ascii : ChartGlyphs.forEnvironment(context.environment)
            Output.out(chartText(result, format: book.settings.numberFormat, glyphs: glyphs, width: width))
        }
        return 0
    }

    /// The funnel and pipeline reports per pipeline: when asked for one (`--pipeline`), or when the
    /// book has several. Nil for a report over the book's one pipeline, as before pipelines.
    static func pipelineSections(_ kind: ReportKind, book: Book, period: ReportPeriod,
                                 only: String?) throws -> [Reports.PipelineSection<ReportResult>]? {
        let byPipeline = kind == .funnel || kind == .pipeline
        guard byPipeline else {
            if only != nil { throw UsageError("--pipeline is for the funnel and pipeline reports") }
            return nil
        }
        guard only != nil || book.settings.pipelines.count > 1 else { return nil }
        let pipelineID = try only.map { text throws(CommandFailure) in
            guard let pipeline = book.settings.pipeline(named: text) else {
                throw CommandFailure(Messages.pipelinesUnknown.text(
                    ["name": text, "list": book.settings.pipelines.map(\.id).joined(separator: ", ")]))
            }
            return pipeline.id
        }
        return Reports.perPipeline(book, only: pipelineID) { ReportResult.compute(kind, book: $0, period: period) }
    }

    /// One pipeline's report as before (`only`), or every pipeline's under its name: JSON
    /// `{"pipelines": [{"pipelineID", "pipelineName", "report"}]}`, text one titled chart each.
    static func printSections(_ sections: [Reports.PipelineSection<ReportResult>], only: Bool, book: Book,
                              _ arguments: Arguments, _ context: CommandContext, width: Int) throws {
        if arguments.has("json") {
            let bytes: [UInt8]
            if only, let section = sections.first {
                bytes = try JSONValueEncoder().encodeToBytes(section.report.encodable)
            } else {
                bytes = try JSONValueEncoder().encodeToBytes(SectionsJSON(sections: sections))
            }
            Output.json(bytes + [0x0A])
            return
        }
        let glyphs = arguments.has("ascii") ? ChartGlyphs.ascii : ChartGlyphs.forEnvironment(context.environment)
        let texts = sections.map { section in
            chartText(section.report, format: book.settings.numberFormat, glyphs: glyphs, width: width,
                      title: Messages.pipelinesReportSection.text(["title": section.report.title, "pipeline": section.pipelineName]))
        }
        Output.out(texts.joined(separator: "\n"))
    }

    private struct SectionsJSON: Encodable {
        let sections: [Reports.PipelineSection<ReportResult>]

        enum Keys: String, CodingKey { case pipelines, pipelineID, pipelineName, report }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var list = container.nestedUnkeyedContainer(forKey: .pipelines)
            for section in sections {
                var entry = list.nestedContainer(keyedBy: Keys.self)
                try entry.encode(section.pipelineID, forKey: .pipelineID)
                try entry.encode(section.pipelineName, forKey: .pipelineName)
                try entry.encode(section.report.encodable, forKey: .report)
            }
        }
    }

    /// The title, underlined, then the chart exactly as the Reports view draws it at this width.
    static func chartText(_ result: ReportResult, format: NumberFormat, glyphs: ChartGlyphs, width: Int,
                          title: String? = nil) -> String {
        let title = title ?? result.title
        var lines = [title, String(repeating: "=", count: min(title.count, width)), ""]
        lines += ReportChart(result, format: format, glyphs: glyphs).lines(width: width)
        if glyphs.isASCII { lines = lines.map(asciiOnly) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Names and reasons from the book can hold any letter; an ASCII terminal gets them without
    /// accents, and anything else as "?" per column, so the columns stay aligned.
    static func asciiOnly(_ line: String) -> String {
        guard !line.allSatisfy(\.isASCII) else { return line }
        var result = ""
        for character in line {
            if character.isASCII {
                result.append(character)
                continue
            }
            let folded = TextFolding.fold(String(character), keepingCase: true, widths: true)
            if folded.count == 1, folded.allSatisfy(\.isASCII) {
                result += folded
            } else {
                result += String(repeating: "?", count: max(1, DisplayWidth.of(character)))
            }
        }
        return result
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let tenths = (seconds * 10_000 + attoseconds / 100_000_000_000_000)
        return String(tenths / 10) + "." + String(tenths % 10)
    }

    static func parseWidth(_ text: String?, environment: [String: String]) throws(UsageError) -> Int {
        if let text {
            guard let width = Int(text), width >= 20 else { throw UsageError("--width takes a whole number of columns, 20 or more, not \"\(text)\"") }
            return width
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns >= 20 { return columns }
        return 80
    }
}
