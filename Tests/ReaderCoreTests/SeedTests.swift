import ReaderCore
import TestSupport
import Testing

@Suite struct SeedTests {
  @Test(
    .enabled(
      if: SharedFixtures.runs(needing: "seeds/" + SharedFixtures.seedName),
      "the seed compilation is not next to the package"))
  func seedCompilation() throws {
    let document = try DocumentLoader.load(path: try #require(SharedFixtures.seed))
    let articles = document.articles
    #expect(
      articles.map(\.title) == [
        "The Putin-Trump call was a true turning point",
        "Russia has won a war against the West: What the Putin-Trump call really means",
        "‘It is impossible to bring us to our knees’: Russia reacts to Putin-Trump phone call",
        "Biden policies brought world to brink of apocalypse – Medvedev",
        "Fyodor Lukyanov: Trump’s call with Putin marks a shift in global power",
      ])
    #expect(
      articles.map(\.authors) == [
        ["Tarik Cyril Amar"], ["Tarik Cyril Amar"], ["Georgiy Berezovsky"], ["RT"],
        ["Fyodor Lukyanov"],
      ])
    #expect(
      articles.map(\.authorDescription) == [nil, nil, "Vladikavkaz-based journalist", nil, nil])
    #expect(articles.allSatisfy { $0.date == CalendarDate(year: 2025, month: 2, day: 13) })
    #expect(articles.allSatisfy { $0.dateText == "2-13-2025" })

    let editor = try #require(document.editor)
    #expect(editor.name == "RAD")
    let note = try #require(editor.note)
    #expect(note.hasPrefix("I've combined 5 articles in this post"))
    #expect(note.hasSuffix("where you might want to slow down and take note."))
    #expect(articles[0].blocks.contains(try #require(editor.block)))

    let speakers = document.quotes[articles[2].quotes].filter { $0.kind == .block }
    #expect(
      speakers.map(\.speaker) == [
        "Dmitry Medvedev", "Konstantin Kosachev", "Ksenia Sobchak", "Andrey Bystritsky",
        "Dmitry Trenin", "Andrey Kortunov", "Aleksey Pushkov", "Sergey Poletayev",
        "Valentin Bogdanov",
      ])
    #expect(
      speakers.map(\.role) == [
        "Third President of Russia", "Vice Speaker of the Federation Council",
        "Former presidential candidate, journalist",
        "Chairman of the Board of the Foundation for Development and Support of the Valdai Discussion Club",
        "Academic Supervisor of the Institute of World Military Economy and Strategy at HSE University",
        "Expert at the Valdai International Discussion Club", "Senator",
        "Co-founder and editor of the Vatfor project", "VGTRK bureau chief in New York",
      ])
    #expect(articles.map(\.related.count) == [3, 1, 0, 1, 1])
    #expect(document.related.count == 1)
    #expect(document.highlights.isEmpty)
    #expect(articles.map(\.bio).map { $0 != nil } == [true, false, false, false, true])
    for article in articles {
      let texts = document.blocks[article.blocks].map { document.text(of: $0) }
      #expect(!texts.contains("Leave a Comment"))
    }
  }
}
