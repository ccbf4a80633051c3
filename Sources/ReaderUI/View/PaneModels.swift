import ReaderCore
import ReaderScreen

/// Each pane's view model, made from the model: what the pane shows and nothing else. The
/// queries it needs (the article set, the reading view, the sidebar's current quote) are the
/// update's own, so that what is drawn and what the keys act on never disagree.
struct PaneModels {
  let model: ReaderModel
  let caches: ViewCaches
  private let queries: Update

  init(model: ReaderModel, caches: ViewCaches) {
    self.model = model
    self.caches = caches
    queries = Update(model, lines: caches.lines)
  }

  private var state: AppState { model.state }
  private var document: Document { model.document }

  private func header(_ title: String, _ pane: Pane) -> PaneHeader {
    PaneHeader(title: title, isFocused: state.focus == pane)
  }

  func articleList() -> ArticleListPane {
    let rows = ListRows(queries, state)
    let set = rows.set
    let title =
      state.authorFilter.map { "By \($0) (\(set.count) of \(document.articles.count))" }
      ?? "Articles (\(set.count))"
    guard !set.isEmpty, let width = state.layout.list?.count else {
      return ArticleListPane(
        header: header(title, .list), entries: [], emptyText: " (no articles)")
    }
    let digits = String(document.articles[set[set.count - 1]].number).count
    var entries: [ArticleListPane.Entry] = []
    for slot in rows.top..<min(rows.slotCount, rows.top + rows.visible) {
      guard case .article(let position) = rows.slot(slot) else {
        let front = rows.slot(slot) == .frontMatter
        if let matter = front ? document.frontMatter : document.backMatter {
          entries.append(
            ArticleListPane.matterEntry(
              matter, front: front, width: width, indent: digits + 3,
              isOpen: state.openMatter == (front ? .front : .back),
              isSelected: state.listMatter == (front ? .front : .back)))
        }
        continue
      }
      let index = set[position]
      let article = document.articles[index]
      let number = String(article.number)
      let marker = index == state.openArticle && state.openMatter == nil ? "▸ " : "  "
      let lead = marker + String(repeating: " ", count: digits - number.count) + number + " "
      // The number is ASCII digits and spaces: only the marker needs measuring.
      let used = min(width, Self.markerWidth + max(digits, number.count) + 1)
      let title = caches.rows.cells(
        .init(kind: .articleTitle, index: index, width: width - used, generation: model.generation)
      ) {
        fit(article.title, width: width - used, role: .text)
      }
      let indent = min(width, digits + 3)
      let detail = caches.rows.cells(
        .init(
          kind: .articleDetail, index: index, width: width - indent, generation: model.generation)
      ) {
        ArticleListPane.detail(of: article, width: width - indent)
      }
      entries.append(
        .init(
          lead: lead, title: title, detail: detail, indent: indent,
          isSelected: index == state.listSelection && state.listMatter == nil))
    }
    return ArticleListPane(header: header(title, .list), entries: entries, emptyText: nil)
  }

  /// Columns of the open article's marker (`▸ `) and of its blank stand-in.
  private static let markerWidth = displayWidth(of: "▸ ")

  func readingPane() -> ReadingPane {
    let layout = state.layout
    if let side = state.openMatter, let matter = side.matter(of: document) {
      let lines = MatterLines.lines(of: matter, width: layout.textWidth)
      let shown = lines.dropFirst(state.matterTop).prefix(layout.contentRows)
      var title = header(side.heading, .reading)
      // The header row clips it; muted, so it reads as no article's title.
      title.cells = fit(
        "\(side.heading) · \(matter.title)", width: max(1, state.layout.width), role: .muted)
      return ReadingPane(
        header: title,
        body: .lines(
          shown.map {
            ReadingLine(
              cells: $0, tags: Array(repeating: -1, count: $0.count), block: 0, part: 0, row: 0,
              rows: 1)
          }, currentHighlight: nil),
        textLeft: layout.textLeft, textWidth: layout.textWidth)
    }
    guard let view = queries.readingView(state) else {
      let message =
        !document.articles.isEmpty
        ? "No article is open."
        : model.indexing == nil ? Self.noArticles(document.input) : "Indexing…"
      return ReadingPane(
        header: header("Reading", .reading), body: .message(message), textLeft: layout.textLeft,
        textWidth: layout.textWidth)
    }
    let article = document.articles[state.openArticle]
    let shown = view.top..<min(view.lines.count, view.top + layout.contentRows)
    var title = header("\(article.number). \(article.title)", .reading)
    let marks =
      Update.suggestionMarks(state)
      + NotesView(notes: model.notes, openArticle: state.openArticle).marks
      + LinksView(links: model.links, document: document, openArticle: state.openArticle).marks
    // The title's first row is the header, so the title is not shown twice; it is drawn as
    // a line of the pane would be, your highlights and the current one included.
    let headerTitle = view.lines.headerTitle()
    title.cells = headerTitle?.shownCells(marks: marks, currentHighlight: state.currentHighlight)
    // Scrolled past the title's other rows: the header says the title goes on.
    if let headerTitle, view.top > 0, view.lines.count > 0 {
      let first = view.lines.line(at: 0)
      title.continues = first.block == headerTitle.block && first.row != ReadingAnchor.gap
    }
    return ReadingPane(
      header: title,
      body: .lines(view.lines.lines(shown), currentHighlight: state.currentHighlight),
      textLeft: layout.textLeft, textWidth: layout.textWidth, marks: marks)
  }

