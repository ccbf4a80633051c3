/// Whether a paragraph is running prose: what a piece's text is made of, and what a title
/// page, a dedication or a table of contents is not.
///
/// Prose is either a wrapped paragraph (three lines or more, at least `minimumWrapped` bytes,
/// its first line not indented, as a contents list or an epigraph is) or one long unwrapped
/// line, as files that keep a paragraph on one line have.
enum ProseParagraph {
  static let minimumWrapped = 240
  static let minimumUnwrapped = 300

  static func matches(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Bool {
    let length = paragraph.range.count
    if paragraph.isSingleLine { return length >= minimumUnwrapped }
    guard paragraph.breaks.count >= 2, length >= minimumWrapped else { return false }
    let start = paragraph.range.lowerBound
    return start == 0 || Bytes.isLineBreak(text[start - 1])
      || (start >= 2 && Bytes.isLineBreak(text[start - 2]) && Bytes.isSpace(text[start - 1]))
  }
}
