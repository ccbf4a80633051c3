import ReaderCore
import Testing

@testable import ReaderMarkup

/// Markdown piped in, or in a file without an extension, is read as Markdown when it looks
/// like it (a `#` title, then more headings); a `.txt` file and plain text stay plain text.
@Suite struct MarkdownSniffTests {
  static let markdown = """
    # Weekly harbour

    ## Boats come in

    *by Ann Lee*

    The boats came **in late**, as [the log](https://e.org/log) says.

    """

  @Test(arguments: ["-", "notes", "/tmp/a.b/notes"])
  func markdownWithoutAFileNameToGoByIsMarkdown(name: String) throws {
    let document = try load(Self.markdown, as: name)
    #expect(document.input == .markdown)
    #expect(document.title == "Weekly harbour")
    #expect(document.articles.map(\.title) == ["Boats come in"])
    #expect(document.highlightTexts == ["in late"])
  }

  @Test func aTextFileStaysText() throws {
    #expect(try load(Self.markdown, as: "notes.txt").input == .text)
  }

  @Test(arguments: [
    "Boats come in\n\nby Ann Lee\n\n## Not a title at the top\n",
    "# A lone heading and nothing more\n\nby Ann Lee\n\nText.\n",
    "#hashtag first\n\n## then a heading\n",
  ])
  func plainTextIsNotTakenForMarkdown(text: String) {
    let start = Array(text.utf8)
    #expect(!start.withUnsafeBufferPointer { MarkdownSniff.looksLikeMarkdown($0) })
  }

  /// The Markdown export of a compilation without a title starts with its first article's
  /// `##`: piped back into `reader`, it was read as plain text, one article of five.
  @Test func theMarkdownExportOfACompilationWithoutATitleIsMarkdown() throws {
    let exported = MarkdownExporter.export(try load(Self.untitled, as: "harbour.md"))
    #expect(exported.hasPrefix("## Boats come in"))
    let piped = try load(exported, as: "-")
    #expect(piped.input == .markdown)
    #expect(piped.articles.map(\.title) == ["Boats come in", "Nets mended"])
    #expect(piped.highlightTexts == ["in late", "by noon"])
  }

  static let untitled = """
    ## Boats come in

    *by Ann Lee*

    The boats came **in late**.

    ## Nets mended

    *by Bob Roe*

    The nets were mended **by noon**.

    """

  @Test func frontMatterAndAByteOrderMarkStillLookLikeMarkdown() {
    let text = "\u{FEFF}---\ntitle: x\n---\n\n## A heading\n"
    #expect(Array(text.utf8).withUnsafeBufferPointer { MarkdownSniff.looksLikeMarkdown($0) })
  }
}