  func quotesSidebar(width: Int) -> QuotesSidebar {
    let rows = SidebarRows(queries, state)
    let title = "Quotes (\(rows.quotes.count))"
    guard !rows.quotes.isEmpty else {
      let text = document.articles.isEmpty ? " (none)" : " (no quotes in this article)"
      return QuotesSidebar(header: header(title, .sidebar), entries: [], emptyText: text)
    }
    var entries: [QuotesSidebar.Entry] = []
    for slot in 0..<rows.visible {
      guard let quote = rows.quote(atRow: slot) else { break }
      let room = max(0, width - 2)
      let label = caches.rows.cells(
        .init(kind: .quoteLabel, index: quote, width: room, generation: model.generation)
      ) {
        QuoteLabel(document: document).cells(of: quote, width: room)
      }
      entries.append(.init(label: label, isCurrent: quote == rows.current))
    }
    return QuotesSidebar(header: header(title, .sidebar), entries: entries, emptyText: nil)
  }

  func statusLine(fileLabel: String) -> StatusLine {
    if let notes = NotesView(notes: model.notes, openArticle: state.openArticle).statusLine(
      message: state.message, cursor: state.promptCursor, width: state.width)
    {
      return notes
    }
    if let links = LinksView(links: model.links, document: document, openArticle: state.openArticle)
      .statusLine(message: state.message)
    {
      return links
    }
    if let search = state.search, search.isEditing {
      let right: StatusLine.Piece =
        search.scan != nil
        ? ("searching… ", .statusAccent)
        : !search.query.isEmpty && search.current == nil
          ? ("not found ", .statusAccent) : ("Enter accept · Esc cancel ", .status)
      // Room for the counter after the query where the line has it (at 40 columns and
      // more): the cursor stays in view however long the query is.
      let room = state.width >= 40 ? state.width - 14 : state.width - 2
      let line = LineEdit(search.query, cursor: state.promptCursor).shown(width: room)
      var prompt: [StatusLine.Piece] = [
        (" /", .statusAccent), (line.before, .status), ("▏", .statusAccent),
        (line.after, .status),
      ]
      // The count fills in while typing, as the counting slices come back.
      if !search.query.isEmpty, let counter = queries.matchCounter(state) {
        let index = counter.index.map(String.init) ?? "–"
        prompt.append((" \(index)/\(counter.total)\(counter.isComplete ? "" : "+")", .status))
      }
      // What is typed matters more than the hint: short of room, the hint goes.
      return StatusLine(
        items: [prompt], right: right,
        rightIsHint: search.scan == nil && (search.query.isEmpty || search.current != nil))
    }
    let said: StatusLine.Piece? =
      state.articleNumber.map { ("open article \($0)▏ Enter ", .statusAccent) }
      ?? state.message.map { ($0 + " ", .statusAccent) }
    return StatusLine(
      items: StatusItems(queries: queries, model: model).items(fileLabel: fileLabel),
      right: said ?? ("? help ", .status), rightIsHint: said == nil, firstIsName: true)
  }

  func overlay() -> OverlayPane? {
    switch state.overlay {
    case nil: return nil
    case .help(let offset): return .help(bindings: Keymap.help, offset: offset)
    case .highlights(let query, let selection, let yours):
      return .highlights(
        HighlightListModel(queries: queries, model: model, caches: caches).pane(
          query, yours.map { .yours($0) } ?? selection.map { .editor($0) }))
    case .suggestions(let query, let selection):
      return .highlights(SuggestionListModel(queries: queries, model: model).pane(query, selection))
    case .authorPicker(let query, let selection):
      let entries = AuthorPicker.entries(matching: query, in: document)
      // Measuring every author's label is the only part of the picker that grows with the
      // document (thousands of authors at 100 MB): done once per query and index snapshot.
      let widest = caches.rows.pickerWidth(
        query: query, articleCount: document.articles.count, generation: model.generation
      ) {
        entries.map { displayWidth(of: OverlayPane.label($0)) }.max() ?? 0
      }
      return .picker(
        query: query, cursor: state.promptCursor, entries: entries, selection: selection,
        widest: widest)
    }
  }
}
