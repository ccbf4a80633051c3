import Foundation
import Testing

/// What a paragraph costs the real program: files of a million and of half a million
/// one-letter paragraphs, opened and read to their end (`G`); the difference of their peaks is
/// what half a million paragraphs add, whatever the program and runtime take (issue 14: a few
/// bytes a paragraph, so that 3 million of them in 9 MB peak under 4 × the file + 64 MB).
@Suite struct ParagraphMemoryTests {
  /// The most a one-letter paragraph may add to the peak: its 3 bytes of text, its block and
  /// span (20 bytes packed) and about a byte of row counts, with room for the allocator. The
  /// records unpacked (24 and 12 bytes) took 40.
  static let bytesPerParagraph = 32

  @Test func aMillionOneLetterParagraphsCostAFewBytesEach() throws {
    let scratch = try Scratch()
    let paragraphs = 500_000
    try scratch.write(String(repeating: "a\n\n", count: paragraphs), to: "half.txt")
    try scratch.write(String(repeating: "a\n\n", count: 2 * paragraphs), to: "many.txt")
    func peakKiB(_ name: String) throws -> Int {
      let path = scratch.directory.appendingPathComponent(name).path
      let output = scratch.directory.appendingPathComponent(name + ".out").path
      let errors = scratch.directory.appendingPathComponent(name + ".err").path
      let run = try runToFilesMeasured(
        EndToEnd.readerPath, ["snapshot", "--size", "200x60", "--keys", "G", path],
        stdout: output, stderr: errors, seconds: 300)
      #expect(run.exitCode == 0, "reader snapshot \(name) exited with \(run.exitCode)")
      return run.peakKiB
    }
    let base = try peakKiB("half.txt")
    let many = try peakKiB("many.txt")
    let perParagraph = Double(many - base) * 1024 / Double(paragraphs)
    #expect(
      perParagraph <= Double(Self.bytesPerParagraph),
      "peak \(many) KiB against \(base) KiB for half as many: \(perParagraph) bytes a paragraph")
  }
}
