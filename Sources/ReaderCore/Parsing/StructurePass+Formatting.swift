extension StructurePass {
  /// The paragraph's marks without bold that covers all of it: on a title, byline, speaker
  /// line or section label that is the page's formatting, not the editor's highlight
  /// (FORMAT.md). Bold inside such a line still counts.
  func formatting(_ paragraph: Paragraph) -> [InlineMark] {
    guard !paragraph.marks.isEmpty else { return paragraph.marks }
    let whole = Bytes.trimmed(storage.bytes, paragraph.range)
    return paragraph.marks.filter { mark in
      mark.kind != .bold || mark.outer != whole
    }
  }
}
