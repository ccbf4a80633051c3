import ReaderCore
import ReaderScreen
import Testing

@testable import ReaderUI

@Suite struct SearchCountTests {
  private func searchItem(_ program: ReaderProgram) -> String? {
    let status = program.render(width: 120, height: 20).row(19)
    return status.split(separator: "│").map { $0.trimmingCharacters() }.first {
      $0.hasPrefix("/")
    }
  }

  @Test func countFillsInOnTicksAndFollowsTheCurrentMatch() throws {
    var reader = try program(tinyDocument(), 120, 20, keys: "/lantern<Enter>")
    #expect(reader.state.search?.current?.article == 1)
    #expect(searchItem(reader) == "/lantern –/0+")
    #expect(reader.tickInterval == 1)
    reader.handle(.tick)
    #expect(searchItem(reader) == "/lantern 1/2")
    #expect(reader.tickInterval == nil)
    reader.handle(.key(.character("n")))
    #expect(searchItem(reader) == "/lantern 2/2")
    reader.handle(.key(.character("n")))
    #expect(searchItem(reader) == "/lantern 1/2")
  }

  /// The update asks for one slice at a time and takes each result as an event; the runtime
  /// is not involved.
  @Test func countGoesInSlicesAskedForAsCommands() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: tinyDocument(), mouseEnabled: false)
    #expect(Update.start(&model, lines: lines) == [])
    _ = Update.apply(.resize(width: 120, height: 20), to: &model, lines: lines)
    var commands: [Command] = []
    for key in try KeyString.parse("/lantern<Enter>") {
      commands += Update.apply(.key(key), to: &model, lines: lines)
    }
    // One request per change of the query, the last one for the whole query from the start.
    let first = MatchCountRequest(
      query: "lantern", author: nil, from: 0, generation: 0, budget: Update.countSliceBytes)
    #expect(commands.count == 7)
    #expect(commands.last == .countMatches(first))
    var request = first
    // A budget that the first article (with no match) spends whole: the slice ends after it.
    let firstArticle = MatchFinder(document: model.document, query: "lantern").byteRange(of: 0)
    request.budget = firstArticle.count + 1
    var slice = request.run(in: model.document)
    #expect(slice.perArticle == [0])
    let next = Update.apply(.matchesCounted(slice), to: &model, lines: lines)
    #expect(
      next == [
        .countMatches(
          MatchCountRequest(
            query: "lantern", author: nil, from: 1, generation: 0, budget: Update.countSliceBytes))
      ])
    // The same slice again is stale: it is not counted twice and asks for nothing.
    #expect(Update.apply(.matchesCounted(slice), to: &model, lines: lines) == [])
    #expect(model.state.search?.count.perArticle == [0])
    request.from = 1
    request.budget = Update.countSliceBytes
    slice = request.run(in: model.document)
    #expect(slice.perArticle == [1, 1])
    #expect(Update.apply(.matchesCounted(slice), to: &model, lines: lines) == [])
    #expect(model.state.search?.count.total == 2)
    #expect(!Update(model, lines: lines).isCounting(model.state))
  }

  /// A key that changes neither the search nor the set asks for no count.
  @Test func keysThatChangeNoSearchAskForNothing() throws {
    let lines = WrappedLineCache()
    var model = ReaderModel(document: tinyDocument(), mouseEnabled: false)
    _ = Update.start(&model, lines: lines)
    _ = Update.apply(.resize(width: 120, height: 20), to: &model, lines: lines)
    for key in try KeyString.parse("/lantern<Enter>") {
      _ = Update.apply(.key(key), to: &model, lines: lines)
    }
    #expect(Update.apply(.key(.character("j")), to: &model, lines: lines) == [])
    #expect(Update.apply(.tick, to: &model, lines: lines) == [])
  }

  @Test func anAuthorFilterCountsOnlyItsArticles() throws {
    var reader = try program(tinyDocument(), 120, 20, keys: "/lantern<Enter>")
    reader.handle(.tick)
    reader.handle(.key(.character("a")))
    reader.handle(.key(.enter))
    #expect(reader.state.authorFilter == "Ann Lee")
    reader.handle(.tick)
    #expect(searchItem(reader) == "/lantern –/1")
  }
}

extension Substring {
  fileprivate func trimmingCharacters() -> String {
    String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}

@Suite struct TypingSearchTests {
  /// Typed letter by letter, each letter going on from the last match, the search lands where
  /// one search for the whole query from the top lands.
  @Test func typingOnFindsWhatSearchingTheWholeQueryFinds() throws {
    let document = Document.sample()
    let engine = Update(document: document, lines: WrappedLineCache(), mouseEnabled: false)
    let top = SearchMatch(
      article: 0, block: document.articles[0].blocks.lowerBound, offset: 0, ordinal: 0)
    for query in ["the", "stat", "zzq", "ad"] {
      let typed = try program(document, 120, 30, keys: "/" + query).state.search?.current
      let direct = engine.findMatch(
        query, from: top, forward: true, inclusive: true,
        in: ArticleSet(document: document, author: nil))
      #expect(typed == direct?.match, "query \(query)")
      #expect((direct == nil) == (query == "zzq"))
    }
  }
}

@Suite struct MarkedLinesTests {
  /// Lines with search marks built from the unmarked lines equal lines built from nothing.
  @Test func reusingUnmarkedLinesChangesNothing() {
    let document = Document.sample()
    for article in document.articles.indices {
      let plain = ArticleLines(document: document, article: article, width: 70, search: nil)
      for query in ["the", "state", "zzq"] {
        let search = TextSearch(query)
        let fresh = ArticleLines(document: document, article: article, width: 70, search: search)
        let reused = ArticleLines(
          document: document, article: article, width: 70, search: search, plain: plain)
        let same =
          fresh.allLines.map(\.cells) == reused.allLines.map(\.cells)
          && fresh.allLines.map(\.tags) == reused.allLines.map(\.tags)
          && fresh.allLines.map(\.block) == reused.allLines.map(\.block)
          && fresh.allLines.map(\.row) == reused.allLines.map(\.row)
        #expect(same, "article \(article), query \(query)")
      }
    }
  }
}
