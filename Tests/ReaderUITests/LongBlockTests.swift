import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// A paragraph of megabytes (a file that is one long line) is cut into parts by bytes, and
/// only the parts on screen are folded and wrapped: it opens like a short one, and nothing
/// of its text is lost or split inside a character.
@Suite struct LongBlockTests {
  static let vocabulary = ["river", "stone", "lantern", "harbour", "mill", "orchard", "tide"]

  /// `count` words from the vocabulary in a fixed order.
  static func words(_ count: Int) -> [String] {
    (0..<count).map { vocabulary[($0 * 7 + $0 / 3) % vocabulary.count] }
  }

  /// One article: a title, a byline, then `body` as one paragraph.
  static func document(body: String) throws -> Document {
    try parsed("Long paragraph\n\nby Ann Lee [2024-01-31].\n\n" + body + "\n")
  }

  static func longBlock(of document: Document) -> Int {
    document.articles[0].blocks.last!
  }

  @Test func partsCoverTheParagraphAndStartAfterSpaces() throws {
    let document = try Self.document(body: Self.words(60_000).joined(separator: " "))
    let block = document.blocks[Self.longBlock(of: document)]
    let parts = try #require(LongBlock.parts(of: block, in: document))
    let bytes = document.storage.bytes
    let first = document.spans[block.spans.lowerBound].range.lowerBound
    let last = document.spans[block.spans.upperBound - 1].range.upperBound
    #expect(parts.count >= 6)
    #expect(parts.first?.bytes.lowerBound == first)
    #expect(parts.last?.bytes.upperBound == last)
    for (earlier, later) in zip(parts, parts.dropFirst()) {
      #expect(earlier.bytes.upperBound == later.bytes.lowerBound)
      #expect(bytes[later.bytes.lowerBound - 1] == 0x20)
      #expect(bytes[later.bytes.lowerBound] != 0x20)
    }
    #expect(parts.allSatisfy { $0.bytes.count <= LongBlock.partBytes })
    #expect(parts.map(\.isFirst) == [true] + Array(repeating: false, count: parts.count - 1))
    #expect(parts.map(\.isLast) == Array(repeating: false, count: parts.count - 1) + [true])
  }

  @Test func textWithoutSpacesIsCutBetweenCharacters() throws {
    let document = try Self.document(body: String(repeating: "東京👍🏽🇯🇵e\u{301}", count: 12_000))
    let block = document.blocks[Self.longBlock(of: document)]
    let parts = try #require(LongBlock.parts(of: block, in: document))
    #expect(parts.count >= 3)
    let bytes = Array(document.storage.bytes)
    for part in parts.dropFirst() {
      // Each part starts where a repetition of the five characters starts, or between two
      // of them: its text is whole characters.
      let text = String(decoding: bytes[part.bytes], as: UTF8.self)
      #expect(text.unicodeScalars.first.map { !$0.properties.isGraphemeExtend } == true)
      let joined = String(repeating: "東京👍🏽🇯🇵e\u{301}", count: 3)
      #expect(joined.contains(String(text.prefix(4))), "part starts with \(text.prefix(4))")
    }
  }

  @Test func aCharacterOfAHundredThousandMarksIsNotCut() throws {
    let body =
      "start " + String(repeating: "a", count: 40_000) + " A"
      + String(repeating: "\u{301}", count: 100_000) + " end"
    let document = try Self.document(body: body)
    let block = document.blocks[Self.longBlock(of: document)]
    let parts = try #require(LongBlock.parts(of: block, in: document))
    let bytes = document.storage.bytes
    for part in parts.dropFirst() {
      let start = part.bytes.lowerBound
      // U+0301 is CC 81 in UTF-8: no part may start on one.
      #expect(!(bytes[start] == 0xCC && bytes[start + 1] == 0x81))
    }
  }

