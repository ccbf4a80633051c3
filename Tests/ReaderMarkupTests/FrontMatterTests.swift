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
