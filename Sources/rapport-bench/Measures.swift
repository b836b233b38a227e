import Foundation
import RapportCore
import RapportCanvas
import RapportUI

/// The day the demo book is generated for and the clock every measure runs on.
let benchDay = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 20_779)
let benchEnvironment = AppEnvironment(clock: FixedClock(Date(timeIntervalSince1970: Double(benchDay.dayNumber) * 86_400 + 9 * 3600)))
let screen = TerminalExtent(width: 200, height: 60)

/// The views whose key presses are measured, with keys a user presses there. Adding a view (as
/// the Board, Contacts, Companies and Activities views land) is one line here.
let keyBenchViews: [(name: String, view: ViewID, keys: [KeyEvent])] = [
    ("board", .board, [.right, .down, .down, .left, .up, .char("l"), .char("j"), .char("h"), .enter, .escape]),
    ("contacts", .contacts, [.down, .down, .pageDown, .up, .pageUp, .char("j"), .char("k"), .char("G"), .char("g"),
                             .enter, .char("]"), .char("]"), .char("]"), .escape]),
    ("activities", .activities, [.down, .down, .pageDown, .up, .pageUp, .char("j"), .char("k")]),
    ("companies", .companies, [.down, .down, .pageDown, .up, .pageUp, .enter, .char("]"), .char("]"), .escape]),
    ("reports", .reports, [.down, .up, .tab, .backTab]),
]

/// What every in-process measure works on: the book folder and the book loaded from it.
struct BenchContext {
    let directory: String
    var book: Book
    let runs: Int
}

enum Measures {
    // MARK: open (a child process: start, load, first frame)

    /// The child's side: load the book as the app does, draw the first frame, report, exit.
    static func internalOpen(directory: String) -> Int32 {
        let start = Timing.wallMilliseconds()
        let store: BookStore
        let book: Book
        do {
            (store, book) = try BookStore.open(directory: directory, mode: .readWrite)
        } catch {
            FileHandle.standardError.write(Data("rapport-bench: \(error)\n".utf8))
            return 1
        }
        let loaded = Timing.wallMilliseconds()
        let state = AppState(book: book, bookPath: directory, size: screen)
        var buffer = CellBuffer(width: screen.width, height: screen.height)
        App.render(state, into: &buffer, environment: benchEnvironment)
        let rendered = Timing.wallMilliseconds()
        store.close()
        let peak = Timing.peakResidentMegabytes() ?? .nan
        let resident = Timing.residentMegabytes() ?? .nan
        print("{\"load\": \(Format.jsonNumber(loaded - start)), \"render\": \(Format.jsonNumber(rendered - loaded)), \"peakMegabytes\": \(Format.jsonNumber(peak)), \"residentMegabytes\": \(Format.jsonNumber(resident))}")
        // Exit without tearing the book down: the app's first frame is what counts.
        exit(0)
    }

    struct OpenResult {
        var open = Samples()
        var openCPU = Samples()
        var load = Samples()
        var peakMegabytes = Samples()
        var reference = Samples()
        var referenceCPU = Samples()
    }

    /// Alternates the child open and python's json.load so both see the machine in the same state.
    static func open(directory: String, runs: Int, workDirectory: String) throws -> OpenResult {
        let executable = ChildProcess.currentExecutable
        let output = workDirectory + "/child-output.txt"
        guard let python = ChildProcess.which("python3") else { throw BenchError("python3 is not on the PATH: it is the reference") }
        var result = OpenResult()
        for run in 0...runs {
            guard let child = ChildProcess.run(executable, ["--internal-open", directory], outputPath: output), child.status == 0 else {
                throw BenchError("the open child failed")
            }
            guard let reference = ChildProcess.run(python, ["-c", pythonReference, directory], outputPath: output + ".py"),
                  reference.status == 0 else {
                throw BenchError("python3 json.load failed")
            }
            guard run > 0 else { continue }  // warm-up: page cache, binaries
            result.open.add(child.wallMilliseconds)
            result.openCPU.add(child.cpuMilliseconds)
            let report = child.output
            if let load = number(after: "\"load\": ", in: report) { result.load.add(load) }
            if let peak = number(after: "\"peakMegabytes\": ", in: report) { result.peakMegabytes.add(peak) }
            let figures = reference.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if figures.count == 2 {
                result.reference.add(figures[0])
                result.referenceCPU.add(figures[1])
            }
        }
        return result
    }

