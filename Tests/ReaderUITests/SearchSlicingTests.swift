import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

/// A typed search never makes the key wait: marks are set only on the blocks shown, and a
/// scan longer than a slice goes on as idle work, its answer arriving as an event.
@Suite struct SearchSlicingTests {
  /// One article of `count` short paragraphs; paragraph `index` alone holds `word`.
  static func longArticle(paragraphs count: Int, word: String, at index: Int) -> Document {
    var builder = DocumentBuilder()
    builder.article("A long read", by: ["Ann Lee"])
    for number in 0..<count {
      builder.paragraph(
        .plain(
          number == index
            ? "Paragraph \(number) holds a \(word) in its middle."
            : "Paragraph \(number) is plain filler of the usual kind."))
    }
    return builder.build()
  }

  /// Articles of filler (no `q` in them) with `quokka` only in the fourth and `quince` only
  /// in the fifth.
  static func fiveArticles() -> Document {
    var builder = DocumentBuilder()
    for number in 0..<5 {
      builder.article("Part \(number + 1)", by: ["Bo Chen"])
      builder.paragraph(.plain("Plain filler of the usual kind, part \(number + 1)."))
      if number == 3 { builder.paragraph(.plain("Here a quokka smiles.")) }
      if number == 4 { builder.paragraph(.plain("Here a quince ripens.")) }
    }
    return builder.build()
  }

  private static func marked(_ screen: Screen) -> String {
    screen.cells.filter { $0.role == .searchMatch }.map(\.text).joined()
  }

  private static func render(_ model: ReaderModel, _ caches: ViewCaches) -> Screen {
    FrameView.render(model, fileLabel: "test.txt", caches: caches, width: 100, height: 30)
  }

  /// A model of `document` at 100×30 whose typed searches read `slice` bytes per slice.
  private static func model(_ document: Document, slice: Int, caches: ViewCaches)
    -> ReaderModel
  {
    var model = ReaderModel(document: document, mouseEnabled: false)
    model.searchSliceBytes = slice
    _ = Update.start(&model, lines: caches.lines)
    _ = Update.apply(.resize(width: 100, height: 30), to: &model, lines: caches.lines)
    return model
  }

  private static func type(_ keys: String, _ model: inout ReaderModel, _ caches: ViewCaches)
    throws -> [Command]
  {
    try KeyString.parse(keys).flatMap { Update.apply(.key($0), to: &model, lines: caches.lines) }
  }

  private static func scans(_ commands: [Command]) -> [MatchScanRequest] {
    commands.compactMap {
      if case .scanForMatch(let request) = $0 { return request }
      return nil
    }
  }

  /// Runs the scan's slices as the runtime would, one event each; returns how many it took.
  private static func drain(
    _ commands: [Command], _ model: inout ReaderModel, _ caches: ViewCaches
  ) -> Int {
    var pending = scans(commands).last
    var slices = 0
    while let request = pending {
      slices += 1
      let answer = request.run(in: model.document)
      pending = scans(Update.apply(.matchScanned(answer), to: &model, lines: caches.lines)).last
    }
    return slices
  }