  @Test func openingAHugeParagraphWrapsOnlyWhatIsShown() throws {
    let document = try Self.document(body: Self.words(400_000).joined(separator: " "))
    let lines = ArticleLines(document: document, article: 0, width: 70, search: nil)
    // Only the title, which the pane's header holds: its row count is not an estimate.
    #expect(lines.wrappedSegments == 1)
    #expect(lines.segmentCount > 40)
    let view = ReadingView(
      lines: lines, height: 20,
      anchor: ReadingAnchor(block: document.articles[0].blocks.lowerBound, row: 0))
    #expect(view.top == 0)
    // The title and byline, the paragraph's first part, and the last part (for the end).
    #expect(lines.wrappedSegments <= 4)
  }

  @Test func everyWordOfAHugeParagraphIsShownOnceInOrder() throws {
    let words = Self.words(120_000)
    let document = try Self.document(body: words.joined(separator: " "))
    let lines = ArticleLines(document: document, article: 0, width: 61, search: nil)
    let block = Self.longBlock(of: document)
    let shown = lines.allLines.filter { $0.block == block }.flatMap { line in
      line.cells.map(\.text).joined().split(separator: " ").map(String.init)
    }
    #expect(shown == words)
    #expect(lines.allLines.allSatisfy { $0.cells.count <= 61 })
  }

  @Test func theEndOfAHugeParagraphIsOneKeyAway() throws {
    var words = Self.words(300_000)
    words[words.count - 1] = "finale"
    let document = try Self.document(body: words.joined(separator: " "))
    let screen = try frame(document, 100, 30, keys: "G")
    #expect(screen.text().contains("finale"))
    #expect(screen.row(29).contains("100%"))
  }

  @Test func aHighlightFarIntoAHugeParagraphIsJumpedTo() throws {
    var words = Self.words(300_000)
    words[250_000] = "**gleaming"
    words[250_001] = "beacon**"
    let document = try Self.document(body: words.joined(separator: " "))
    #expect(document.highlights.count == 1)
    let program = try program(document, 100, 30, keys: "]")
    let screen = program.render(width: 100, height: 30)
    let marked = screen.cells.filter { $0.role == .currentHighlight }.map(\.text).joined()
    #expect(marked == "gleaming beacon")
    #expect(screen.text().contains("Highlight 1/1"))
  }

  /// `]` at the end of a paragraph holding thousands of highlights wraps to the first, and
  /// `[` from the end goes to the last, each looking at a few parts only: looking at every
  /// highlight before the view wrapped the whole paragraph.
  @Test func stepsFromTheEndOfAParagraphOfManyHighlightsWrapLittle() throws {
    var words = Self.words(300_000)
    // None in the last tenth, so the last screen shows none.
    for index in stride(from: 10, to: 270_000, by: 50) {
      words[index] = "**" + words[index] + "**"
    }
    let document = try Self.document(body: words.joined(separator: " "))
    #expect(document.highlights.count == 5400)
    for (keys, expected, message) in [
      ("G]", 0, "wrapped to first highlight"), ("G[", 5399, nil), ("][", 5399, "wrapped to last"),
    ] {
      let caches = ViewCaches()
      var model = ReaderModel(document: document, mouseEnabled: false)
      _ = Update.start(&model, lines: caches.lines)
      _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: caches.lines)
      for key in try KeyString.parse(keys) {
        _ = Update.apply(.key(key), to: &model, lines: caches.lines)
      }
      #expect(model.state.currentHighlight == expected, "\(keys)")
      if let message { #expect(model.state.message?.hasPrefix(message) == true, "\(keys)") }
      let view = try #require(Update(model, lines: caches.lines).readingView(model.state))
      #expect(view.lines.segmentCount > 30)
      #expect(view.lines.wrappedSegments <= 12, "\(keys): \(view.lines.wrappedSegments)")
    }
  }

  @Test func aSearchFindsAWordFarIntoAHugeParagraph() throws {
    var words = Self.words(300_000)
    words[280_000] = "quokka"
    let document = try Self.document(body: words.joined(separator: " "))
    let screen = try frame(document, 100, 30, keys: "/quokka<Enter>")
    let marked = screen.cells.filter { $0.role == .searchMatch }.map(\.text).joined()
    #expect(marked == "quokka")
  }

