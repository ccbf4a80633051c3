import ReaderCore
import ReaderScreen
import ReaderUI

/// A frame after `keys`, through the same path as `reader snapshot`.
func frame(
  _ document: Document, _ width: Int, _ height: Int, keys: String = "",
  options: ReaderOptions = ReaderOptions(fileLabel: "test.txt")
) throws -> Screen {
  ReaderProgram.snapshot(
    of: document, options: options, width: width, height: height, keys: try KeyString.parse(keys))
}

/// A small document: three articles by two authors, highlights, a speaker block, a note.
func tinyDocument() -> Document {
  var builder = DocumentBuilder()
  builder.article("First steps", by: ["Ann Lee"], date: CalendarDate(year: 2024, month: 3, day: 1))
  builder.note("Read the second part slowly.", editor: "ED")
  builder.paragraph(.plain("The opening has "), .bold("one bold phrase"), .plain(" in it."))
  builder.paragraph(.plain("A second paragraph that is long enough to wrap at narrow widths."))
  builder.speaker(
    "Maria Gomez", role: "Mayor", says: .plain("We will "), .bold("open the line"), .plain(" soon.")
  )
  builder.article("Second thoughts", by: ["Bo Chen"])
  builder.paragraph(.plain("Nothing bold here, only a word to find: lantern."))
  builder.article("Third time", by: ["Ann Lee"], date: CalendarDate(year: 2024, month: 3, day: 9))
  builder.paragraph(
    .bold("Bold start"), .plain(" and a lantern and "), .bold("bold end"), .plain("."))
  return builder.build()
}

/// How `reader snapshot` labels the sample.
let sampleOptions = ReaderOptions(mouse: true, fileLabel: "(sample)")

/// A program after a resize and `keys`, for tests that keep going.
func program(
  _ document: Document, _ width: Int, _ height: Int, keys: String = "",
  options: ReaderOptions = sampleOptions
) throws -> ReaderProgram {
  var program = ReaderProgram(document: document, options: options)
  program.handle(.resize(width: width, height: height))
  for key in try KeyString.parse(keys) { program.handle(.key(key)) }
  return program
}

extension Screen {
  /// Row `y` as text, trailing spaces trimmed.
  func row(_ y: Int) -> String {
    let lines = text().split(separator: "\n", omittingEmptySubsequences: false)
    return y < lines.count ? String(lines[y]) : ""
  }
}
