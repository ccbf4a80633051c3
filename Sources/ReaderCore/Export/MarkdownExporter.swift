/// Writes a document as Markdown, for reading or pasting elsewhere.
///
/// Each article is a `##` heading (its title, three blank lines before it), then an italic
/// byline line (`*by NAME — DATE*`) wherever the source had it, then other heading lines
/// (a series number, a label) as `###` headings, the
/// editor's note as an italic block quote in the note's own shape (`(NOTE — NAME)`), the dek in italics, the body with highlights as `**bold**`,
/// speaker blocks as block quotes attributed `— Speaker, Role`, related links as a list, and
/// each stanza of verse as one paragraph whose lines end in hard breaks.
/// `Source` lines are dropped (the attribution replaces them). Markdown's own characters in
/// the text are escaped where Markdown would read them as markup, so literal `**` stays
/// literal, and controls are written visibly (`MarkdownText`).
public enum MarkdownExporter {
  /// The document as Markdown, ending in a newline.
  /// `annotations`: your highlights and notes, each put under its article (the orphaned ones
  /// at the end).
  public static func export(_ document: Document, annotations: [AnnotationRecord] = []) -> String {
    // The compilation's own title (Markdown's `#`, a page's `<h1>`); plain text has none.
    var output: [String] = document.title.map { ["# " + escaped($0)] } ?? []
    var yours: [Int: [AnnotationRecord]] = [:]
    for record in annotations where record.orphaned != true {
      yours[record.article, default: []].append(record)
    }
    var compilationLinks: [Int: RelatedLink] = [:]
    for link in document.related { compilationLinks[link.block] = link }
    let compilationHeading = compilationHeading(document)
    var articleLinks: [Int: RelatedLink] = [:]
    for article in document.articles {
      for link in article.related { articleLinks[link.block] = link }
    }
    // Paragraphs of one speaker's quote join into one block quote; related links into one list.
    var openQuote: Int32 = -1
    var inLinkList = false
    func append(_ text: String, quote: Int32 = -1, link: Bool = false) {
      if quote >= 0 && quote == openQuote, let last = output.popLast() {
        output.append(last + "\n>\n" + text)
      } else if link && inLinkList, let last = output.popLast() {
        output.append(last + "\n" + text)
      } else {
        output.append(text)
      }
      openQuote = quote
      inLinkList = link
    }
    for article in document.articles {
      let titleBlock = ArticleHeading.titleBlock(of: article, in: document)
      for index in article.blocks {
        let block = document.blocks[index]
        switch block.kind {
        case .title where index == titleBlock:
          // Three blank lines before the heading, and the byline right under it, so that the
          // article reads back as one whether or not it has a byline (ArticleHeading).
          // (The first article needs no gap: nothing comes before it to run on from.)
          let gap = article.number == document.articles.first?.number ? "" : "\n\n"
          let length =
            ArticleHeading.titleLength(of: article, in: index, document)
            ?? FoldedBlock(block: index, in: document).text.unicodeScalars.count
          append(gap + "## " + inline(index, document, within: 0..<length))
          if !article.authors.isEmpty { append("*" + byline(article) + "*") }
          // What the title line held after the title (a source line run on) stays as text.
          let rest = ArticleHeading.textAfterTitle(in: index, titleLength: length, document)
          if !rest.isEmpty { append(inline(index, document, atLineStart: true, within: rest)) }
          for label in article.blocks.lowerBound..<index
          where document.blocks[label].kind == .title {
            append(ArticleHeading.label(inline(label, document)))
          }
        case .title where titleBlock.map { index < $0 } ?? false:
          continue  // written under the byline
        case .title:
          append(ArticleHeading.label(inline(index, document)))
        case .byline:
          continue
        case .editorNote:
          // FORMAT.md's shape, `(NOTE — NAME)`, so that reading the export back finds the
          // note and its editor again.
          let signature = document.editor.map { " — " + escaped($0.name) } ?? ""
          append("> *(" + inline(index, document) + signature + ")*")
        case .dek:
          append("*" + inline(index, document) + "*")
        case .bio, .paragraph:
          append(inline(index, document, atLineStart: true))
        case .heading:
          // Below the articles' `##`, so that it reads back as a heading that starts none.
          append("### " + inline(index, document))
        case .verse:
          // A stanza is one Markdown paragraph whose lines end in hard breaks (`\`).
          let indent = String(repeating: "\u{A0}", count: Int(block.indent))
          var body = inline(index, document, atLineStart: block.indent == 0)
          let previous = index > article.blocks.lowerBound ? document.blocks[index - 1] : nil
          if let previous, previous.kind == .verse, previous.lastLine + 1 == block.firstLine,
            var last = output.popLast()
          {
            // A highlight across the break stays one: `**a\` / `b**`, not `**a**\` / `**b**`,
            // which reads back as two.
            if Self.highlightContinues(from: previous, to: block, document) {
              // Bold written as a tag (`MarkdownText`) joins the same way.
              for (close, open) in [("**", "**"), ("</b>", "<b>")]
              where last.hasSuffix(close) && body.hasPrefix(open) {
                last.removeLast(close.count)
                body.removeFirst(open.count)
                break
              }
            }
            output.append(last + "\\\n" + indent + body)
          } else {
            append(indent + body)
          }
        case .listItem:
          let item = String(repeating: " ", count: Int(block.indent)) + inline(index, document)
          append(block.quote >= 0 ? "> " + item : item, quote: block.quote)
          if block.quote >= 0, document.quotes[Int(block.quote)].blocks.last == index,
            let signed = attribution(Int(block.quote), document)
          {
            append(signed, quote: block.quote)
          }
        case .speaker:
          let quote = document.quotes[Int(block.quote)]
          if quote.blocks.isEmpty, let signed = attribution(Int(block.quote), document) {
            append(signed)
          }
        case .speakerQuote:
          append("> " + inline(index, document, atLineStart: true), quote: block.quote)
          let quote = document.quotes[Int(block.quote)]
          if quote.blocks.last == index, let signed = attribution(Int(block.quote), document) {
            append(signed, quote: block.quote)
          }
        case .source:
          continue
        case .relatedHeading:
          let heading = inline(index, document)
          append(index == compilationHeading ? "## " + heading : "### " + heading)
        case .relatedLink:
          if let link = compilationLinks[index] ?? articleLinks[index] {
            append(listEntry(link, document), link: true)
          }
        }
      }
      if let mine = yours[article.number] {
        append(AnnotationExport.markdownSection(mine))
      }
    }
    let orphaned = annotations.filter { $0.orphaned == true }
    if !orphaned.isEmpty {
      append(
        (["## Your highlights whose text is gone"]
          + orphaned.map {
            "*" + escaped($0.articleTitle) + "*\n\n" + AnnotationExport.markdown($0)
          }).joined(separator: "\n\n"))
    }
    return output.isEmpty ? "" : output.joined(separator: "\n\n") + "\n"
  }

