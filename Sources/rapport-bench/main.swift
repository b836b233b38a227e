import Foundation
import RapportCore
import RapportCanvas
import RapportUI

// rapport-bench [--size small|large] [--json] [--only NAME] [--runs N] [--keep DIR]
// Generates the demo book, measures what issue #9 asks, prints a table (or JSON with --json).

let usage = """
    usage: rapport-bench [--size small|large] [--json] [--only open|save|key|frame|search|reports|import|mail] [--runs N] [--book DIR]
      --size    the demo book to generate (default: large)
      --json    one JSON object with every figure instead of the table
      --only    run one measure (open includes the memory and the python reference)
      --runs    samples per measure (default 5; key presses and searches take more)
      --book    use (and keep) this folder for the book: generated only when empty
    """

struct Options {
    var size = "large"
    var json = false
    var only: String?
    var runs = 5
    var bookDirectory: String?
}

let measureNames = ["open", "save", "key", "frame", "search", "reports", "import", "mail"]

func parseOptions(_ arguments: [String]) -> Options? {
    var options = Options()
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        switch argument {
        case "--size":
            guard let value = rest.popFirst(), DemoSize.named(value) != nil else { return nil }
            options.size = value
        case "--json": options.json = true
        case "--only":
            guard let value = rest.popFirst(), measureNames.contains(value) else { return nil }
            options.only = value
        case "--runs":
            guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else { return nil }
            options.runs = value
        case "--book":
            guard let value = rest.popFirst() else { return nil }
            options.bookDirectory = value
        default: return nil
        }
    }
    return options
}

func log(_ text: String) {
    FileHandle.standardError.write(Data(("rapport-bench: " + text + "\n").utf8))
}

func runBenchmarks(_ options: Options) throws -> Int32 {
    let work = NSTemporaryDirectory() + "rapport-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    let directory = options.bookDirectory ?? work + "/book"
    func wants(_ name: String) -> Bool { options.only == nil || options.only == name }

    let size = DemoSize.named(options.size) ?? .large
    let bookFile = directory + "/contacts.json"
    if !FileManager.default.fileExists(atPath: bookFile) {
        log("generating the \(options.size) demo book in \(directory)…")
        let generated = DemoBookGenerator(size: size, today: benchDay).generate()
        try BookStore.write(generated, to: directory)
    }
    let bytes = BookCollection.allCases.reduce(0) { total, collection in
        let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + collection.fileName)
        return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
    }

    var figures: [Figure] = []
    var openResult: Measures.OpenResult?
    if wants("open") {
        log("open: \(options.runs) cold opens in a child process, alternated with python3's json.load…")
        let result = try Measures.open(directory: directory, runs: options.runs, workDirectory: work)
        openResult = result
        figures.append(Figure(group: "open", name: "open to first frame (process)", samples: result.open, targetMedian: result.reference.median, targetMax: nil,
                              note: "target: python's json.load"))
        figures.append(Figure(group: "open", name: "  of which load", samples: result.load, targetMedian: nil, targetMax: nil))
        figures.append(Figure(group: "open", name: "  CPU of the child (both cores)", samples: result.openCPU, targetMedian: nil, targetMax: nil))
        figures.append(Figure(group: "open", name: "reference: python3 json.load", samples: result.reference, targetMedian: nil, targetMax: nil))
        figures.append(Figure(group: "open", name: "  its CPU", samples: result.referenceCPU, targetMedian: nil, targetMax: nil))
        figures.append(Figure(group: "memory", name: "peak resident, book open", samples: result.peakMegabytes, targetMedian: 400, targetMax: nil, unit: "MB"))
    }

    let needsBook = measureNames.dropFirst().contains(where: wants)
    guard needsBook else { return report(options, figures: figures, open: openResult, bytes: bytes) }
    log("loading the book in this process…")
    var loaded: Book?
    let load = try Samples.of(runs: 1, warmUp: false) { loaded = try BookStore.load(directory: directory) }
    figures.append(Figure(group: "load", name: "BookStore.load (in process)", samples: load, targetMedian: nil, targetMax: nil))
    guard let book = loaded else { throw BenchError("the book did not load") }
    let context = BenchContext(directory: directory, book: book, runs: options.runs)

    if wants("key") { log("key presses…"); figures += Measures.keys(context) }
    if wants("frame") { log("frames…"); figures += try Measures.frame(context) }
    if wants("search") { log("fuzzy search…"); figures += Measures.search(context) }
    if wants("reports") { log("reports…"); figures += Measures.reports(context) }
    if wants("import") { log("import…"); figures += try Measures.importContacts(context, workDirectory: work) }
    if wants("mail") { log("mail import…"); figures += try Measures.importMail(context, workDirectory: work) }
    // Last: it changes the book on disk.
    if wants("save") { log("saves…"); figures += try Measures.save(context) }
    return report(options, figures: figures, open: openResult, bytes: bytes)
}