  @Test func aTypedKeyMarksTheMatchWithoutMarkingTheWholeArticle() throws {
    let document = Self.longArticle(paragraphs: 6000, word: "lantern", at: 4000)
    let caches = ViewCaches()
    var model = Self.model(document, slice: Update.scanSliceBytes, caches: caches)
    let commands = try Self.type("/lantern", &model, caches)
    #expect(Self.scans(commands).isEmpty)
    let current = try #require(model.state.search?.current)
    #expect(current == MatchFinder(document: document, query: "lantern").matches(in: 0).first)
    let screen = Self.render(model, caches)
    #expect(Self.marked(screen) == "lantern")
    let row = try #require((0..<30).first { screen.row($0).contains("4000 holds a lantern") })
    let cells = screen.cells[(row * 100)..<(row * 100 + 100)]
    let start = try #require(screen.row(row).range(of: "lantern")).lowerBound
    let column = screen.row(row).distance(from: screen.row(row).startIndex, to: start)
    #expect(
      cells.map { $0.role == .searchMatch }
        == (0..<100).map { $0 >= column && $0 < column + "lantern".count })
    // The marked lines hold the blocks shown and the article's last screen, not 6,000.
    let view = try #require(Update(model, lines: caches.lines).readingView(model.state))
    #expect(view.lines.segmentCount == 6002)
    #expect(view.lines.wrappedSegments > 0)
    #expect(view.lines.wrappedSegments <= 2 * 30)
  }

  @Test func aMissSaysSearchingThenNotFoundAfterTheIdleSlices() throws {
    let document = Self.fiveArticles()
    let caches = ViewCaches()
    var model = Self.model(document, slice: 1, caches: caches)
    let commands = try Self.type("/zqxjv", &model, caches)
    // Each key restarts the scan and reads one article; the rest is asked of the runtime.
    #expect(Self.scans(commands).count == 5)
    #expect(model.state.search?.current == nil)
    #expect(Self.render(model, caches).row(29).hasSuffix("searching…"))
    let slices = Self.drain(commands, &model, caches)
    // Five articles after the view's, then the first one again up to the view: a slice each,
    // the first of which the last key read itself.
    #expect(slices == 5)
    #expect(model.state.search?.scan == nil)
    #expect(Self.render(model, caches).row(29).hasSuffix("not found"))
    _ = try Self.type("<Enter>", &model, caches)
    #expect(model.state.message == "not found: zqxjv")
  }

  @Test func aKeyTypedWhileAScanIsPendingRestartsIt() throws {
    let document = Self.fiveArticles()
    let caches = ViewCaches()
    var model = Self.model(document, slice: 1, caches: caches)
    let first = try #require(Self.scans(try Self.type("/q", &model, caches)).last)
    #expect(first.query == "q")
    // The runtime had not run it yet when `u` came: its answer arrives late.
    let late = first.run(in: model.document)
    let commands = try Self.type("u", &model, caches)
    let second = try #require(Self.scans(commands).last)
    #expect(second.query == "qu")
    #expect(second.from == first.from)
    #expect(second.step == 1)
    #expect(Update.apply(.matchScanned(late), to: &model, lines: caches.lines) == [])
    #expect(model.state.search?.scan == second)
    #expect(model.state.search?.current == nil)
    _ = Self.drain(commands, &model, caches)
    let quokka = try #require(model.state.search?.current)
    #expect(quokka.article == 3)
    #expect(Self.marked(Self.render(model, caches)) == "qu")
    // A longer query goes on from that match: the next scan finds the quince.
    let more = try Self.type("i", &model, caches)
    _ = Self.drain(more, &model, caches)
    #expect(model.state.search?.current?.article == 4)
    #expect(Self.marked(Self.render(model, caches)) == "qui")
  }

  /// `n` reads in slices too: from the only match, all the way round the set to it again.
  @Test func nGoesOnInSlicesAndSaysWhereItWrapped() throws {
    let document = Self.fiveArticles()
    let caches = ViewCaches()
    var model = Self.model(document, slice: 1, caches: caches)
    _ = Self.drain(try Self.type("/quokka<Enter>", &model, caches), &model, caches)
    let quokka = try #require(model.state.search?.current)
    #expect(quokka.article == 3)
    let commands = try Self.type("n", &model, caches)
    #expect(Self.scans(commands).count == 1)
    #expect(model.state.message == "searching…")
    #expect(Self.render(model, caches).row(29).hasSuffix("searching…"))
    let slices = Self.drain(commands, &model, caches)
    // The fifth article, then the first four, the fourth up to the match itself.
    #expect(slices == 5)
    #expect(model.state.search?.current == quokka)
    #expect(model.state.message == "search wrapped to the top")
  }

  /// Counted block by block in slices of a small budget, an article has the matches that
  /// finding all of them gives.
  @Test func aLongArticleIsCountedInSlicesThatAddUp() {
    let document = Self.longArticle(paragraphs: 6000, word: "lantern", at: 4000)
    for query in ["the", "lantern", "Paragraph 12", "zqxjv"] {
      let finder = MatchFinder(document: document, query: query)
      var total = 0
      var slices = 0
      var block: Int? = document.articles[0].blocks.lowerBound
      while let from = block {
        let part = finder.countForward(in: 0, fromBlock: from, budget: 16 << 10)
        total += part.matches
        block = part.resume
        slices += 1
      }
      #expect(total == finder.matches(in: 0).count, "query \(query)")
      #expect(slices > 10, "query \(query)")
    }
  }

  /// A slice that ends inside an article adds what it counted and asks for the rest from
  /// the block it stopped at; the count is complete once the article is.
  @Test func aCountInsideAnArticleGoesOnFromItsBlock() throws {
    let document = Self.longArticle(paragraphs: 6000, word: "lantern", at: 4000)
    let caches = ViewCaches()
    var model = Self.model(document, slice: Update.scanSliceBytes, caches: caches)
    let typed = try Self.type("/the", &model, caches)
    let finder = MatchFinder(document: document, query: "the")
    let request = MatchCountRequest(
      query: "the", author: nil, from: 0, generation: 0, budget: Update.countSliceBytes)
    #expect(typed.last == .countMatches(request))
    let first = finder.countForward(
      in: 0, fromBlock: document.articles[0].blocks.lowerBound, budget: 16 << 10)
    let resume = try #require(first.resume)
    var commands = Update.apply(
      .matchesCounted(
        MatchCountSlice(request: request, perArticle: [], resume: resume, carried: first.matches)
      ), to: &model, lines: caches.lines)
    var next = request
    next.block = resume
    next.carried = first.matches
    #expect(commands == [.countMatches(next)])
    #expect(model.state.search?.count.total == first.matches)
    // The current match is the article's first: its place is known while the rest is counted.
    #expect(Self.render(model, caches).row(29).contains("/the▏ 1/\(first.matches)+"))
    let rest = finder.countForward(in: 0, fromBlock: resume, budget: .max)
    #expect(rest.resume == nil)
    commands = Update.apply(
      .matchesCounted(MatchCountSlice(request: next, perArticle: [first.matches + rest.matches])),
      to: &model, lines: caches.lines)
    #expect(commands == [])
    #expect(model.state.search?.count.total == finder.matches(in: 0).count)
    #expect(
      Self.render(model, caches).row(29).contains("/the▏ 1/\(finder.matches(in: 0).count) "))
  }

  /// Where every paragraph holds the word, a count slice searches at most
  /// `countSliceBytes / blockCost` blocks (128: about 10 M instructions, see BENCHMARKS.md),
  /// and not far fewer, so a slice is short and the count does not crawl.
  @Test func aCountSliceSearchesAtMostABudgetOfBlocks() throws {
    let document = Self.longArticle(paragraphs: 6000, word: "lantern", at: 4000)
    let finder = MatchFinder(document: document, query: "the")
    let first = document.articles[0].blocks.lowerBound
    let slice = finder.countForward(in: 0, fromBlock: first, budget: Update.countSliceBytes)
    let resume = try #require(slice.resume)
    let most = Update.countSliceBytes / MatchFinder.blockCost
    #expect(most == 128)
    #expect(slice.matches <= most)
    #expect(slice.matches >= most - 8)
    #expect(
      slice.matches == finder.countForward(in: 0, fromBlock: first, budget: .max).matches
        - finder.countForward(in: 0, fromBlock: resume, budget: .max).matches)
  }

  /// Short articles (20 KB) in which every paragraph holds the word: a count slice stops
  /// inside an article once its budget of blocks is spent, instead of searching the whole
  /// article (2,000 blocks, about 150 M instructions), and the slices add up to every match.
  @Test func aCountSliceStopsInsideAShortArticleFullOfMatches() {
    var builder = DocumentBuilder()
    for article in 0..<3 {
      builder.article("Part \(article + 1)", by: ["Bo Chen"])
      for number in 0..<2000 { builder.paragraph(.plain("A lantern, \(number).")) }
    }
    let document = builder.build()
    let most = Update.countSliceBytes / MatchFinder.blockCost
    var request = MatchCountRequest(
      query: "lantern", author: nil, from: 0, generation: 0, budget: Update.countSliceBytes)
    var total = 0
    var slices = 0
    while request.from < document.articles.count && slices < 100 {
      let slice = request.run(in: document)
      let counted = slice.perArticle.reduce(0, +) - request.carried + slice.carried
      #expect(counted <= most, "slice \(slices) searched \(counted) blocks")
      total += counted
      request.from += slice.perArticle.count
      request.block = slice.resume
      request.carried = slice.carried
      slices += 1
    }
    #expect(total == 6000)
    #expect(slices >= 6000 / most)
  }

  /// Paused and resumed with a tiny budget, a forward scan ends where one whole scan does.
  @Test func aScanInSlicesFindsWhatOneScanFinds() {
    for document in [Document.sample(), tinyDocument()] {
      for query in ForwardMatchTests.queries {
        let finder = MatchFinder(document: document, query: query)
        for article in document.articles.indices {
          let first = document.articles[article].blocks.lowerBound
          let whole = finder.scanForward(in: article, fromBlock: first, budget: .max) { _ in true }
          var scan = MatchFinder.ForwardScan.paused(atBlock: first)
          var slices = 0
          while case .paused(let block) = scan, slices <= document.blocks.count {
            scan = finder.scanForward(in: article, fromBlock: block, budget: 64) { _ in true }
            slices += 1
          }
          #expect(scan == whole, "query \(query), article \(article)")
        }
      }
    }
  }

  /// Looked up window by window, the blocks the bytes cannot vouch for are those of the
  /// whole article that fall in the window.
  @Test func candidatesBeyondBytesByWindowAgreeWithTheWholeArticle() {
    for document in [Document.sample(), tinyDocument()] {
      for query in ForwardMatchTests.queries + ["by", "—", "•", "2025"] {
        let finder = MatchFinder(document: document, query: query)
        for article in document.articles.indices {
          let blocks = document.articles[article].blocks
          let whole = finder.candidatesBeyondBytes(in: article)
          for lower in blocks {
            for upper in [lower, lower + 1, lower + 3, blocks.upperBound] where upper >= lower {
              #expect(
                finder.candidatesBeyondBytes(in: article, blocks: lower..<upper)
                  == whole.filter { (lower..<upper).contains($0) },
                "query \(query), article \(article), blocks \(lower)..<\(upper)")
            }
          }
        }
      }
    }
  }
}
