@testable import ReaderCore

/// Parses `text` as a compilation read from memory.
func parse(_ text: String, source: String = "test.txt") throws -> Document {
  try DocumentLoader.parse(bytes: Array(text.utf8), source: source)
}

extension Document {
  /// The plain text of every block of `kind` in the article at `article`, in order.
  func texts(_ kind: BlockKind, article: Int) -> [String] {
    blocks[articles[article].blocks].filter { $0.kind == kind }.map { text(of: $0) }
  }

  /// The kinds of the article's blocks, in order.
  func kinds(article: Int) -> [BlockKind] {
    blocks[articles[article].blocks].map(\.kind)
  }

  /// Every highlight's phrase, in number order.
  var highlightTexts: [String] { highlights.map { text(of: $0) } }
}
