extension StructurePass {
  /// The paragraph's marks without bold that covers all of it: on a title, byline, speaker
  /// line or section label that is the page's formatting, not the editor's highlight
  /// (FORMAT.md). Bold inside such a line still counts.
  func formatting(_ paragraph: Paragraph) -> [InlineMark] {
    guard !paragraph.marks.isEmpty else { return paragraph.marks }
    let whole = Bytes.trimmed(storage.bytes, paragraph.range)
    return paragraph.marks.compactMap { mark in
      guard mark.kind == .bold, mark.outer == whole else { return mark }
      // A bold title that is a link stays a link.
      return mark.linkAddress.map {
        InlineMark(kind: .link(address: $0), content: mark.content, outer: mark.outer)
      }
    }
  }
}
