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

  @Test func countGoesInSlices() throws {
    var state = AppState(width: 120, height: 20)
    let document = tinyDocument()
    let reducer = Reducer(document: document, cache: LineCache(), mouseEnabled: false)
    reducer.open(&state, article: 0)
    for key in try KeyString.parse("/lantern<Enter>") { reducer.reduce(&state, .key(key)) }
    reducer.countMatches(&state, budget: 1)
    #expect(state.search?.count.perArticle == [0])
    reducer.countMatches(&state, budget: 1)
    reducer.countMatches(&state, budget: 1)
    #expect(state.search?.count.perArticle == [0, 1, 1])
    #expect(state.search?.count.total == 2)
    #expect(!reducer.isCounting(state))
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
    let engine = Reducer(document: document, cache: LineCache(), mouseEnabled: false)
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
