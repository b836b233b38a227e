// A libFuzzer target for the CSV reader and writer: built by scripts/fuzz.sh together with
// their sources (Sources/RapportCore/Formats/CSV), with `swiftc -sanitize=fuzzer,address`, not
// by `swift build`. libFuzzer calls it once per input; a crash, a sanitizer report, a failed
// check below or a hang is a finding, which libFuzzer saves as a crash-… file to replay.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func csvReaderFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let document = CSVReader().read(Data(UnsafeBufferPointer(start: data, count: size)))
    // What the reader gives back is written and read again: the fields must survive, the
    // formula guard being taken off as the importer does.
    let written = CSVWriter(delimiter: document.delimiter).data(from: document.rows)
    let again = CSVReader(delimiter: .fixed(document.delimiter)).read(written).rows.map { $0.map(CSVFormulaGuard.restored) }
    // Blank lines are skipped on reading, so a record of one empty field does not come back.
    let expected = document.rows.filter { $0 != [""] }
    if again.filter({ $0 != [""] }) != expected {
        fatalError("CSV round trip changed the fields")
    }
    return 0
}