func report(_ options: Options, figures: [Figure], open: Measures.OpenResult?, bytes: Int) -> Int32 {
    let ratio = open.map { $0.open.median / $0.reference.median }
    if options.json {
        var lines: [String] = []
        for figure in figures {
            var fields = ["\"group\": \(Format.jsonString(figure.group))",
                          "\"name\": \(Format.jsonString(figure.name.trimmingCharacters(in: .whitespaces)))",
                          "\"unit\": \(Format.jsonString(figure.unit))",
                          "\"median\": \(Format.jsonNumber(figure.median))", "\"max\": \(Format.jsonNumber(figure.max))",
                          "\"runs\": \(figure.samples.count)"]
            if let cpu = figure.samples.cpuMedian { fields.append("\"cpuMedian\": \(Format.jsonNumber(cpu))") }
            if let target = figure.targetMedian { fields.append("\"targetMedian\": \(Format.jsonNumber(target))") }
            if let target = figure.targetMax { fields.append("\"targetMax\": \(Format.jsonNumber(target))") }
            if let meets = figure.meetsTarget { fields.append("\"meetsTarget\": \(meets)") }
            lines.append("    {" + fields.joined(separator: ", ") + "}")
        }
        print("{")
        print("  \"size\": \(Format.jsonString(options.size)),")
        print("  \"bookBytes\": \(bytes),")
        print("  \"cores\": \(ProcessInfo.processInfo.activeProcessorCount),")
        if let ratio { print("  \"openOverReference\": \(Format.jsonNumber(ratio)),") }
        print("  \"figures\": [\n" + lines.joined(separator: ",\n") + "\n  ]")
        print("}")
    } else {
        print("rapport-bench: \(options.size) book, \(bytes / 1_000_000) MB of JSON, \(ProcessInfo.processInfo.activeProcessorCount) cores, release build")
        print("")
        print("| measure | median | max | CPU median | runs | target | |")
        print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
        for figure in figures {
            let verdict = figure.meetsTarget.map { $0 ? "ok" : "MISSED" } ?? ""
            let target = figure.note.isEmpty ? figure.targetText : (figure.targetText.isEmpty ? figure.note : figure.targetText + " (" + figure.note + ")")
            let name = figure.group + ": " + figure.name.trimmingCharacters(in: .whitespaces)
            let indentedName = figure.name.hasPrefix("  ") ? "  " + name : name
            let cpu = figure.samples.cpuMedian.map { Format.number($0) + " ms" } ?? ""
            print("| \(indentedName) | \(Format.number(figure.median)) \(figure.unit) | \(Format.number(figure.max)) \(figure.unit) | \(cpu) | \(figure.samples.count) | \(target) | \(verdict) |")
        }
        if let ratio {
            print("")
            print("open / reference (python3 json.load of the same files, same run): \(Format.fixed(ratio, digits: 2)) (target <= 1.00)")
        }
    }
    return 0
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--internal-open", arguments.count == 2 {
    exit(Measures.internalOpen(directory: arguments[1]))
}
guard let options = parseOptions(arguments) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
do {
    exit(try runBenchmarks(options))
} catch {
    log("\(error)")
    exit(1)
}