  /// The heading that opens the compilation's own links: the last related heading before the
  /// first of `Document.related`.
  private static func compilationHeading(_ document: Document) -> Int? {
    guard let first = document.related.first?.block else { return nil }
    return document.blocks[..<first].lastIndex { $0.kind == .relatedHeading }
  }

  private static func byline(_ article: Article) -> String {
    var text = "by " + escaped(article.authors.joined(separator: " and "))
    if let description = article.authorDescription { text += ", " + escaped(description) }
    // A name in lower case (`bell hooks`) is read as a byline only beside a bracketed date.
    let bracketed = article.authors.contains {
      !NameWord.startsName(PlainNameText.split($0, on: " "))
    }
    if let date = article.date {
      text += bracketed ? " [" + date.iso + "]" : " — " + date.iso
    } else if let written = article.dateText {
      // A date that is no date (`2025-02-29`) is told from the names only by its brackets.
      text += " [" + escaped(written) + "]"
    }
    return text
  }

  /// `> — Speaker, Role`; nil for a quote whose text names nobody (a block quote).
  /// Whether one highlight of the editor's ends `block` and starts `next`, the line after it.
  private static func highlightContinues(from block: Block, to next: Block, _ document: Document)
    -> Bool
  {
    guard let end = block.spans.last, let start = next.spans.first else { return false }
    let ending = document.spans[end]
    let starting = document.spans[start]
    return ending.style == .highlight && starting.style == .highlight
      && ending.highlight == starting.highlight
  }

