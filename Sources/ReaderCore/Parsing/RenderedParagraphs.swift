/// The paragraph stream of text a markup reader rendered: hands out the paragraphs it built,
/// in order. The whole source is parsed before the first paragraph (cmark and gumbo build
/// their trees in one go), so this reader only replays.
struct RenderedParagraphs: ParagraphReader {
  private let paragraphs: [Paragraph]
  private let end: Int
  private var index = 0
  let lineCount: Int

  init(_ rendered: RenderedText) {
    paragraphs = rendered.paragraphs
    end = rendered.bytes.count
    // A paragraph counts at least one line a break, which a web page's `<br>`s on one source
    // line can carry past the source's last line; so can the heading taken out as the title,
    // which the structure pass still makes the first article's first block.
    let titleEnd = rendered.titleHeading?.lastLine ?? 0
    lineCount = rendered.paragraphs.reduce(max(rendered.lineCount, titleEnd)) {
      max($0, $1.lastLine)
    }
  }

  var position: Int { index < paragraphs.count ? paragraphs[index].range.lowerBound : end }
  var isAtEnd: Bool { index >= paragraphs.count }

  mutating func next() -> Paragraph? {
    guard index < paragraphs.count else { return nil }
    defer { index += 1 }
    return paragraphs[index]
  }
}
