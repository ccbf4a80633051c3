import ReaderCore
import ReaderScreen

/// The article list: number, title, then author and date on a second row; the open article
/// marked `▸`, the selected one in a selection bar.
struct ArticleListPane {
  let renderer: Renderer

  func draw(_ screen: inout Screen, _ columns: Range<Int>) {
    let state = renderer.state
    let document = renderer.document
    let rows = ListRows(reducer: renderer.reducer, state: state)
    let title: String
    if let author = state.authorFilter {
      title = "By \(author) (\(rows.set.count) of \(document.articles.count))"
    } else {
      title = "Articles (\(rows.set.count))"
    }
    renderer.drawHeader(&screen, columns, title, pane: .list)
    let firstRow = state.layout.paneRows.lowerBound + 1
    guard !rows.set.isEmpty else {
      _ = screen.put(
        fit(" (no articles)", width: columns.count, role: .muted), x: columns.lowerBound,
        y: firstRow, maxWidth: columns.count)
      return
    }
    let digits = String(document.articles[rows.set[rows.set.count - 1]].number).count
    let width = columns.count
    for slot in 0..<rows.visible {
      let position = rows.top + slot
      guard position < rows.set.count else { break }
      let index = rows.set[position]
      let article = document.articles[index]
      let y = firstRow + slot * ListRows.rowsPerEntry
      let number = String(article.number)
      let marker = index == state.openArticle ? "▸ " : "  "
      let lead = marker + String(repeating: " ", count: digits - number.count) + number + " "
      var x = columns.lowerBound
      x += screen.put(lead, x: x, y: y, role: .muted, maxWidth: width)
      let used = x - columns.lowerBound
      let cache = renderer.reducer.cache
      let title = cache.rowCells(.init(kind: .articleTitle, index: index, width: width - used)) {
        fit(article.title, width: width - used, role: .text)
      }
      _ = screen.put(title, x: x, y: y, maxWidth: width - used)
      let indent = min(width, digits + 3)
      let detail = cache.rowCells(
        .init(kind: .articleDetail, index: index, width: width - indent)
      ) {
        fit(ArticleListPane.detail(of: article), width: width - indent, role: .muted)
      }
      _ = screen.put(detail, x: columns.lowerBound + indent, y: y + 1, maxWidth: width - indent)
      if index == state.listSelection {
        screen.setRole(
          renderer.selectionRole(in: .list),
          in: Rect(x: columns.lowerBound, y: y, width: width, height: ListRows.rowsPerEntry)
            .intersection(
              Rect(x: 0, y: 0, width: screen.width, height: state.layout.paneRows.upperBound)))
      }
    }
  }

  /// `Author · 2025-02-13`, or whichever of the two the article has.
  static func detail(of article: Article) -> String {
    let authors = article.authors.joined(separator: ", ")
    let date = article.date?.iso ?? article.dateText ?? ""
    switch (authors.isEmpty, date.isEmpty) {
    case (false, false): return authors + " · " + date
    case (false, true): return authors
    case (true, false): return date
    case (true, true): return ""
    }
  }
}