    /// Parse only: every data file of the book, as `json.load` reads it; wall and CPU milliseconds.
    static let pythonReference = """
        import json, os, sys, time
        folder = sys.argv[1]
        names = sorted(n for n in os.listdir(folder) if n.endswith('.json'))
        wall, cpu = time.perf_counter(), time.process_time()
        for name in names:
            with open(os.path.join(folder, name), 'rb') as f:
                json.load(f)
        print('%.3f %.3f' % ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
        """

    private static func number(after marker: String, in text: String) -> Double? {
        guard let range = text.range(of: marker) else { return nil }
        let rest = text[range.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "-" }
        return Double(String(rest))
    }

    // MARK: save (one edit, durably)

    static func save(_ context: BenchContext) throws -> [Figure] {
        let (store, opened) = try BookStore.open(directory: context.directory, mode: .readWrite)
        defer { store.close() }
        var book = opened
        let stages = book.settings.pipeline.map(\.id)
        let openDeals = book.opportunities.sortedByID.filter { $0.status == .open }.map(\.id)
        let openTasks = book.activities.sortedByID.filter(\.isOpenTask).map(\.id)
        guard stages.count > 1, !openDeals.isEmpty, !openTasks.isEmpty else { throw BenchError("the book has no open deal or task") }
        let now = benchEnvironment.clock.now
        var dealIndex = 0
        let moveDeal = Samples.of(runs: context.runs * 4, budgetMilliseconds: 20_000) {
            let id = openDeals[dealIndex % openDeals.count]
            dealIndex += 1
            book.opportunities.update(id) { deal in
                let next = ((stages.firstIndex(of: deal.stageID) ?? 0) + 1) % stages.count
                deal.stageID = stages[next]
                deal.stageHistory.append(StageEntry(stageID: stages[next], enteredAt: now))
                deal.updatedAt = now
            }
            _ = try? store.save(book)
        }
        var taskIndex = 0
        func markOneTaskDone(_ book: inout Book) {
            let id = openTasks[taskIndex % openTasks.count]
            taskIndex += 1
            book.activities.update(id) { task in
                task.doneAt = now
                task.updatedAt = now
            }
        }
        let markDone = Samples.of(runs: context.runs * 4, budgetMilliseconds: 20_000) {
            markOneTaskDone(&book)
            _ = try? store.save(book)
        }
        // Quitting right after the edits: close folds the journal (opportunities and activities).
        let closing = Samples.of(runs: 1, warmUp: false) { store.close() }

        // As the TUI does when the user pauses: one edit, then the journal folded in the
        // background while edits go on being saved, then what they added folded too; quitting
        // then has nothing left to fold.
        let (idleStore, reopened) = try BookStore.open(directory: context.directory, mode: .readWrite)
        defer { idleStore.close() }
        book = reopened
        markOneTaskDone(&book)
        try idleStore.save(book)
        var savesDuring = Samples()
        let background = Samples.of(runs: 1, warmUp: false) {
            idleStore.compactInBackground()
            while idleStore.isCompactingInBackground {
                markOneTaskDone(&book)
                savesDuring.add(Timing.measure { _ = try? idleStore.save(book) })
                usleep(20_000)
            }
        }
        idleStore.compactInBackground()
        idleStore.waitForBackgroundCompaction()
        if let failure = idleStore.backgroundCompactionError { throw BenchError("the background compaction failed: \(failure)") }
        let closingAfterIdle = Samples.of(runs: 1, warmUp: false) { idleStore.close() }
        return [
            Figure(group: "save", name: "move one deal", samples: moveDeal, targetMedian: 20, targetMax: 20),
            Figure(group: "save", name: "mark one task done", samples: markDone, targetMedian: 20, targetMax: 20),
            Figure(group: "save", name: "close right after an edit", samples: closing, targetMedian: nil, targetMax: nil,
                   note: "once, when the app quits: folds the journal"),
            Figure(group: "save", name: "background compaction", samples: background, targetMedian: nil, targetMax: nil,
                   note: "off the loop, started after 2 s without a key"),
            Figure(group: "save", name: "mark one task done during it", samples: savesDuring, targetMedian: 20, targetMax: 20,
                   note: "saves do not wait for it"),
            Figure(group: "save", name: "close after idle compaction", samples: closingAfterIdle, targetMedian: nil, targetMax: nil,
                   note: "once, when the app quits"),
        ]
    }

