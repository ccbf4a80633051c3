import CCmarkGFM
import ReaderCore

/// Reads Markdown (`.md`, `.markdown`) with cmark-gfm, GitHub's reference parser, into the
/// paragraph stream: strong is the editor's bold, links keep their addresses, code is literal.
/// A `#` heading at the very top is the compilation's title.
public struct MarkdownReader: MarkupReader {
  public init() {}

  public var input: InputFormat { .markdown }

  public func reads(path: String, start: UnsafeBufferPointer<UInt8>) -> Bool {
    FileName.hasExtension(path, ["md", "markdown"])
  }

  public func prefixEnd(_ source: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Int? {
    MarkdownPrefix.end(source, atLeast: minimum)
  }

  public func render(_ source: UnsafeBufferPointer<UInt8>) -> RenderedText {
    var walk = MarkdownWalk()
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
    let root = source.withMemoryRebound(to: CChar.self) { chars in
      // cmark wants a pointer even for no text.
      chars.baseAddress.map { cmark_parse_document($0, chars.count, options) }
        ?? cmark_parse_document("", 0, options)
    }
    if let root {
      walk.run(root)
      cmark_node_free(root)
    }
    var text = walk.text
    text.lineCount = FileName.lineCount(source)
    text.takeLeadingHeading(level: 1)
    return text
  }
}
