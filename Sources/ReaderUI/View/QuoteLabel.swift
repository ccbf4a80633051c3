import ReaderCore
import ReaderScreen

/// A quote as the sidebar lists it: speaker and a dash when it has one, then its first words.
struct QuoteLabel {
  let document: Document

  /// The label of quote `index` in `width` columns, its last segment cut with `…` if the
  /// whole does not fit.
  func cells(of index: Int, width: Int) -> [Cell] {
    let quote = document.quotes[index]
    // Without a speaker the quote alone: a label would spend most of a narrow column.
    let segments: [(String, Role)] =
      (quote.speaker.map { [($0, .speaker), (" — ", .muted)] } ?? [])
      + [(firstWords(of: quote), .text)]
    var cells: [Cell] = []
    var used = 0
    for (text, role) in segments {
      let room = width - used
      let piece = fit(text, width: room, role: role)
      cells += piece
      used += displayWidth(of: piece)
      if !fits(text, width: room) { break }
    }
    return cells
  }

  private func firstWords(of quote: Quote) -> String {
    let text: String
    switch quote.kind {
    case .inline:
      // Its first bytes as shown, bold markers left out: enough for the characters kept.
      var budget = Self.labelBytes
      var pieces: [String] = []
      for range in document.shownRanges(of: quote) where budget > 0 {
        guard range.count > budget else {
          pieces.append(document.storage.string(range))
          budget -= range.count
          continue
        }
        // Cut at a scalar's first byte: a scalar cut in two shows as U+FFFD, and where a
        // script takes more than four bytes a character (marks joined to a letter), the cut
        // falls among the 120 characters kept, not past them.
        let end = Self.scalarStart(at: range.lowerBound + budget, in: document.storage)
        pieces.append(document.storage.string(range.lowerBound..<max(range.lowerBound, end)))
        budget = 0
      }
      text = pieces.joined()
    case .block:
      guard let first = quote.blocks.first else { return "" }
      text = String(document.text(of: document.blocks[first]).prefix(Self.labelCharacters * 4))
    }
    return Document.foldingLineBreaks(String(text.prefix(Self.labelCharacters)))
  }

  /// `index`, or the start of the scalar whose continuation byte stands at `index`.
  private static func scalarStart(at index: Int, in storage: TextStorage) -> Int {
    var start = index
    // At most three continuation bytes follow a scalar's first byte.
    while start > index - 3 && start > 0 && storage.bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// Characters a label is made from: more than the widest sidebar shows.
  private static let labelCharacters = 120
  /// Bytes read for them: four a character, the most UTF-8 takes. Taking 1,000 and folding
  /// the line breaks of all of them was two thirds of a label's cost, and seven labels were
  /// a twentieth of the seed's first frame.
  private static let labelBytes = labelCharacters * 4
}
