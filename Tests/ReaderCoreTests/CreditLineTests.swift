import Testing

@testable import ReaderCore

/// A credit line under the compilation's title (`Compiled by …`): the compilation's editor and,
/// with its title, the front matter, never an article of its own.
@Suite struct CreditLineTests {
  private let credited = """
    Harbour Week

    Compiled by Mara Quell

    The dockers’ side
    by Ivo Brandt [3-4-2025 published].

    The strike began on a **Monday morning**, when the cranes stopped.

    The owners’ side
    by Lena Ortiz

    The owners said the **losses were mounting** by the hour.
    """

  @Test(arguments: [
    ("Compiled by Mara Quell", ["Mara Quell"]),
    ("Edited by Ann Lee and Bo Chen.", ["Ann Lee", "Bo Chen"]),
    ("SELECTED AND INTRODUCED BY Ivo Brandt", ["Ivo Brandt"]),
    ("Curated by Noor Haddad, features editor", ["Noor Haddad"]),
  ])
  func aCreditNamesItsEditors(line: String, names: [String]) {
    #expect(CreditLine.names(in: line) == names)
  }

  @Test(arguments: [
    "Edited by hand in 1990", "Written by Mara Quell", "by Mara Quell",
    "Compiled and by Mara Quell", "Compiled by", "Collected works by the sea",
  ])
  func otherLinesAreNoCredit(line: String) {
    #expect(CreditLine.names(in: line) == nil)
  }

  @Test func theTitleAndCreditAreFrontMatterAndTheEditorIsNamed() throws {
    let document = try parse(credited)
    #expect(document.title == "Harbour Week")
    #expect(document.articles.map(\.title) == ["The dockers’ side", "The owners’ side"])
    #expect(document.articles.map(\.authors) == [["Ivo Brandt"], ["Lena Ortiz"]])
    #expect(document.editor == Editor(name: "Mara Quell", note: nil, block: nil))
    let front = try #require(document.frontMatter)
    #expect(front.title == "Harbour Week")
    #expect((front.firstLine, front.lastLine) == (1, 3))
    #expect(front.paragraphs == ["Harbour Week", "Compiled by Mara Quell"])
    #expect(document.highlightTexts == ["Monday morning", "losses were mounting"])
    let json = JSONExporter.export(document)
    #expect(json.contains("\"name\": \"Mara Quell\""))
    #expect(json.contains("\"note\": null"))
  }

  @Test func aSignedNoteNamesTheEditorOverTheCredit() throws {
    let document = try parse(
      credited.replacingOccurrences(
        of: "Compiled by Mara Quell\n",
        with: "Compiled by Mara Quell\n\n(Both sides, in their own words. — MQ)\n"))
    #expect(document.articles.map(\.title) == ["The dockers’ side", "The owners’ side"])
    #expect(document.editor?.name == "MQ")
    #expect(document.editor?.note == "Both sides, in their own words.")
    #expect(document.frontMatter?.paragraphs == ["Harbour Week", "Compiled by Mara Quell"])
  }

  @Test func aCreditFirstInTheFileIsFrontMatterWithoutATitle() throws {
    let document = try parse(
      credited.replacingOccurrences(of: "Harbour Week\n\n", with: ""))
    #expect(document.title == nil)
    #expect(document.editor?.name == "Mara Quell")
    #expect(document.frontMatter?.title == "Compiled by Mara Quell")
    #expect(document.articles.map(\.title) == ["The dockers’ side", "The owners’ side"])
  }

  /// Held only while an article with a byline may follow: over text, the title and credit are
  /// the first article's, as they were, and nothing is lost.
  @Test func overTextTheCreditStaysInTheFirstArticle() throws {
    let document = try parse(
      """
      Harbour Week

      Compiled by Mara Quell

      These pieces were gathered over one long strike.

      The dockers’ side
      by Ivo Brandt

      The strike began on a **Monday morning**.
      """)
    #expect(document.title == nil)
    #expect(document.frontMatter == nil)
    #expect(document.editor == nil)
    #expect(document.articles.map(\.title) == ["Harbour Week", "The dockers’ side"])
    #expect(
      document.blocks[document.articles[0].blocks].map { document.text(of: $0) } == [
        "Harbour Week", "Compiled by Mara Quell",
        "These pieces were gathered over one long strike.",
      ])
  }
}
