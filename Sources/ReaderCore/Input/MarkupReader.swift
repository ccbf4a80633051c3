/// A reader for an input format other than plain text (Markdown, web pages), supplied by the
/// caller of `DocumentLoader` so that this module never links a markup parser.
///
/// It renders the whole source into `RenderedText`: the text shown and the paragraph stream
/// over it, which the shared structure pass reads as it reads plain text.
public protocol MarkupReader: Sendable {
  /// What the document says it was read as.
  var input: InputFormat { get }
  /// Whether this reader takes the file at `path` (`-` for standard input) that starts with
  /// `start` (its first few KiB, byte order mark included).
  func reads(path: String, start: UnsafeBufferPointer<UInt8>) -> Bool
  /// The encoding the source declares for itself (a web page's `<meta charset>`), if any.
  func declaredEncoding(_ source: UnsafeBufferPointer<UInt8>) -> TextEncoding?
  /// Renders `source`, which is UTF-8 (converted before, when the file was not).
  func render(_ source: UnsafeBufferPointer<UInt8>) -> RenderedText
  /// Where a prefix of `source` of at least `minimum` bytes may end so that it renders as the
  /// start of the whole (a boundary between blocks), for a first frame that does not wait for
  /// the whole file; nil when there is none.
  func prefixEnd(_ source: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Int?
}

extension MarkupReader {
  public func declaredEncoding(_ source: UnsafeBufferPointer<UInt8>) -> TextEncoding? { nil }
  public func prefixEnd(_ source: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Int? {
    nil
  }
}

extension [any MarkupReader] {
  /// The first reader that takes this file.
  func reader(for path: String, start: UnsafeBufferPointer<UInt8>) -> (any MarkupReader)? {
    first { $0.reads(path: path, start: start) }
  }
}
