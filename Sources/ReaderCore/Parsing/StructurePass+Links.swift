extension StructurePass {
  /// The address of the paragraph's first link, for a related link read from Markdown or a
  /// web page; nil for plain text, which has no links.
  func linkAddress(in paragraph: Paragraph) -> String? {
    for mark in paragraph.marks {
      if case .link(let address) = mark.kind { return storage.string(address) }
    }
    return nil
  }
}
