/// The lines a distributor (Project Gutenberg and its mirrors) puts around the work it hands
/// out: `*** START OF THE PROJECT GUTENBERG EBOOK …` after its header, and
/// `*** END OF …` or `End of the Project Gutenberg EBook of …` before its licence.
///
/// Everything before the start line, and the title page and contents after it, is the
/// document's front matter; everything from the end line on is its back matter. The shape is
/// three or more asterisks then `START OF` or `END OF`, or a paragraph opening with
/// `End of Project Gutenberg` / `End of the Project Gutenberg`.
enum DistributorMarker: Equatable {
  case start
  case end

  private static let startOf = Array("start of".utf8)
  private static let endOf = Array("end of".utf8)
  private static let endOfProject = Array("end of project gutenberg".utf8)
  private static let endOfTheProject = Array("end of the project gutenberg".utf8)

  private static let distributor = Array("project gutenberg".utf8)

  /// Whether `paragraph`, the first of a file, opens a distributor's header: its first line
  /// names the distributor (`The Project Gutenberg EBook of …`).
  static func opensHeader(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Bool {
    Bytes.find(
      distributor, in: text, paragraph.range.lowerBound..<paragraph.firstLineEnd,
      ignoringCase: true) != nil
  }

  static func parse(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Self? {
    let start = paragraph.range.lowerBound
    let limit = paragraph.firstLineEnd
    if Bytes.matches(text, at: start, endOfProject, limit: limit)
      || Bytes.matches(text, at: start, endOfTheProject, limit: limit)
    {
      return .end
    }
    var index = start
    while index < limit && text[index] == UInt8(ascii: "*") { index += 1 }
    guard index - start >= 3 else { return nil }
    while index < limit && Bytes.isSpace(text[index]) { index += 1 }
    if Bytes.matches(text, at: index, startOf, limit: limit) { return .start }
    if Bytes.matches(text, at: index, endOf, limit: limit) { return .end }
    return nil
  }
}
