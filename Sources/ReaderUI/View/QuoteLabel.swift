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
        let piece = range.lowerBound..<min(range.upperBound, range.lowerBound + budget)
        pieces.append(document.storage.string(piece))
        budget -= piece.count
      }
      text = pieces.joined()
    case .block:
      guard let first = quote.blocks.first else { return "" }
      text = String(document.text(of: document.blocks[first]).prefix(Self.labelCharacters * 4))
    }
    return Document.foldingLineBreaks(String(text.prefix(Self.labelCharacters)))
  }

  /// Characters a label is made from: more than the widest sidebar shows.
  private static let labelCharacters = 120
  /// Bytes read for them: four a character, the most UTF-8 takes. Taking 1,000 and folding
  /// the line breaks of all of them was two thirds of a label's cost, and seven labels were
  /// a twentieth of the seed's first frame.
  private static let labelBytes = labelCharacters * 4
}
