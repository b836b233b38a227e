import Foundation
import RapportCore
import XCTest

final class JSONValueTests: XCTestCase {
    func testAccessors() {
        let value: JSONValue = ["n": .null, "b": true, "i": 7, "d": 2.5, "s": "x", "a": [1, 2], "o": ["k": "v"]]
        XCTAssertEqual(value["n"]?.isNull, true)
        XCTAssertEqual(value["b"]?.boolValue, true)
        XCTAssertEqual(value["i"]?.integerValue, 7)
        XCTAssertEqual(value["i"]?.doubleValue, 7.0)
        XCTAssertEqual(value["d"]?.doubleValue, 2.5)
        XCTAssertNil(value["d"]?.integerValue, "2.5 is not an integer")
        XCTAssertEqual(JSONValue.double(3).integerValue, 3)
        XCTAssertEqual(value["s"]?.stringValue, "x")
        XCTAssertEqual(value["a"]?[1], 2)
        XCTAssertNil(value["a"]?[2])
        XCTAssertNil(value["a"]?[-1])
        XCTAssertEqual(value["o"]?["k"], "v")
        XCTAssertEqual(value["a"]?.arrayValue?.count, 2)
        XCTAssertEqual(value["o"]?.objectValue?.count, 1)
        XCTAssertNil(value["missing"])
        XCTAssertNil(value["s"]?["k"])
        XCTAssertNil(value["s"]?.boolValue)
        XCTAssertEqual(value["o"]?.kindDescription, "an object")
    }

    func testIntegerAndDoubleAreDistinctValues() {
        XCTAssertNotEqual(JSONValue.integer(1), JSONValue.double(1))
        XCTAssertEqual(JSONValue.double(0), JSONValue.double(-0.0))
    }

    func testEmptyInputsOfEveryKind() {
        XCTAssertThrowsError(try JSONParser.parse(Data())) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.message, "empty file: expected a JSON value")
        }
        XCTAssertThrowsError(try JSONParser.parse([UInt8]()))
        XCTAssertThrowsError(try JSONParser.parse(""))
    }
}