  /// A paragraph of 300,000 words with "quokka" every 1,000 words and once more on its last
  /// screen.
  static func quokkaParagraph() throws -> Document {
    var words = Self.words(300_000)
    for index in stride(from: 500, to: 300_000, by: 1000) { words[index] = "quokka" }
    words[299_900] = "quokka"
    return try Self.document(body: words.joined(separator: " "))
  }

  /// Typed at the end of a huge paragraph, a search takes the match on the last screen, and
  /// `N` the one before it, reading the parts near the view only: a search from the view
  /// once set every part before it as text (25 s in a 24 MB paragraph).
  @Test func aSearchAtTheEndOfAHugeParagraphStartsThere() throws {
    let document = try Self.quokkaParagraph()
    let block = Self.longBlock(of: document)
    let parts = try #require(LongBlock.parts(of: document.blocks[block], in: document))
    var program = try program(document, 100, 30, keys: "G/quokka")
    let last = try #require(program.state.search?.current)
    #expect(last.block == block)
    #expect(last.offset >= parts[parts.count - 1].bytes.lowerBound)
    var screen = program.render(width: 100, height: 30)
    #expect(screen.cells.filter { $0.role == .searchMatch }.map(\.text).joined() == "quokka")
    for key in try KeyString.parse("<Enter>N") { program.handle(.key(key)) }
    let before = try #require(program.state.search?.current)
    #expect(before < last)
    #expect(before.offset >= parts[parts.count - 2].bytes.lowerBound)
    screen = program.render(width: 100, height: 30)
    #expect(screen.cells.contains { $0.role == .searchMatch })
    program.settle()
    #expect(program.state.search?.count.total == 301)
  }

  /// In an article too long to search whole (`MatchFinder.hugeArticle`), a match found by
  /// reading forward from the view is ranked in the background: the counter says `i/n`, not
  /// `–/n`, once the count and the rank are in.
  @Test func aMatchFoundFromTheViewInAHugeArticleIsRanked() throws {
    var words = Self.words(760_000)
    for index in stride(from: 500, to: 760_000, by: 10_000) { words[index] = "quokka" }
    words[759_900] = "quokka"
    let document = try Self.document(body: words.joined(separator: " "))
    #expect(document.storage.count > MatchFinder.hugeArticle)
    var program = try program(document, 100, 30, keys: "G/quokka")
    #expect(program.state.search?.currentRank == nil)
    #expect(program.state.search?.ranking != nil)
    program.settle()
    #expect(program.state.search?.currentRank == 76)
    #expect(program.render(width: 100, height: 30).row(29).contains("/quokka▏ 77/77"))
    for key in try KeyString.parse("<Enter>NN") { program.handle(.key(key)) }
    program.settle()
    #expect(program.state.search?.currentRank == 74)
    #expect(program.render(width: 100, height: 30).row(29).contains("/quokka 75/77"))
  }

  /// In a paragraph long enough to fill many screens but not cut into parts, a search typed
  /// at its end starts from the line on top of the view, not from the paragraph's top: it
  /// takes the match on screen, counted 2 of 3.
  @Test func aSearchInALongParagraphStartsAtTheTopLine() throws {
    var words = Self.words(9_000)
    words[5] = "zebrafinale"
    words[8_990] = "zebrafinale"
    let document = try parsed(
      "Long paragraph\n\nby Ann Lee [2024-01-31].\n\n" + words.joined(separator: " ")
        + "\n\nA last zebrafinale here.\n")
    let block = document.articles[0].blocks.lowerBound + 2
    #expect(LongBlock.parts(of: document.blocks[block], in: document) == nil)
    var program = try program(document, 100, 30, keys: "G/zebrafinale")
    program.settle()
    let current = try #require(program.state.search?.current)
    #expect(current.block == block && current.ordinal == 1)
    let screen = program.render(width: 100, height: 30)
    #expect(screen.row(29).contains("/zebrafinale▏ 2/3"))
    #expect(screen.cells.contains { $0.role == .searchMatch })
  }

