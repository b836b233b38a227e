import RapportCore
import XCTest

/// JSONTestSuite (Nicolas Seriot): y_ must parse, n_ must be rejected with a JSONSyntaxError,
/// i_ must not crash and must follow the choices documented on `JSONParser`.
final class JSONConformanceTests: XCTestCase {
    func testAcceptsEveryYFile() throws {
        let files = try JSONFixtures.files(withPrefix: "y_")
        XCTAssertGreaterThan(files.count, 90)
        for file in files {
            XCTAssertNoThrow(try JSONParser.parse(file.bytes), file.name)
        }
    }

    func testRejectsEveryNFileWithAPositionedError() throws {
        let files = try JSONFixtures.files(withPrefix: "n_")
        XCTAssertGreaterThan(files.count, 180)
        for file in files {
            do {
                let value = try JSONParser.parse(file.bytes)
                XCTFail("\(file.name) was accepted as \(value)")
            } catch {
                XCTAssertGreaterThanOrEqual(error.line, 1, file.name)
                XCTAssertGreaterThanOrEqual(error.column, 1, file.name)
                XCTAssertLessThanOrEqual(error.offset, file.bytes.count, file.name)
                XCTAssertFalse(error.message.isEmpty, file.name)
            }
        }
    }

    func testImplementationDefinedFilesFollowTheDocumentedChoices() throws {
        let files = try JSONFixtures.files(withPrefix: "i_")
        XCTAssertGreaterThan(files.count, 30)
        // Accepted: BOM skipped, lone surrogate escapes -> U+FFFD, huge integers -> Double,
        // underflow -> 0, 500 nesting levels (< 512).
        let accepted: Set<String> = [
            "i_number_double_huge_neg_exp.json", "i_number_real_underflow.json",
            "i_number_too_big_neg_int.json", "i_number_too_big_pos_int.json",
            "i_number_very_big_negative_int.json",
            "i_object_key_lone_2nd_surrogate.json", "i_string_1st_surrogate_but_2nd_missing.json",
            "i_string_1st_valid_surrogate_2nd_invalid.json", "i_string_incomplete_surrogate_and_escape_valid.json",
            "i_string_incomplete_surrogate_pair.json", "i_string_incomplete_surrogates_escape_valid.json",
            "i_string_invalid_lonely_surrogate.json", "i_string_invalid_surrogate.json",
            "i_string_inverted_surrogates_U+1D11E.json", "i_string_lone_second_surrogate.json",
            "i_structure_500_nested_arrays.json", "i_structure_UTF-8_BOM_empty_object.json",
        ]
        for file in files {
            let result = Result { () throws(JSONSyntaxError) in try JSONParser.parse(file.bytes) }
            switch result {
            case .success:
                XCTAssertTrue(accepted.contains(file.name), "\(file.name) should be rejected")
            case .failure(let error):
                XCTAssertFalse(accepted.contains(file.name), "\(file.name) should be accepted: \(error)")
            }
        }
    }

    func testWriterRoundTripsEveryYFile() throws {
        for file in try JSONFixtures.files(withPrefix: "y_") {
            let value = try JSONParser.parse(file.bytes)
            let written = try JSONWriter.write(value)
            XCTAssertEqual(try JSONParser.parse(written), value, file.name)
            XCTAssertEqual(try JSONWriter.write(try JSONParser.parse(written)), written, "\(file.name): writing is stable")
        }
    }
}
