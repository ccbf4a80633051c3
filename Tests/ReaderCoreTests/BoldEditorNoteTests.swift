import ReaderCore
import Testing

/// An editor's note in bold keeps its shape: bold from the opening parenthesis to the closing
/// one (in any of plain text's bold markers) is still the note, its words the editor's
/// highlight; a signature in bold is read without its markers.
@Suite struct BoldEditorNoteTests {
  static func compilation(note: String) -> String {
    "Harbour news\n\nby Ann Lee [2024-05-06].\n\n\(note)\n\nThe boats came in late.\n"
  }

  @Test(arguments: [
    "**(Three pieces for a rainy week – ED)**", "__(Three pieces for a rainy week – ED)__",
    "<b>(Three pieces for a rainy week – ED)</b>",
    "<STRONG>(Three pieces for a rainy week – ED)</STRONG>",
  ])
  func aNoteInBoldFromEndToEndIsTheNote(note: String) throws {
    let document = try parse(Self.compilation(note: note))
    #expect(document.editor?.name == "ED")
    #expect(document.editor?.note == "Three pieces for a rainy week")
    let kinds = document.articles[0].blocks.map { document.blocks[$0].kind }
    #expect(kinds == [.title, .byline, .editorNote, .dek])
    #expect(document.highlights.map { document.text(of: $0) } == ["Three pieces for a rainy week"])
  }

  @Test func aSignatureInBoldIsReadWithoutItsMarkers() throws {
    let document = try parse(Self.compilation(note: "(Three pieces for a **rainy** week — **ED**)"))
    #expect(document.editor?.name == "ED")
    #expect(document.editor?.note == "Three pieces for a rainy week")
    #expect(document.highlights.map { document.text(of: $0) } == ["rainy"])
  }

  /// Bold around a paragraph in parentheses with no signature stays running text.
  @Test func boldParenthesesWithoutASignatureAreText() throws {
    let document = try parse(Self.compilation(note: "**(Three pieces for a rainy week.)**"))
    #expect(document.editor == nil)
    #expect(
      document.highlights.map { document.text(of: $0) } == ["(Three pieces for a rainy week.)"])
  }
}
