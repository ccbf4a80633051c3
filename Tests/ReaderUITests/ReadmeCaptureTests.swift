import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The README's captured screen is what the reader draws: it is checked against the same
/// frame `reader snapshot --size 110x30 --keys ']]'` prints, so the README cannot drift.
@Suite struct ReadmeCaptureTests {
  /// The README next to the package, read whole.
  private static func readme(file: String = #filePath) -> String? {
    var root = file.split(separator: "/", omittingEmptySubsequences: false)
    root.removeLast(3)
    guard let handle = fopen(root.joined(separator: "/") + "/README.md", "rb") else { return nil }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = fread(&buffer, 1, buffer.count, handle)
      if got <= 0 { break }
      bytes += buffer[0..<got]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func theCapturedScreenIsTheSampleAfterTwoHighlightJumps() throws {
    let readme = try #require(Self.readme())
    let start = try #require(readme.range(of: "```\n Articles (5)"))
    let rest = readme[readme.index(start.lowerBound, offsetBy: 4)...]
    let end = try #require(rest.range(of: "\n```"))
    let captured = rest[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
    let screen = try frame(.sample(), 110, 30, keys: "]]", options: sampleOptions)
    let drawn = screen.text().split(separator: "\n", omittingEmptySubsequences: false)
    let trimmed = { (row: Substring) in String(row.reversed().drop { $0 == " " }.reversed()) }
    #expect(captured.map(trimmed) == drawn.map(trimmed))
  }
}
