/// Verse: a paragraph whose line breaks are part of the text, so the reading pane and the
/// exports keep them instead of re-wrapping it as prose.
///
/// A paragraph is verse when it has two lines or more and either every break is hard (the
/// input said so), or every line is indented by at least `minimumIndent` columns and none is
/// longer than `maximumIndentedLine` characters (an indented stanza or epigraph), or it has
/// at least three lines, none longer than `maximumLine`, each starting with a capital letter
/// as verse lines traditionally do (short lines flush left). A wrapped prose paragraph has
/// long lines; a list item is a list item.
enum VerseParagraph {
  /// One line of the verse: its text and its indentation in columns.
  struct Line: Equatable {
    var range: Range<Int>
    var indent: Int
  }

  static let minimumIndent = 2
  static let maximumIndentedLine = 60
  static let maximumLine = 45
  static let minimumFlushLines = 3

  /// The paragraph's lines when it is verse, else nil.
  static func lines(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> [Line]? {
    guard !paragraph.breaks.isEmpty, case .text = paragraph.kind else { return nil }
    var lines: [Line] = []
    var start = paragraph.range.lowerBound
    var indent = indentBefore(text, start)
    for lineBreak in paragraph.breaks {
      lines.append(Line(range: start..<lineBreak.range.lowerBound, indent: indent))
      start = lineBreak.range.upperBound
      indent = indentBefore(text, start)
    }
    lines.append(Line(range: start..<paragraph.range.upperBound, indent: indent))
    if paragraph.breaks.allSatisfy({ $0.kind == .hard }) { return lines }
    let longest = lines.map { Bytes.scalarCount(text, $0.range) }.max() ?? 0
    if lines.allSatisfy({ $0.indent >= minimumIndent }) && longest <= maximumIndentedLine {
      return lines
    }
    if lines.count >= minimumFlushLines && longest <= maximumLine
      && lines.allSatisfy({
        Bytes.startsCapitalised(text, at: $0.range.lowerBound, limit: $0.range.upperBound)
      })
    {
      return lines
    }
    return nil
  }

  /// Columns of spaces and tabs (a tab to the next multiple of four) before `start` on its
  /// line.
  private static func indentBefore(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
    var lineStart = start
    while lineStart > 0 && Bytes.isSpace(text[lineStart - 1]) { lineStart -= 1 }
    var columns = 0
    for index in lineStart..<start {
      columns = text[index] == 0x09 ? (columns / 4 + 1) * 4 : columns + 1
    }
    return columns
  }
}