    // MARK: key presses (update + render at 200x60)

    static func keys(_ context: BenchContext) -> [Figure] {
        var figures: [Figure] = []
        // Built in the background as the book opens and after each save (App.prepareInBackground).
        let links = Samples.of(runs: 3) { _ = BookLinks(context.book) }
        figures.append(Figure(group: "key", name: "links index for the panes (background, per change)", samples: links,
                              targetMedian: nil, targetMax: nil))
        var buffer = CellBuffer(width: screen.width, height: screen.height)
        for entry in keyBenchViews {
            var state = AppState(book: context.book, bookPath: context.directory, size: screen)
            state.view = entry.view
            // What the app prepares in the background at open, before the user's first key.
            App.prepare(state)
            App.render(state, into: &buffer, environment: benchEnvironment)
            var index = 0
            let samples = Samples.of(runs: max(100, context.runs * 40)) {
                let key = entry.keys[index % entry.keys.count]
                index += 1
                _ = App.handle(key, state: &state, environment: benchEnvironment)
                App.render(state, into: &buffer, environment: benchEnvironment)
            }
            figures.append(Figure(group: "key", name: entry.name, samples: samples, targetMedian: 2, targetMax: 16))
        }
        return figures
    }

    // MARK: fuzzy search over the contacts

    static func search(_ context: BenchContext) -> [Figure] {
        // The Contacts view's own search, as a user meets it: `/`, then one letter at a time,
        // each timed as update plus a 200x60 frame. The first letter of a word has nothing to
        // narrow and scans every contact; later letters narrow the previous result.
        var state = AppState(book: context.book, bookPath: context.directory, size: screen)
        var buffer = CellBuffer(width: screen.width, height: screen.height)
        _ = App.handle(.char("2"), state: &state, environment: benchEnvironment)
        App.render(state, into: &buffer, environment: benchEnvironment)  // builds the index once, as opening the view does
        let words = ["maria rossi", "garcia", "acme", "noe", "gmail.com", "+39 3"]
        var keystrokes = Samples()
        var firstLetters = Samples()
        let verbose = ProcessInfo.processInfo.environment["RAPPORT_BENCH_VERBOSE"] != nil
        for round in 0..<max(1, context.runs / 2) {
            for word in words {
                _ = App.handle(.escape, state: &state, environment: benchEnvironment)
                _ = App.handle(.char("/"), state: &state, environment: benchEnvironment)
                App.render(state, into: &buffer, environment: benchEnvironment)
                for (position, letter) in word.enumerated() {
                    let cpuStart = Timing.cpuMilliseconds()
                    var update = 0.0
                    let wall = Timing.measure {
                        update = Timing.measure { _ = App.handle(.char(letter), state: &state, environment: benchEnvironment) }
                        App.render(state, into: &buffer, environment: benchEnvironment)
                    }
                    guard round > 0 || position > 0 || word != words[0] else { continue }  // warm-up
                    keystrokes.add(wall)
                    keystrokes.cpuMilliseconds.append(Timing.cpuMilliseconds() - cpuStart)
                    if position == 0 { firstLetters.add(wall) }
                    if verbose {
                        FileHandle.standardError.write(Data("  \(word.prefix(position + 1)): \(Format.number(wall)) ms (update \(Format.number(update)))\n".utf8))
                    }
                }
            }
        }
        _ = App.handle(.escape, state: &state, environment: benchEnvironment)
        return [
            Figure(group: "search", name: "keystroke, contacts view (\(context.book.contacts.count) contacts)", samples: keystrokes,
                   targetMedian: nil, targetMax: 16),
            Figure(group: "search", name: "of which first letters (nothing to narrow)", samples: firstLetters, targetMedian: nil, targetMax: 16),
        ]
    }

