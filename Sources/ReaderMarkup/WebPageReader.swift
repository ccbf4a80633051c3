import CGumbo
import ReaderCore

/// Reads a saved web page (`.html`, `.htm`, or a file that starts like HTML) with gumbo, an
/// HTML5 parser: the post only, without the site around it, into the paragraph stream. The
/// post's `<h1>` (else a lower heading classed as its title), else the page's `<title>`
/// without the site name, is the compilation's title.
/// A post of several `<article>`s is read whole, each piece an article; the page's `<h1>`
/// outside them is then the title.
public struct WebPageReader: MarkupReader {
  public init() {}

  public var input: InputFormat { .html }

  public func reads(path: String, start: UnsafeBufferPointer<UInt8>) -> Bool {
    FileName.hasExtension(path, ["html", "htm", "xhtml"]) || Self.startsLikeHTML(start)
  }

  public func declaredEncoding(_ source: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
    CharsetDeclaration.encoding(in: source)
  }

  public func prefixEnd(_ source: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Int? {
    WebPagePrefix.end(source, atLeast: minimum)
  }

  public func render(_ source: UnsafeBufferPointer<UInt8>) -> RenderedText {
    var walk = WebPageWalk()
    walk.text.joinsBoldRuns = true
    var title: String?
    // A blog theme may head its post lower than `<h1>`; such a heading is the title only where
    // it opens the text, and the page's `<title>` otherwise.
    var titleLevel = 1
    source.withMemoryRebound(to: CChar.self) { chars in
      withUnsafePointer(to: kGumboDefaultOptions) { options in
        guard let base = chars.baseAddress,
          let output = gumbo_parse_with_options(options, base, chars.count)
        else { return }
        defer { gumbo_destroy_output(options, output) }
        guard let root = output.pointee.root else { return }
        let weights = ClassWeights(page: root)
        let posts = PostFinder.posts(in: root)
        guard posts.count > 1, let container = PostFinder.container(of: posts) else {
          let heading = PostFinder.heading(in: posts[0])
          title = heading?.level == 1 ? heading?.text : PostFinder.pageTitle(in: root)
          titleLevel = heading?.level ?? 1
          walk = WebPageWalk(readsPostHeader: true, classWeights: weights)
          walk.text.joinsBoldRuns = true
          if heading == nil, let title,
            let outside = OutsideTitle.heading(before: posts[0], in: root, matching: title)
          {
            walk.runHeading(outside)
            if let credits = OutsideTitle.readerCredits(in: root) {
              walk.text.appendByline(credits.byline, sourceLine: credits.line)
            }
          }
          walk.run(posts[0])
          return
        }
        title = PostFinder.heading(outside: posts, in: root) ?? PostFinder.pageTitle(in: root)
        // Each piece's `<header>` holds its own title and byline; the element around the
        // pieces holds what the post says before, between and after them.
        walk = WebPageWalk(keepsArticleHeaders: true, pieces: Set(posts), classWeights: weights)
        walk.text.joinsBoldRuns = true
        walk.run(container)
      }
    }
    var text = walk.text
    text.lineCount = FileName.lineCount(source)
    // A digest's pieces may each open with an `<h1>`, which stays its piece's title.
    if !text.takeLeadingHeading(level: titleLevel) { text.title = title }
    return text
  }

  /// `<!doctype html` or `<html` after a byte order mark, whitespace, and any comments or XML
  /// declaration before it (a browser's `<!-- saved from url=… -->`, XHTML's `<?xml …?>`), in
  /// any case.
  static func startsLikeHTML(_ start: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if start.count >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF { index = 3 }
    func skipSpace() {
      while index < start.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(start[index]) {
        index += 1
      }
    }
    skipSpace()
    // At most a few comments, each closed within the start read.
    for _ in 0..<8 {
      let opener: (open: [UInt8], close: [UInt8])
      if starts(start, at: index, with: Array("<!--".utf8)) {
        opener = (Array("<!--".utf8), Array("-->".utf8))
      } else if starts(start, at: index, with: Array("<?xml".utf8)) {
        opener = (Array("<?xml".utf8), Array("?>".utf8))
      } else {
        break
      }
      guard let close = find(opener.close, in: start, from: index + opener.open.count) else {
        return false
      }
      index = close + opener.close.count
      skipSpace()
    }
    let rest = start[index..<min(start.count, index + 14)].map { $0 | 0x20 }
    return rest.starts(with: Array("<!doctype html".utf8))
      || rest.starts(with: Array("<html".utf8))
  }

  private static func starts(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with literal: [UInt8]
  ) -> Bool {
    index + literal.count <= bytes.count
      && bytes[index..<index + literal.count].elementsEqual(literal)
  }

  private static func find(
    _ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from index: Int
  ) -> Int? {
    guard index + literal.count <= bytes.count else { return nil }
    return (index...(bytes.count - literal.count)).first { starts(bytes, at: $0, with: literal) }
  }
}
