import Testing

@testable import ReaderCore

/// The plain-text reader on its own: the paragraph stream it produces, before any structure.
@Suite struct PlainTextReaderTests {
  /// Reads `text` to its end; returns the storage (to keep the bytes alive) and the paragraphs.
  private func read(_ text: String) -> (TextStorage, [Paragraph], lineCount: Int) {
    let storage = TextStorage(copying: Array(text.utf8))
    var reader = PlainTextReader(text: storage.bytes, start: 0)
    var paragraphs: [Paragraph] = []
    while let paragraph = reader.next() { paragraphs.append(paragraph) }
    #expect(reader.isAtEnd)
    return (storage, paragraphs, reader.lineCount)
  }

  @Test func paragraphsCarryTheirTextAndSourceLines() {
    let (storage, paragraphs, lineCount) = read("\n  First one\nwraps here.  \n\n \t\nSecond.\n")
    #expect(paragraphs.map { storage.string($0.range) } == ["First one\nwraps here.", "Second."])
    #expect(paragraphs.map(\.firstLine) == [2, 6])
    #expect(paragraphs.map(\.lastLine) == [3, 6])
    #expect(paragraphs.map(\.isSingleLine) == [false, true])
    #expect(lineCount == 6)
  }

  @Test func innerLineEndsAreSoftBreaksCoveringTheSpacesAround() {
    let (storage, paragraphs, _) = read("one  \r\n   two\rthree\n")
    #expect(paragraphs.count == 1)
    let breaks = paragraphs[0].breaks
    #expect(breaks.map(\.kind) == [.soft, .soft])
    #expect(breaks.map { storage.string($0.range) } == ["  \r\n   ", "\r"])
    #expect(breaks.map(\.listItemIndent) == [nil, nil])
    #expect(paragraphs[0].firstLineEnd == 3)
  }

  @Test func plainTextLeavesTheKindsOnlyOtherInputsKnowUnset() {
    let (_, paragraphs, _) = read("# Not a heading\n\n> not a quote\n")
    #expect(paragraphs.map(\.kind) == [.text, .text])
    #expect(paragraphs.map(\.isBlockQuote) == [false, false])
  }

  @Test func boldMarksGiveThePhraseAndTheMarkers() {
    let (storage, paragraphs, _) = read("A **bold\nphrase** and <B>tag</B>, an **opener.\n")
    let marks = paragraphs[0].marks
    #expect(marks.map(\.kind) == [.bold, .bold])
    #expect(marks.map { storage.string($0.content) } == ["bold\nphrase", "tag"])
    #expect(marks.map { storage.string($0.outer) } == ["**bold\nphrase**", "<B>tag</B>"])
  }

  @Test func aListParagraphIsSplitIntoItemsAtMarkedBreaks() {
    let (storage, paragraphs, _) = read("  - first\n    goes on\n\t2) second\n- third\n")
    #expect(paragraphs.count == 1)
    #expect(paragraphs[0].kind == .listItem(indent: 2))
    #expect(paragraphs[0].breaks.map(\.listItemIndent) == [nil, 4, 0])
    #expect(storage.string(paragraphs[0].range) == "- first\n    goes on\n\t2) second\n- third")
  }

  @Test func boldDoesNotCrossFromOneListItemIntoTheNext() {
    let (storage, paragraphs, _) = read("- an **open\n- shut** and **done**\n")
    #expect(paragraphs[0].marks.map { storage.string($0.content) } == ["done"])
  }

  @Test func boldMayCrossAListLikeLineInRunningText() {
    let (storage, paragraphs, _) = read("Text with **a\n- dash** inside.\n")
    #expect(paragraphs[0].kind == .text)
    #expect(paragraphs[0].breaks.map(\.listItemIndent) == [0])
    #expect(paragraphs[0].marks.map { storage.string($0.content) } == ["a\n- dash"])
  }

  @Test func eachListMarkNeedsASpaceAfterIt() {
    let (_, paragraphs, _) = read("-x\n\n12. twelve\n\n1234. too long\n\n• dot\n\n*\n")
    #expect(
      paragraphs.map(\.kind) == [.text, .listItem(indent: 0), .text, .listItem(indent: 0), .text])
  }

  @Test func readingResumesWhereItStopped() {
    let storage = TextStorage(copying: Array("One.\n\nTwo.\n\nThree.".utf8))
    var reader = PlainTextReader(text: storage.bytes, start: 0)
    #expect(reader.next().map { storage.string($0.range) } == "One.")
    #expect(reader.position == 6)
    #expect(!reader.isAtEnd)
    #expect(reader.next().map { storage.string($0.range) } == "Two.")
    #expect(reader.next().map { storage.string($0.range) } == "Three.")
    #expect(reader.isAtEnd)
    #expect(reader.next() == nil)
    #expect(reader.lineCount == 5)
  }
}
