/// Verse: a paragraph whose line breaks are part of the text, so the reading pane and the
/// exports keep them instead of re-wrapping it as prose.
///
/// A paragraph is verse when it has two lines or more and either every break is hard (the
/// input said so), or every line is indented by at least `minimumIndent` columns and none is
/// longer than `maximumIndentedLine` characters (an indented stanza or epigraph), or it has
/// at least three lines, none longer than `maximumLine`, each starting with a capital letter
/// as verse lines traditionally do (short lines flush left). A wrapped prose paragraph has
/// long lines; a list item is a list item. Preformatted text (code, `<pre>`) is set the same
/// way, line by line with its indentation, since its lines are as written.
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
    switch paragraph.kind {
    case .text where !paragraph.breaks.isEmpty: break
    // One line of code keeps its indentation too.
    case .preformatted: break
    default: return nil
    }
    var lines: [Line] = []
    var start = paragraph.range.lowerBound
    for lineBreak in paragraph.breaks {
      lines.append(line(text, from: start, to: lineBreak.range.lowerBound))
      start = lineBreak.range.upperBound
    }
    lines.append(line(text, from: start, to: paragraph.range.upperBound))
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

  /// The line from `start` to `end`, without its indentation. A markup reader's rendered text
  /// keeps a line's leading spaces in the line (plain text counts them in the break before it),
  /// and a verse line's indentation is set by the pane, not drawn as spaces that wrap.
  private static func line(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Line
  {
    var start = start
    while start < end && Bytes.isSpace(text[start]) { start += 1 }
    return Line(range: start..<end, indent: indentBefore(text, start))
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
