/// The marks a browser draws around an inline quotation (`<q>`), which has none in its text:
/// shared by web pages and inline HTML in Markdown, so both read alike.
enum QuoteMarks {
  /// “…” for a quotation, ‘…’ for one inside it; `depth` is how many `<q>` are open around
  /// it (not counting itself).
  static func mark(depth: Int, opening: Bool) -> String {
    depth % 2 == 0 ? (opening ? "\u{201C}" : "\u{201D}") : (opening ? "\u{2018}" : "\u{2019}")
  }
}
