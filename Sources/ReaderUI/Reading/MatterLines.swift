import ReaderCore
import ReaderScreen

/// Front or back matter as the reading pane shows it: each of the file's lines wrapped to the
/// width on its own (a contents list or a licence is set line by line), a blank line between
/// paragraphs.
enum MatterLines {
  static func lines(of matter: Matter, width: Int) -> [[Cell]] {
    var result: [[Cell]] = []
    for (index, paragraph) in matter.paragraphs.enumerated() {
      if index > 0 { result.append([]) }
      for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
        let indent = line.prefix { $0 == " " }.count
        let wrapped = wrap(
          [TextRun(String(line), role: .text)], width: width, firstIndent: indent,
          restIndent: indent)
        for row in wrapped {
          result.append(Array(repeating: Cell.blank(), count: row.indent) + row.cells)
        }
      }
    }
    return result
  }
}
