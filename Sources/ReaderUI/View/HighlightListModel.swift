import ReaderCore
import ReaderScreen

/// The `H` list's view model: the rows on screen around the selection, each made when shown.
struct HighlightListModel {
  let queries: Update
  let model: ReaderModel
  let caches: ViewCaches

  func pane(_ query: String, _ selection: HighlightList.Entry?) -> HighlightListPane {
    let state = model.state
    let document = model.document
    let set = queries.articles(state)
    let list = queries.highlightList(state, query: query)
    let author = state.authorFilter.map { " by \($0)" } ?? ""
    let title: String
    if query.isEmpty {
      let total = HighlightOrder(document: document, articles: set).counter(of: nil).total
      // Those listed, not all the file's: an author filter leaves the others out.
      let yours = list.yoursCount
      title = "Highlights\(author) (\(total)\(yours > 0 ? ", \(yours) yours" : ""))"
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
    // Made once a frame, not once a row: most of a row's cost once its sentence is cached.
    let marked = fit(" ▸ ", width: width, role: .overlayTitle)
    let unmarked = fit("   ", width: width, role: .overlayTitle)
    let rows = shown.rows.enumerated().map { slot, row in
      switch row {
      case .article(HighlightList.lostArticle):
        return HighlightListPane.Row(
          cells: fit("Yours whose text is gone", width: width, role: .overlayTitle),
          isSelected: false)
      case .article(let index):
        let key = RowCellCache.Key(
          kind: .highlightArticle, index: index, width: width, generation: model.generation)
        return HighlightListPane.Row(
          cells: caches.rows.cells(key) {
            let article = document.articles[index]
            return fit("\(article.number). \(article.title)", width: width, role: .overlayTitle)
          },
          isSelected: false)
      case .yours(let id):
        return HighlightListPane.Row(
          cells: list.yours(id).map { yours($0, width: width) } ?? [],
          isSelected: slot == shown.selected)
      case .highlight(let index):
        let lead = index == state.currentHighlight ? marked : unmarked
        return HighlightListPane.Row(
          lead: lead, cells: sentence(index, width: width - lead.count),
          isSelected: slot == shown.selected)
      }
    }
    return HighlightListPane(title: title, query: query, rows: rows, emptyText: nil)
  }

  /// One of yours: a mark of its own, its text in the `own-highlight` role, and the note's
  /// first words.
  private func yours(_ highlight: YourHighlight, width: Int) -> [Cell] {
    let lead = fit(" ✎ ", width: width, role: .overlayTitle)
    let room = width - lead.count
    guard let note = highlight.noteStart else {
      return lead + fit(highlight.exact, width: room, role: .ownHighlight)
    }
    // The note keeps up to half the row: a long highlight is cut first, so that its note's
    // first words are always seen.
    let noted = cells(of: " — " + note, role: .muted)
    let noteRoom = min(displayWidth(of: noted), max(room / 2, min(room, 12)))
    let text = fit(highlight.exact, width: room - noteRoom, role: .ownHighlight)
    let used = text.reduce(0) { $0 + Int($1.width) }
    return lead + text + fit(" — " + note, width: room - used, role: .muted)
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
