import ReaderCore
import ReaderScreen

/// A quote as the sidebar lists it: speaker (or `(unattributed)`), a dash, its first words.
struct QuoteLabel {
  let document: Document
  /// How a quote with no known speaker is labelled.
  static let unattributed = "(unattributed)"

  /// The label of quote `index` in `width` columns, its last segment cut with `…` if the
  /// whole does not fit.
  func cells(of index: Int, width: Int) -> [Cell] {
    let quote = document.quotes[index]
    let speaker: (String, Role) =
      quote.speaker.map { ($0, .speaker) } ?? (QuoteLabel.unattributed, .muted)
    let segments = [speaker, (" — ", .muted), (firstWords(of: quote), .text)]
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
      let range =
        quote.range.lowerBound..<min(quote.range.upperBound, quote.range.lowerBound + 1000)
      text = document.storage.string(range)
    case .block:
      guard let first = quote.blocks.first else { return "" }
      text = document.text(of: document.blocks[first])
    }
    return Document.foldingLineBreaks(String(text.prefix(120)))
  }
}
