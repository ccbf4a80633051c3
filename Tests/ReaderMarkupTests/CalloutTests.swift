import ReaderCore
import Testing

/// GitHub's alerts and Obsidian's callouts are block quotes by their syntax but labelled boxes
/// on the page: their marker is a label, and their words are no quotation.
@Suite struct CalloutTests {
  private static let head = "## A title\n\n*by Ann Lee*\n\nIntro.\n\n"

  private func body(_ markdown: String) throws -> Document {
    try load(Self.head + markdown, as: "notes.md")
  }

  @Test func anAlertsMarkerIsItsLabel() throws {
    let document = try body(
      "> [!NOTE]\n> Useful to know, with **bold**.\n\n> [!WARNING]\n> One.\n>\n> Two.\n\nAfter.\n")
    #expect(
      Array(document.blockTexts.suffix(6)) == [
        "Note", "Useful to know, with bold.", "Warning", "One.", "Two.", "After.",
      ])
    #expect(!document.blockTexts.contains { $0.contains("[!") })
    #expect(document.highlightTexts == ["bold"])
  }

  @Test func anAlertIsNoQuotation() throws {
    let document = try body("> [!TIP]\n> Read the second piece first, it explains the rest.\n")
    #expect(document.quotes.isEmpty)
    #expect(document.blocks.allSatisfy { $0.kind != .speakerQuote })
  }

  /// Obsidian's own title after the marker is the label; a fold mark is not shown; the words
  /// under it may be the editor's note.
  @Test func anObsidianCalloutsTitleIsItsLabel() throws {
    let document = try body(
      "> [!faq]- Why these pieces?\n> (Because they are short. — ED)\n\nAfter.\n")
    #expect(document.blockTexts.contains("Why these pieces?"))
    #expect(document.editor?.name == "ED")
    #expect(document.editor?.note == "Because they are short.")
  }

  /// A quotation that only starts with a bracket, or a marker run into a word, stays a quote.
  @Test func otherQuotesStayQuotes() throws {
    let document = try body(
      "> [!NOTE]x is what the log said, every single night.\n\n"
        + "> [1] Nobody expected the trains to run on time again.\n")
    #expect(document.blocks.filter { $0.kind == .speakerQuote }.count == 2)
  }
}
