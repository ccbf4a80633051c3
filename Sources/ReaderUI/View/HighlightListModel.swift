import ReaderCore
import ReaderScreen

/// The `H` list's view model: the rows on screen around the selection, each made when shown.
struct HighlightListModel {
  let queries: Update
  let model: ReaderModel
  let caches: ViewCaches

  func pane(_ query: String, _ selection: Int?) -> HighlightListPane {
    let state = model.state
    let document = model.document
    let set = queries.articles(state)
    let list = HighlightList(document: document, articles: set, query: query)
    let author = state.authorFilter.map { " by \($0)" } ?? ""
    let title: String
    if query.isEmpty {
      let total = HighlightOrder(document: document, articles: set).counter(of: nil).total
      title = "Highlights\(author) (\(total))"
    } else {
      // Counting the matches would read every highlight of the file on each key.
      title = "Highlights\(author) holding “\(query)”"
    }
    let layout = state.layout
    guard let selection else {
      return HighlightListPane(
        title: title, query: query, rows: [], emptyText: "(no highlight matches)")
    }
    let width = HighlightListPane.rowWidth(layout)
    let shown = list.rows(around: selection, count: HighlightListPane.listRows(layout))
    let rows = shown.rows.enumerated().map { slot, row in
      switch row {
      case .article(let index):
        let article = document.articles[index]
        return HighlightListPane.Row(
          cells: fit("\(article.number). \(article.title)", width: width, role: .overlayTitle),
          isSelected: false)
      case .highlight(let index):
        let marker = index == state.currentHighlight ? " ▸ " : "   "
        let lead = fit(marker, width: width, role: .overlayTitle)
        return HighlightListPane.Row(
          cells: lead + sentence(index, width: width - lead.count),
          isSelected: slot == shown.selected)
      }
    }
    return HighlightListPane(title: title, query: query, rows: rows, emptyText: nil)
  }

  /// Made once per highlight and width: moving the selection shifts the rows, it does not
  /// change them.
  private func sentence(_ index: Int, width: Int) -> [Cell] {
    caches.rows.cells(
      .init(kind: .highlightSentence, index: index, width: width, generation: model.generation)
    ) {
      HighlightSentence.cells(of: index, in: model.document, width: width)
    }
  }
}
