extension StructurePass {
  /// The address of the paragraph's first link, for a related link read from Markdown or a
  /// web page; nil for plain text, which has no links.
  func linkAddress(in paragraph: Paragraph) -> String? {
    for mark in paragraph.marks {
      if case .link(let address) = mark.kind { return storage.string(address) }
    }
    return nil
  }

  /// The words of `range` as shown, without the markers of the paragraph's bold: a related
  /// link's title or note may hold a highlight (`Another **related** title [DATE]`), and
  /// its markers are not part of the title.
  func shownText(_ range: Range<Int>, in paragraph: Paragraph) -> String {
    let text = storage.bytes
    guard let clean = MarkerFreeText.bytes(text, range, marks: paragraph.marks) else {
      return Bytes.string(text, range)
    }
    return clean.withUnsafeBufferPointer { Bytes.string($0, 0..<$0.count) }
  }
}
