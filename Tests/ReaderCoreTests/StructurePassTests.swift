import Testing

@testable import ReaderCore

/// The structure pass fed paragraphs made by hand, as a Markdown or HTML reader would make
/// them: it must take lines, list items and bold from the stream, never from plain-text rules.
@Suite struct StructurePassTests {
  /// Builds a buffer and the paragraphs over it, one piece of text at a time.
  private struct Stream {
    var bytes: [UInt8] = []
    var paragraphs: [Paragraph] = []

    /// Appends `text` as a paragraph on source lines `lines`; returns its index.
    @discardableResult
    mutating func add(
      _ text: String, lines: ClosedRange<Int>, kind: ParagraphKind = .text
    ) -> Int {
      bytes += Array("\u{1F}".utf8)  // a separator no plain-text rule would read as a blank line
      let start = bytes.count
      bytes += Array(text.utf8)
      paragraphs.append(
        Paragraph(
          range: start..<bytes.count, firstLine: lines.lowerBound, lastLine: lines.upperBound,
          kind: kind))
      return paragraphs.count - 1
    }

    /// The byte range of the first `phrase` in paragraph `index`.
    func range(of phrase: String, in index: Int) -> Range<Int> {
      let needle = Array(phrase.utf8)
      let range = paragraphs[index].range
      for start in range.lowerBound...(range.upperBound - needle.count)
      where Array(bytes[start..<start + needle.count]) == needle {
        return start..<start + needle.count
      }
      Issue.record("no \(phrase) in paragraph \(index)")
      return range.lowerBound..<range.lowerBound
    }

    mutating func mark(
      _ kind: InlineMark.Kind, _ phrase: String, within outer: String? = nil, in index: Int
    ) {
      let content = range(of: phrase, in: index)
      let outerRange = outer.map { range(of: $0, in: index) } ?? content
      paragraphs[index].marks.append(InlineMark(kind: kind, content: content, outer: outerRange))
    }

    mutating func softBreak(after phrase: String, in index: Int) {
      let end = range(of: phrase, in: index).upperBound
      paragraphs[index].breaks.append(LineBreak(kind: .soft, range: end..<end + 1))
    }

    /// Feeds every paragraph, one at a time, and returns the finished document.
    func document() -> Document {
      let storage = TextStorage(copying: bytes)
      var pass = StructurePass(storage: storage)
      for paragraph in paragraphs { pass.consume(paragraph) }
      pass.finish()
      return pass.document(
        source: "stream", encoding: .utf8, replacedSequences: 0, lineCount: 99)
    }
  }

