import ReaderCore

extension Document {
  /// Each link's words and address, in order, as `words → address`.
  var linkTexts: [String] {
    (0..<links.count).map { index in
      let link = links[index]
      return text(of: spans[link.span]) + " → " + address(of: link)
    }
  }

  /// The blocks of article `number` (1-based), each as its text.
  func blockTexts(ofArticle number: Int) -> [String] {
    articles[number - 1].blocks.map { text(of: blocks[$0]) }
  }
}
