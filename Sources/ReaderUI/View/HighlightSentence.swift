import ReaderCore
import ReaderScreen
import TerminalText

/// The sentence around a highlight, as the `H` list shows it: the phrase in the highlight
/// role, the words around it (other highlights included) plain.
///
/// Only a few hundred bytes either side are read, so a highlight deep in a 20 MB paragraph
/// costs what a short one does.
enum HighlightSentence {
  /// Bytes looked at on either side of the phrase.
  static let reach = 320

  static func cells(of highlight: Int, in document: Document, width: Int) -> [Cell] {
    guard width > 0 else { return [] }
    let (before, phrase, after) = parts(of: highlight, in: document)
    // The phrase is what the row is for: when the sentence is too long, the words before it
    // give way first, down to a third of the row.
    var lead = before
    let rest = phrase.reduce(displayWidth(of: after)) { $0 + displayWidth(of: $1.0) }
    let room = max(width / 3, width - rest)
    if displayWidth(of: lead) > room {
      // Kept from the end, a character at a time: measured once each, not the rest each time.
      var kept = 0
      var start = lead.endIndex
      while start > lead.startIndex {
        let previous = lead.index(before: start)
        let width = displayWidth(of: String(lead[previous]))
        if kept + width > room - 1 { break }
        kept += width
        start = previous
      }
      lead = "…" + lead[start...]
    }
    var cells: [Cell] = []
    for (text, role) in [(lead, Role.overlay)] + phrase + [(after, .overlay)] where !text.isEmpty {
      cells += ReaderScreen.cells(of: text, role: role)
    }
    return fit(cells, width: width)
  }

  /// The text before the phrase (from the start of its sentence), the phrase's pieces, and the
  /// text after it (to the end of its sentence).
  static func parts(of index: Int, in document: Document) -> (
    before: String, phrase: [(String, Role)], after: String
  ) {
    let highlight = document.highlights[index]
    let block = document.blocks[highlight.block]
    let whole = document.text(of: highlight)
    guard !block.spans.isEmpty, !highlight.spans.isEmpty else {
      return ("", [(whole, .highlight)], "")
    }
    let spans = document.spans
    let blockBytes =
      spans[block.spans.lowerBound].range
      .lowerBound..<spans[block.spans.upperBound - 1].range
      .upperBound
    let phraseBytes =
      spans[highlight.spans.lowerBound].range
      .lowerBound..<spans[highlight.spans.upperBound - 1]
      .range.upperBound
    let bytes = document.storage.bytes
    var low = max(blockBytes.lowerBound, phraseBytes.lowerBound - reach)
    var high = min(blockBytes.upperBound, phraseBytes.upperBound + reach)
    // Never cut a character in two.
    while low < phraseBytes.lowerBound && bytes[low] & 0xC0 == 0x80 { low += 1 }
    while high > phraseBytes.upperBound && high < bytes.count && bytes[high] & 0xC0 == 0x80 {
      high -= 1
    }
    let pieces = BlockText.spans(of: block, in: document, role: .overlay, clippedTo: low..<high)
    guard let first = pieces.firstIndex(where: { $0.highlight == index }),
      let last = pieces.lastIndex(where: { $0.highlight == index })
    else { return ("", [(whole, .highlight)], "") }
    let before = pieces[..<first].map(\.text).joinedText()
    let after = pieces[(last + 1)...].map(\.text).joinedText()
    let phrase = pieces[first...last].map {
      ($0.text, $0.highlight == index ? Role.highlight : Role.overlay)
    }
    return (
      sentenceStart(of: before, cut: low > blockBytes.lowerBound),
      phrase,
      sentenceEnd(of: after, cut: high < blockBytes.upperBound)
    )
  }

  // Sentences are found scalar by scalar: every stop, closer and space is one scalar, and
  // stepping by characters (with a `Set<Character>` lookup each) cost most of a row.
  private static func isStop(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…": return true
    default: return false
    }
  }

  private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "”", "’", "'", ")", "»", "]": return true
    default: return false
    }
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }

  /// `text` from the start of its last sentence; `…` first when the text was cut before it.
  static func sentenceStart(of text: String, cut: Bool) -> String {
    let scalars = text.unicodeScalars
    var start: String.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if isStop(scalars[index]) {
        var next = scalars.index(after: index)
        while next < scalars.endIndex && isCloser(scalars[next]) {
          next = scalars.index(after: next)
        }
        if next < scalars.endIndex && isSpace(scalars[next]) {
          while next < scalars.endIndex && isSpace(scalars[next]) {
            next = scalars.index(after: next)
          }
          start = next
          index = next
          continue
        }
      }
      index = scalars.index(after: index)
    }
    if let start { return String(scalars[start...]) }
    let first = scalars.firstIndex { !isSpace($0) } ?? scalars.endIndex
    let trimmed = String(scalars[first...])
    return cut && !trimmed.isEmpty ? "…" + trimmed : trimmed
  }

  /// `text` up to the end of its first sentence; `…` last when the text was cut before one.
  static func sentenceEnd(of text: String, cut: Bool) -> String {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if isStop(scalars[index]) {
        var next = scalars.index(after: index)
        while next < scalars.endIndex && isCloser(scalars[next]) {
          next = scalars.index(after: next)
        }
        if next == scalars.endIndex || isSpace(scalars[next]) { return String(scalars[..<next]) }
      }
      index = scalars.index(after: index)
    }
    let end =
      scalars.lastIndex { !isSpace($0) }.map { scalars.index(after: $0) } ?? scalars.startIndex
    let trimmed = String(scalars[..<end])
    return cut && !trimmed.isEmpty ? trimmed + "…" : trimmed
  }
}