  @Test func articlesAndTheirShapesComeFromTheStream() {
    var stream = Stream()
    stream.add("Harbour news", lines: 3...3, kind: .heading(level: 2))
    stream.add("By Ann Lee [2024-05-06]", lines: 5...5)
    stream.add("(Picked for the tide tables. — ED)", lines: 7...7)
    stream.add("A short standfirst.", lines: 9...9)
    stream.add("Ann Lee is a writer by the sea.", lines: 11...11)
    stream.add("Harbour Master Cy Diaz:", lines: 13...13)
    stream.add("We open at dawn.", lines: 14...15)
    stream.add("Source", lines: 16...16)
    stream.add("Related", lines: 18...18)
    stream.add("Tide tables explained [2024-04-01]", lines: 19...19)
    let document = stream.document()
    #expect(document.articles.map(\.title) == ["Harbour news"])
    #expect(document.articles[0].authors == ["Ann Lee"])
    #expect(document.articles[0].date == CalendarDate(year: 2024, month: 5, day: 6))
    #expect(document.editor?.name == "ED")
    #expect(
      document.kinds(article: 0) == [
        .title, .byline, .editorNote, .dek, .bio, .speaker, .speakerQuote, .source,
        .relatedHeading, .relatedLink,
      ])
    #expect(document.quotes.map(\.speaker) == ["Cy Diaz"])
    #expect(document.articles[0].related.map(\.title) == ["Tide tables explained"])
    #expect(document.articles[0].firstLine == 3 && document.articles[0].lastLine == 19)
    #expect(document.blocks.map(\.firstLine) == [3, 5, 7, 9, 11, 13, 14, 16, 18, 19])
    #expect(document.blocks[6].lastLine == 15)
    #expect(document.lineCount == 99)
  }

  @Test func boldIsWhatTheStreamMarksNotWhatTheTextSays() {
    var stream = Stream()
    stream.add("Title", lines: 1...1)
    stream.add("by Ann Lee", lines: 2...2)
    let body = stream.add("Stars **stay** text; this phrase is strong.", lines: 3...3)
    stream.mark(.bold, "this phrase", in: body)
    let document = stream.document()
    #expect(document.highlightTexts == ["this phrase"])
    // The first short line after the byline is the dek.
    #expect(document.texts(.dek, article: 0) == ["Stars **stay** text; this phrase is strong."])
  }

  @Test func markersAroundAMarkAreLeftOut() {
    var stream = Stream()
    stream.add("Title", lines: 1...1)
    stream.add("by Ann Lee", lines: 2...2)
    let body = stream.add("See [the almanac](https://example.org/a) and <b>this</b>.", lines: 3...3)
    let address = stream.range(of: "https://example.org/a", in: body)
    stream.mark(
      .link(address: address), "the almanac", within: "[the almanac](https://example.org/a)",
      in: body)
    stream.mark(.bold, "this", within: "<b>this</b>", in: body)
    let document = stream.document()
    #expect(document.texts(.dek, article: 0) == ["See the almanac and this."])
    #expect(document.highlightTexts == ["this"])
    #expect(document.spans.filter { $0.style == .highlight }.count == 1)
  }

  @Test func listItemsAreWhatTheStreamSaysTheyAre() {
    var stream = Stream()
    stream.add("Title", lines: 1...1)
    stream.add("by Ann Lee", lines: 2...2)
    stream.add("no mark at all", lines: 3...3, kind: .listItem(indent: 4))
    stream.add("- looks like an item", lines: 4...4)
    let document = stream.document()
    // A list item is never the dek, and the line after it is past where the dek may stand.
    #expect(document.kinds(article: 0) == [.title, .byline, .listItem, .paragraph])
    #expect(document.blocks[2].indent == 4)
    #expect(document.texts(.listItem, article: 0) == ["no mark at all"])
    #expect(document.articles[0].paragraphCount == 2)
  }

  @Test func aParagraphWithBreaksCannotBeATitle() {
    var stream = Stream()
    let first = stream.add("Title over two lines", lines: 1...2)
    stream.softBreak(after: "Title", in: first)
    stream.add("by Ann Lee", lines: 3...3)
    let document = stream.document()
    // Untitled: the first line is the title, the rest its first paragraph; the byline is text.
    #expect(document.articles.map(\.title) == ["Title"])
    #expect(document.articles[0].authors == [])
    #expect(document.texts(.paragraph, article: 0) == ["over two lines", "by Ann Lee"])
    #expect(document.blocks[1].firstLine == 2)
  }

  @Test func anUntitledArticleKeepsOnlyTheMarksWhollyInsideEachPiece() {
    var stream = Stream()
    let first = stream.add("Notes from the quay, in **bold\nand** a **word** here", lines: 1...2)
    stream.softBreak(after: "**bold", in: first)
    stream.mark(.bold, "bold\nand", within: "**bold\nand**", in: first)
    stream.mark(.bold, "word", within: "**word**", in: first)
    let document = stream.document()
    // The first line is the title; the mark that crosses into the rest is dropped, so its
    // markers show as text.
    #expect(document.articles.map(\.title) == ["Notes from the quay, in **bold"])
    #expect(document.texts(.paragraph, article: 0) == ["and** a word here"])
    #expect(document.highlightTexts == ["word"])
  }

  @Test func aSnapshotShowsClosedArticlesAndTheOpenOne() {
    var stream = Stream()
    stream.add("One", lines: 1...1)
    stream.add("by Ann Lee", lines: 2...2)
    stream.add("Body of one.", lines: 3...3)
    stream.add("Two", lines: 4...4)
    stream.add("by Bo Chen", lines: 5...5)
    let storage = TextStorage(copying: stream.bytes)
    var pass = StructurePass(storage: storage)
    func titles(_ pass: StructurePass) -> [String] {
      pass.snapshot(source: "s", encoding: .utf8, replacedSequences: 0, lineCount: 0).articles
        .map(\.title)
    }
    func isOpen(_ pass: StructurePass) -> Bool {
      pass.snapshot(source: "s", encoding: .utf8, replacedSequences: 0, lineCount: 0)
        .lastArticleIsOpen
    }
    pass.consume(stream.paragraphs[0])
    #expect(titles(pass) == [])
    for paragraph in stream.paragraphs[1..<4] { pass.consume(paragraph) }
    // One is open; Two waits to learn whether a byline follows it.
    #expect(titles(pass) == ["One"])
    #expect(isOpen(pass))
    #expect(pass.closedArticles == 0)
    pass.consume(stream.paragraphs[4])
    #expect(titles(pass) == ["One", "Two"])
    #expect(pass.closedArticles == 1)
    pass.finish()
    #expect(titles(pass) == ["One", "Two"])
    #expect(!isOpen(pass))
  }
}
