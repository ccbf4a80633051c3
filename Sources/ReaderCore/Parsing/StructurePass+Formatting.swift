extension StructurePass {
  /// The paragraph's marks with bold that covers all of it as formatting: on a title, byline,
  /// speaker line or section label that is the page's, not the editor's highlight (FORMAT.md).
  /// On a byline, bold over just its names (`by **Ann Lee**`) is formatting too; `names` are
  /// the byline's authors. Other bold inside such a line still counts.
  func formatting(_ paragraph: Paragraph, names: [String] = []) -> [InlineMark] {
    guard !paragraph.marks.isEmpty else { return paragraph.marks }
    let whole = Bytes.trimmed(storage.bytes, paragraph.range)
    return paragraph.marks.compactMap { mark in
      guard mark.kind == .bold,
        mark.outer == whole || isNames(mark.content, names)
          || (!names.isEmpty && isLeadingBy(mark, in: whole))
      else {
        return mark
      }
      return asFormatting(mark)
    }
  }

  /// Whether `mark` is a byline's `by` alone in bold at its start (`**by** Sam Whitlock`,
  /// `<b>By</b> Ann Lee`): the page's way of setting the credit, no highlight of the editor's.
  private func isLeadingBy(_ mark: InlineMark, in whole: Range<Int>) -> Bool {
    let bytes = storage.bytes
    let content = Bytes.trimmed(bytes, mark.content)
    guard mark.outer.lowerBound == whole.lowerBound, content.count == 2 else { return false }
    return bytes[content.lowerBound] | 0x20 == UInt8(ascii: "b")
      && bytes[content.lowerBound + 1] | 0x20 == UInt8(ascii: "y")
  }

  /// A speaker line's marks with bold over the whole line, its name, or its role and name
  /// (the colon inside or not) as formatting: `**Minister Carl Strong**:`,
  /// `Mayor **Lisa Grant:**`.
  func formatting(_ paragraph: Paragraph, speaker: SpeakerLine) -> [InlineMark] {
    let bytes = storage.bytes
    let whole = Bytes.trimmed(bytes, paragraph.range)
    let roleAndName =
      (speaker.role?.lowerBound ?? speaker.name.lowerBound)..<speaker.name.upperBound
    return paragraph.marks.compactMap { mark in
      guard mark.kind == .bold else { return mark }
      var content = Bytes.trimmed(bytes, mark.content)
      if content.count > 1 && bytes[content.upperBound - 1] == UInt8(ascii: ":") {
        content = Bytes.trimmed(bytes, content.lowerBound..<content.upperBound - 1)
      }
      guard mark.outer == whole || content == speaker.name || content == roleAndName else {
        return mark
      }
      return asFormatting(mark)
    }
  }

  /// `mark`, bold that is the page's formatting: a link when it is one, else plain words whose
  /// markers stay hidden, or nothing when it has no markers to hide.
  private func asFormatting(_ mark: InlineMark) -> InlineMark? {
    // A bold title that is a link stays a link.
    if let address = mark.linkAddress {
      return InlineMark(kind: .link(address: address), content: mark.content, outer: mark.outer)
    }
    // Markers in the buffer (plain text's `**`) must still be hidden.
    guard mark.outer != mark.content else { return nil }
    var plain = mark
    plain.isFormatting = true
    return plain
  }

  /// Where a section label's word stands: inside bold that covers the whole line
  /// (`**Related**`), else the paragraph.
  func labelRange(_ paragraph: Paragraph) -> Range<Int> {
    let whole = Bytes.trimmed(storage.bytes, paragraph.range)
    guard paragraph.marks.count == 1, let mark = paragraph.marks.first, mark.kind == .bold,
      mark.outer == whole
    else { return paragraph.range }
    return Bytes.trimmed(storage.bytes, mark.content)
  }

  /// Whether `range` holds only names of `names` (and perhaps the `by` before them).
  private func isNames(_ range: Range<Int>, _ names: [String]) -> Bool {
    guard !names.isEmpty else { return false }
    var text = Substring(Bytes.foldedString(storage.bytes, range))
    if text.lowercased().hasPrefix("by ") { text = text.dropFirst(3) }
    guard let list = AuthorList.parse(String(text), allowingLowercase: true),
      list.description == nil
    else { return false }
    return list.authors.allSatisfy(names.contains)
  }
}