  /// `> — Speaker, Role` for quote `index`; the editor's bold in its speaker line
  /// (`Mayor of **Oslo** Ann Lee:`) stays bold in the words it covers.
  private static func attribution(_ index: Int, _ document: Document) -> String? {
    let quote = document.quotes[index]
    guard quote.speaker != nil || quote.role != nil else { return nil }
    let phrases = speakerLine(of: index, document).map { boldPhrases(in: $0, document) } ?? []
    var text = "> — " + withBold(quote.speaker ?? "", phrases)
    if let role = quote.role { text += ", " + withBold(role, phrases) }
    return text
  }

  /// The speaker block of quote `index`: the line above its words, or the signature under.
  private static func speakerLine(of index: Int, _ document: Document) -> Int? {
    let quote = document.quotes[index]
    for block in [quote.blocks.lowerBound - 1, quote.blocks.upperBound]
    where block >= 0 && block < document.blocks.count {
      let found = document.blocks[block]
      if found.kind == .speaker && Int(found.quote) == index { return block }
    }
    return nil
  }

  /// The highlighted phrases of `block`, as its folded text has them.
  private static func boldPhrases(in block: Int, _ document: Document) -> [[Unicode.Scalar]] {
    let folded = FoldedBlock(block: block, in: document)
    let scalars = Array(folded.text.unicodeScalars)
    return folded.marks.compactMap { mark in
      let span = document.spans[mark.span]
      guard span.style == .highlight, span.highlight >= 0, mark.start < mark.end else { return nil }
      return Array(scalars[mark.start..<mark.end])
    }
  }

  /// `text` escaped, with the first place each of `phrases` stands in it in `**`.
  private static func withBold(_ text: String, _ phrases: [[Unicode.Scalar]]) -> String {
    let scalars = Array(text.unicodeScalars)
    var strong: [Range<Int>] = []
    for phrase in phrases where !phrase.isEmpty && phrase.count <= scalars.count {
      let found = (0...scalars.count - phrase.count).first { start in
        !strong.contains { $0.overlaps(start..<start + phrase.count) }
          && scalars[start..<start + phrase.count].elementsEqual(phrase)
      }
      if let found { strong.append(found..<found + phrase.count) }
    }
    return MarkdownText.escaped(text, strong: strong.sorted { $0.lowerBound < $1.lowerBound })
  }

  private static func listEntry(_ link: RelatedLink, _ document: Document) -> String {
    // The title and the note are the block's first and last words: written from the block,
    // they keep its highlights as `**bold**` (and links as links), which read back.
    let shown = FoldedBlock(block: link.block, in: document).text.unicodeScalars
    let titleCount = link.title.unicodeScalars.count
    let title =
      shown.starts(with: link.title.unicodeScalars)
      ? inline(link.block, document, atLineStart: true, within: 0..<titleCount)
      : escaped(link.title, atLineStart: true)
    var text = "- " + title
    // `TITLE [DATE] note`, as FORMAT.md writes a related link, so that it reads back.
    var note: String?
    if let written = link.note {
      let count = written.unicodeScalars.count
      note =
        shown.reversed().starts(with: written.unicodeScalars.reversed())
        ? inline(link.block, document, within: shown.count - count..<shown.count)
        : escaped(written)
    }
    if let date = link.date {
      text += " [" + date.iso + "]"
      if let note { text += " " + note }
    } else if let note {
      text += " — " + note
    }
    return text
  }

