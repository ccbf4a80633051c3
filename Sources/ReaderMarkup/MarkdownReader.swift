import CCmarkGFM
import ReaderCore

/// Reads Markdown (`.md`, `.markdown`) with cmark-gfm, GitHub's reference parser, into the
/// paragraph stream: strong is the editor's bold, links keep their addresses, code is literal.
/// GitHub's extensions are on (tables, strikethrough, autolinks, task lists, footnotes), as a
/// reader of Markdown expects. A `#` heading at the very top is the compilation's title; front
/// matter (`---` YAML or `+++` TOML) is skipped, its `title` used when there is no heading.
public struct MarkdownReader: MarkupReader {
  public init() {}

  public var input: InputFormat { .markdown }

  public func reads(path: String, start: UnsafeBufferPointer<UInt8>) -> Bool {
    FileName.hasExtension(path, ["md", "markdown"])
      || (FileName.hasNoExtension(path) && MarkdownSniff.looksLikeMarkdown(start))
  }

  public func prefixEnd(_ source: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Int? {
    MarkdownPrefix.end(source, atLeast: minimum)
  }

  public func render(_ source: UnsafeBufferPointer<UInt8>) -> RenderedText {
    var walk = MarkdownWalk()
    let frontMatter = FrontMatter(source)
    if let frontMatter {
      // The front matter's lines stay, blank, so that every line number after it is the file's.
      var rest = [UInt8](repeating: 0x0A, count: frontMatter.lineEnds)
      rest += source[frontMatter.length...]
      rest.withUnsafeBufferPointer { walkDocument($0, frontMatter: frontMatter, with: &walk) }
    } else {
      walkDocument(source, frontMatter: nil, with: &walk)
    }
    var text = walk.text
    text.lineCount = FileName.lineCount(source)
    if !text.takeLeadingHeading(level: 1), let title = frontMatter?.title {
      text.title = title
    }
    return text
  }

  private func walkDocument(
    _ source: UnsafeBufferPointer<UInt8>, frontMatter: FrontMatter?, with walk: inout MarkdownWalk
  ) {
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES
    guard let parser = cmark_parser_new(options) else { return }
    defer { cmark_parser_free(parser) }
    GitHubExtensions.attach(to: parser)
    source.withMemoryRebound(to: CChar.self) { chars in
      if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
    }
    guard let root = cmark_parser_finish(parser) else { return }
    FootnotePlacement.place(in: root)
    // A post whose text starts with no heading (a static site's post: its title and author
    // only in the front matter) is headed by them, as its `# Title` and `by …` would.
    if let frontMatter, let title = frontMatter.title,
      cmark_node_first_child(root).map({ cmark_node_get_type($0) != CMARK_NODE_HEADING }) ?? false
    {
      walk.addHead(
        title: title, line: frontMatter.titleLine,
        byline: frontMatter.author.map { ("by " + $0, frontMatter.authorLine) },
        date: frontMatter.date)
    }
    walk.run(root)
    cmark_node_free(root)
  }
}