  /// The finder reads a long block from the part holding the offset it is given: the
  /// predicate sees the matches of the last parts only.
  @Test func aLongBlockIsSearchedFromThePartHoldingTheOffset() throws {
    let document = try Self.quokkaParagraph()
    let block = Self.longBlock(of: document)
    let parts = try #require(LongBlock.parts(of: document.blocks[block], in: document))
    let finder = MatchFinder(document: document, query: "quokka")
    let from = parts[parts.count - 2].bytes.lowerBound + 10
    var seen = 0
    let found = finder.firstMatch(inBlock: block, article: 0, from: from) {
      seen += 1
      return $0.offset >= from
    }
    let expected = finder.matches(inBlock: block, article: 0).first { $0.offset >= from }
    #expect(found == .found(try #require(expected)))
    #expect(seen <= 20)
    seen = 0
    let earlier = finder.lastMatch(inBlock: block, article: 0, upTo: from) {
      seen += 1
      return $0.offset < from
    }
    guard case .found(let before) = earlier else {
      Issue.record("no match before: \(earlier)")
      return
    }
    #expect(before.offset < from)
    #expect(seen <= 40)
  }

  /// With a small budget the finder stops between parts, and going on from where it stopped
  /// finds what one unbounded pass finds, forward and backward.
  @Test func aLongBlockIsReadInSlicesThatPauseBetweenParts() throws {
    let document = try Self.quokkaParagraph()
    let block = Self.longBlock(of: document)
    let finder = MatchFinder(document: document, query: "quokka")
    let all = finder.matches(inBlock: block, article: 0)
    let target = all[all.count / 2]
    func accepts(_ match: SearchMatch) -> Bool { match.offset >= target.offset }
    var part = 0
    var slices = 0
    var result = MatchFinder.PartScan.missing
    repeat {
      result = finder.firstMatch(
        inBlock: block, article: 0, from: 0, fromPart: part, budget: 1, where: accepts)
      if case .paused(let next) = result { part = next }
      slices += 1
    } while result != .missing && !(result == .found(target)) && slices < 1000
    #expect(result == .found(target))
    #expect(slices > 3)
    var below: Int? = nil
    slices = 0
    repeat {
      result = finder.lastMatch(
        inBlock: block, article: 0, upTo: .max, belowPart: below, budget: 1
      ) {
        $0.offset <= target.offset
      }
      if case .paused(let next) = result { below = next }
      slices += 1
    } while result != .missing && !(result == .found(target)) && slices < 1000
    #expect(result == .found(target))
    #expect(slices > 3)
  }

  /// A count stops between two parts of a long block and goes on from the next part; the
  /// slices add up to the matches of the whole block.
  @Test func aCountGoesOnFromAPartOfALongBlock() throws {
    let document = try Self.quokkaParagraph()
    let block = Self.longBlock(of: document)
    let finder = MatchFinder(document: document, query: "quokka")
    let first = document.articles[0].blocks.lowerBound
    var resume: (block: Int, part: Int)? = (first, 0)
    var total = 0
    var slices = 0
    while let place = resume {
      let slice = finder.countForward(
        in: 0, fromBlock: place.block, fromPart: place.part, budget: Update.countSliceBytes)
      total += slice.matches
      slices += 1
      resume = slice.resume.map { ($0, slice.resumePart) }
      if let resume { #expect(resume.block == block && resume.part > 0) }
    }
    #expect(total == 301)
    #expect(total == finder.matches(in: 0).count)
    #expect(slices >= 4)
  }

  @Test func aResizeKeepsTheSamePartOnTop() throws {
    let words = Self.words(300_000)
    let document = try Self.document(body: words.joined(separator: " "))
    var program = try program(document, 100, 30, keys: "G")
    for _ in 0..<200 { program.handle(.key(.character("k"))) }
    let before = program.state.anchor
    #expect(before.part > 0)
    program.handle(.resize(width: 80, height: 30))
    _ = program.render(width: 80, height: 30)
    #expect(program.state.anchor.part == before.part)
  }
}
