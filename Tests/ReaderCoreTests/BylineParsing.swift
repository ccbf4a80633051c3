@testable import ReaderCore

/// `line` read as a one-line byline paragraph, as the structure pass hands one over.
func parsedByline(_ line: String) -> Byline? {
  let storage = TextStorage(copying: Array(line.utf8))
  let paragraph = Paragraph(range: 0..<storage.count, firstLine: 1, lastLine: 1)
  return BylineParser.parse(storage.bytes, paragraph)
}
