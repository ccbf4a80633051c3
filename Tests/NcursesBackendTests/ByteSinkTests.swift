import Testing

@testable import NcursesBackend

/// The encoder's output buffer keeps every byte in order across its growth.
@Suite struct ByteSinkTests {
  @Test func bytesSurviveGrowingPastTheFirstCapacity() {
    var sink = ByteSink(capacity: 64)
    var expected: [UInt8] = []
    for index in 0..<1000 {
      let byte = UInt8(truncatingIfNeeded: index &* 7)
      sink.append(byte)
      expected.append(byte)
      if index % 97 == 0 {
        let run = Array(repeating: UInt8(index % 256), count: index % 300)
        sink.append(contentsOf: run)
        expected += run
        sink.reserve(150)
        for offset in 0..<150 { sink.appendReserved(UInt8(offset)) }
        expected += (0..<150).map { UInt8($0) }
      }
    }
    var output: [UInt8] = [9]
    sink.copy(into: &output)
    #expect(sink.count == expected.count)
    #expect(output == [9] + expected)
  }

  @Test func decimalsAndCursorMotionsAreWrittenInPlace() {
    var sink = ByteSink(capacity: 1)
    sink.appendDecimal(0)
    sink.append(UInt8(ascii: " "))
    sink.appendDecimal(40_310)
    sink.appendANSIMove(0, 199)
    var output: [UInt8] = []
    sink.copy(into: &output)
    #expect(String(decoding: output, as: UTF8.self) == "0 40310\u{1B}[1;200H")
    #expect(ansiMove(11, 103) == Array("\u{1B}[12;104H".utf8))
  }
}
