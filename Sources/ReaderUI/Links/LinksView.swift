import ReaderCore

/// What the selected link adds to the view models: its mark in the reading pane, and a status
/// line saying which link it is and where it leads.
struct LinksView {
  let links: LinkState
  let document: Document
  let openArticle: Int

  /// The selected link drawn in `.selectedLink`, over every other mark.
  var marks: [TextMark] {
    guard let link = links.selected, link.article == openArticle else { return [] }
    return [TextMark(block: link.block, range: link.range, role: .selectedLink)]
  }

  /// The status line while a link is selected; nil otherwise.
  func statusLine(message: String?) -> StatusLine? {
    guard let link = links.selected else { return nil }
    let number = "\(links.position + 1)/\(links.count)"
    let leads =
      links.target.map { "article \(document.articles[$0].number)" } ?? link.address
      ?? "no address"
    return StatusLine(
      items: [[(" link \(number) ", .statusAccent), (leads, .status)]],
      right: message.map { ($0 + " ", .statusAccent) }
        ?? ("Enter follow · o open · Esc leave ", .status), rightIsHint: message == nil)
  }
}