  /// A block's text with highlights in `**` and links as `[words](address)`, soft line breaks
  /// folded, escaped as `MarkdownText` says. `atLineStart`: the text begins a line of the output.
  /// `within`: only these scalars of the folded text (a related link's title or note).
  private static func inline(
    _ block: Int, _ document: Document, atLineStart: Bool = false, within: Range<Int>? = nil
  ) -> String {
    let folded = FoldedBlock(block: block, in: document)
    let scalars = Array(folded.text.unicodeScalars)
    // A highlight cut by a link inside it, and a link cut by bold inside it, are written
    // whole again (`**delta [epsilon](u) zeta**`, `[alpha **beta** gamma](u)`): pieces of one
    // highlight, and touching pieces of one address, are joined.
    var highlights: [(range: Range<Int>, number: Int32)] = []
    var links: [(range: Range<Int>, address: String)] = []
    for mark in folded.marks where mark.start < mark.end {
      let span = document.spans[mark.span]
      if let link = mark.link {
        let address = document.address(of: document.links[link])
        if let last = links.last, last.address == address, last.range.upperBound == mark.start {
          links[links.count - 1].range = last.range.lowerBound..<mark.end
        } else {
          links.append((mark.start..<mark.end, address))
        }
      }
      guard span.style == .highlight else { continue }
      if let last = highlights.last, last.number == span.highlight,
        scalars[last.range.upperBound..<mark.start].allSatisfy({ $0.properties.isWhitespace })
      {
        highlights[highlights.count - 1].range = last.range.lowerBound..<mark.end
      } else {
        highlights.append((mark.start..<mark.end, span.highlight))
      }
    }
    var strong: [Range<Int>] = []
    for highlight in highlights {
      // Markdown's `**` must touch the phrase, so spaces inside a tag pair move outside.
      var lower = highlight.range.lowerBound
      var upper = highlight.range.upperBound
      while lower < upper && scalars[lower].properties.isWhitespace { lower += 1 }
      while upper > lower && scalars[upper - 1].properties.isWhitespace { upper -= 1 }
      guard lower < upper else { continue }
      // Markup must nest: bold that crosses a link's edge is cut there.
      var cuts = [lower, upper]
      for link in links where link.range.overlaps(lower..<upper) {
        let inside = lower >= link.range.lowerBound && upper <= link.range.upperBound
        let around = lower <= link.range.lowerBound && upper >= link.range.upperBound
        if !inside && !around {
          cuts += [link.range.lowerBound, link.range.upperBound].filter { $0 > lower && $0 < upper }
        }
      }
      let points = Set(cuts).sorted()
      for (from, to) in zip(points, points.dropFirst()) {
        var start = from
        var end = to
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        if start < end { strong.append(start..<end) }
      }
    }
    guard let window = within else {
      return MarkdownText.escaped(
        folded.text, atLineStart: atLineStart, strong: strong, links: links)
    }
    // Marks are cut to the window and counted from its start.
    func cut(_ range: Range<Int>) -> Range<Int>? {
      let lower = max(range.lowerBound, window.lowerBound)
      let upper = min(range.upperBound, window.upperBound)
      return lower < upper ? lower - window.lowerBound..<upper - window.lowerBound : nil
    }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[window])
    return MarkdownText.escaped(
      String(text), atLineStart: atLineStart, strong: strong.compactMap(cut),
      links: links.compactMap { link in cut(link.range).map { ($0, link.address) } })
  }

  /// `text` as Markdown text (see `MarkdownText`).
  static func escaped(_ text: String, atLineStart: Bool = false) -> String {
    MarkdownText.escaped(text, atLineStart: atLineStart)
  }
}
