import ReaderCore
import Testing

/// Editor's notes in the other shapes editors give them: in square brackets, or opened by a
/// label (`Editor’s note:`) instead of brackets, signed as FORMAT.md's note is. The label is
/// the pane's own (`Editor's note — HM`), so it is no text of the note.
@Suite struct BracketedNoteTests {
  private func document(note: String) throws -> Document {
    try parse("Harbour news\n\nby Ann Lee\n\n\(note)\n\nThe boats came in late.\n")
  }

  @Test func aSignedNoteInSquareBracketsIsTheNote() throws {
    let document = try document(note: "[This piece first ran in **March**. — HM]")
    #expect(document.editor?.name == "HM")
    #expect(document.editor?.note == "This piece first ran in March.")
    #expect(document.kinds(article: 0) == [.title, .byline, .editorNote, .dek])
    #expect(document.highlightTexts == ["March"])
  }

  @Test func aLabelledSignedNoteIsTheNoteWithoutItsLabel() throws {
    for note in [
      "Editor’s note: This piece first ran in March. — HM",
      "Editor's Note: This piece first ran in March. –HM.",
      "[Editor’s note: This piece first ran in March. - HM]",
      "(Ed. note: This piece first ran in March. — HM)",
    ] {
      let document = try document(note: note)
      #expect(document.editor?.name == "HM", "\(note)")
      #expect(document.editor?.note == "This piece first ran in March.", "\(note)")
    }
  }

  /// A picture's caption and credit in brackets, as pages copied from the web hold them, is
  /// no note and names no editor.
  @Test func aBracketedCaptionIsNoNote() throws {
    for caption in [
      "[Photo: The bridge at dawn, seen from the old quay — Ann Lee]",
      "[Image: Boats in the harbour — Bo Chen]",
      "[The bridge at dawn — Ann Lee]",
    ] {
      let document = try document(note: caption)
      #expect(document.editor == nil, "\(caption)")
    }
    // A labelled note stays a note, however short.
    #expect(try document(note: "[Editor’s note: Updated. — HM]").editor?.name == "HM")
  }

  /// Unsigned, a label or brackets make no note: the editor is who signs it.
  @Test func unsignedOrUnlabelledTextIsNoNote() throws {
    for note in [
      "Editor’s note: This piece first ran in March.",
      "[This piece first ran in March.]",
      "This piece first ran in March. — HM",
      "[This piece first ran in March — HM] and more after it.",
    ] {
      #expect(try document(note: note).editor == nil, "\(note)")
    }
  }
}