    // MARK: reports

    static func reports(_ context: BenchContext) -> [Figure] {
        let book = context.book
        let period = ReportPeriod.trailingYear(asOf: benchDay)
        let reports: [(String, () -> Void)] = [
            ("funnel", { _ = Reports.funnel(book, period: period) }),
            ("pipeline", { _ = Reports.pipeline(book, asOf: benchDay) }),
            ("retention", { _ = Reports.retention(book, period: period) }),
            ("nps", { _ = Reports.nps(book, period: period) }),
            ("segments", { _ = Reports.segments(book, asOf: benchDay) }),
            ("lifetimeValue", { _ = Reports.lifetimeValue(book, asOf: benchDay) }),
            ("kpis", { _ = Reports.kpis(book, period: period) }),
            ("lostReasons", { _ = Reports.lostReasons(book, period: period) }),
        ]
        return reports.map { name, report in
            Figure(group: "report", name: name, samples: Samples.of(runs: context.runs, report), targetMedian: 100, targetMax: nil)
        }
    }

    // MARK: import 50,000 contacts from CSV, then save

    static func importContacts(_ context: BenchContext, workDirectory: String) throws -> [Figure] {
        let csv = CSVExporter.data(.contacts, of: context.book)
        let csvPath = workDirectory + "/contacts.csv"
        try csv.write(to: URL(fileURLWithPath: csvPath))
        var attempt = 0
        var importTimes = Samples()
        var saveTimes = Samples()
        var cpuTimes = Samples()
        var failure: (any Error)?
        let total = Samples.of(runs: context.runs, budgetMilliseconds: 30_000) {
            attempt += 1
            let target = workDirectory + "/import-\(attempt)"
            let cpuStart = Timing.cpuMilliseconds()
            do {
                var result: ImportResult?
                let importTime = try Timing.measure {
                    let data = try Data(contentsOf: URL(fileURLWithPath: csvPath))
                    let options = CSVImportOptions(kind: .contacts, fileName: "contacts.csv", now: benchEnvironment.clock.now,
                                                   timeZone: benchEnvironment.clock.timeZone)
                    result = try CSVImporter.run(data, into: Book(), options: options)
                }
                guard let result, result.canApply else { throw BenchError("the import found invalid rows") }
                let saveTime = try Timing.measure {
                    let (store, _) = try BookStore.open(directory: target, mode: .readWrite)
                    defer { store.close() }
                    try store.save(result.book)
                }
                if attempt > 1 {  // the first run is the warm-up
                    importTimes.add(importTime)
                    saveTimes.add(saveTime)
                }
            } catch {
                failure = error
            }
            if attempt > 1 { cpuTimes.add(Timing.cpuMilliseconds() - cpuStart) }
            try? FileManager.default.removeItem(atPath: target)
        }
        if let failure { throw failure }
        return [
            Figure(group: "import", name: "\(context.book.contacts.count) contacts CSV, total", samples: total, targetMedian: 2000, targetMax: nil),
            Figure(group: "import", name: "  read + import", samples: importTimes, targetMedian: nil, targetMax: nil),
            Figure(group: "import", name: "  save", samples: saveTimes, targetMedian: nil, targetMax: nil),
            Figure(group: "import", name: "  CPU (both cores)", samples: cpuTimes, targetMedian: nil, targetMax: nil),
        ]
    }
}

extension Samples {
    /// Like `of(runs:)`, but stops early once the budget is spent (keeping at least three samples),
    /// so a slow measure does not make the whole run take an hour.
    static func of(runs: Int, budgetMilliseconds: Double, _ work: () -> Void) -> Samples {
        work()
        var samples = Samples()
        let start = Timing.wallMilliseconds()
        for _ in 0..<runs {
            let cpuStart = Timing.cpuMilliseconds()
            samples.add(Timing.measure(work))
            samples.cpuMilliseconds.append(Timing.cpuMilliseconds() - cpuStart)
            if samples.count >= 3, Timing.wallMilliseconds() - start > budgetMilliseconds { break }
        }
        return samples
    }
}
