import ReaderCore
import Testing

/// Front matter at the top of a Markdown file (YAML between `---`, TOML between `+++`) is not
/// an article; its `title` names the compilation when the text has no `#` heading.
@Suite struct FrontMatterTests {
  private static let body = "## A piece\n\n*by Ann Lee*\n\nThe **text**.\n"

  @Test(arguments: [
    "---\ntitle: \"From YAML\"\nauthor: Someone\ntags: [a, b]\n---\n\n",
    "+++\ntitle = \"From YAML\"\ndraft = false\n+++\n\n",
    "---\r\ntitle: 'From YAML'\r\n...\r\n\r\n",
  ])
  func frontMatterIsSkipped(frontMatter: String) throws {
    let document = try load(frontMatter + Self.body, as: "fm.md")
    #expect(document.articles.map(\.title) == ["A piece"])
    #expect(!document.blockTexts.contains { $0.contains("author") || $0.contains("draft") })
    #expect(document.title == "From YAML")
    #expect(document.highlightTexts == ["text"])
  }

  @Test func aHeadingTitleWinsAndLinesStay() throws {
    let markdown = "---\ntitle: Other\n---\n# The heading\n\n" + Self.body
    let document = try load(markdown, as: "h.md")
    #expect(document.title == "The heading")
    #expect(document.articles.first?.firstLine == 6)
    // A rule at the top with no closing fence is Markdown, not front matter.
    #expect(try load("---\n\nJust text here.\n", as: "u.md").blockTexts == ["Just text here."])
  }

}

/// A static site's post keeps its title and author in the front matter and starts its text
/// with no heading: they head its one article, as `# Title` and `by …` would.
@Suite struct FrontMatterHeadTests {
  private static let text = "\nThe quarry closed in **the spring of 1961**.\n\nIts men left.\n"

  @Test func theTitleAndAuthorHeadThePost() throws {
    let markdown = "---\ntitle: \"Salt and Stone\"\nauthor: Mira Holt\n---\n" + Self.text
    let document = try load(markdown, as: "post.md")
    #expect(document.title == "Salt and Stone")
    let article = try #require(document.articles.first)
    #expect(article.title == "Salt and Stone")
    #expect(article.authors == ["Mira Holt"])
    #expect(
      document.blockTexts
        == [
          "Salt and Stone", "by Mira Holt", "The quarry closed in the spring of 1961.",
          "Its men left.",
        ])
    #expect(document.highlightTexts == ["the spring of 1961"])
    #expect(article.firstLine == 2)
  }

  /// An author that makes no byline (a login name, a list) is left out, not made text.
  @Test func anAuthorThatIsNoNameIsLeftOut() throws {
    for author in ["admin", "[Mira Holt, Ann Lee]"] {
      let markdown = "---\ntitle: Salt and Stone\nauthor: \(author)\n---\n" + Self.text
      let document = try load(markdown, as: "post.md")
      #expect(document.articles.map(\.title) == ["Salt and Stone"], "\(author)")
      #expect(document.articles.first?.authors == [], "\(author)")
      #expect(
        document.blockTexts
          == ["Salt and Stone", "The quarry closed in the spring of 1961.", "Its men left."],
        "\(author)")
    }
  }
}

/// A post's `date` in its front matter is its article's date, as a byline's would be.
@Suite struct FrontMatterDateTests {
  private static let text = "\nThe quarry closed in **the spring of 1961**.\n\nIts men left.\n"

  @Test(arguments: ["2024-02-02", "2024-02-02T10:00:00Z", "\"2024-02-02 10:00:00 +0000\""])
  func theDateIsTheArticles(date: String) throws {
    let markdown =
      "---\ntitle: Salt and Stone\nauthor: Mira Holt\ndate: \(date)\n---\n" + Self.text
    let document = try load(markdown, as: "post.md")
    let article = try #require(document.articles.first)
    #expect(article.authors == ["Mira Holt"])
    #expect(article.dateText == "2024-02-02")
    #expect(article.date.map { "\($0.year)-\($0.month)-\($0.day)" } == "2024-2-2")
  }

  /// A date that is no day (a word, a bare year) leaves the byline as it was.
  @Test func aDateThatIsNoDayIsLeftOut() throws {
    let markdown = "---\ntitle: Salt and Stone\nauthor: Mira Holt\ndate: 1961\n---\n" + Self.text
    let document = try load(markdown, as: "post.md")
    let article = try #require(document.articles.first)
    #expect(article.authors == ["Mira Holt"])
    #expect(article.date == nil)
    #expect(document.blockTexts.prefix(2) == ["Salt and Stone", "by Mira Holt"])
  }
}
