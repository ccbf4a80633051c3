import ReaderCore
import ReaderMarkup

/// Reads `text` as the file `name` would be read by the `reader` command.
func load(_ text: String, as name: String) throws -> Document {
  try DocumentLoader.parse(bytes: Array(text.utf8), source: name, readers: MarkupReaders.all)
}

/// Reads raw bytes as the file `name`.
func load(bytes: [UInt8], as name: String) throws -> Document {
  try DocumentLoader.parse(bytes: bytes, source: name, readers: MarkupReaders.all)
}

extension Document {
  /// Every highlight's text, in order.
  var highlightTexts: [String] { highlights.map { text(of: $0) } }

  /// Every block's text, in order.
  var blockTexts: [String] { blocks.map { text(of: $0) } }
}
