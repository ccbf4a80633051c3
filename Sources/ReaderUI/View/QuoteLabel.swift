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
      // Its first 1,000 bytes as shown, bold markers left out.
      var budget = 1000
      var pieces: [String] = []
      for range in document.shownRanges(of: quote) where budget > 0 {
        let piece = range.lowerBound..<min(range.upperBound, range.lowerBound + budget)
        pieces.append(document.storage.string(piece))
        budget -= piece.count
      }
      text = pieces.joined()
    case .block:
      guard let first = quote.blocks.first else { return "" }
      text = document.text(of: document.blocks[first])
    }
    return Document.foldingLineBreaks(String(text.prefix(120)))
  }
}
