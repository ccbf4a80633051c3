import ReaderCore

/// `R`: reading the file again after it changed on disk, keeping the reader's place.
extension Update {
  /// Whether `key` asks for a reload: `R`, outside prompts and overlays.
  static func isReloadKey(_ key: Key, _ state: AppState) -> Bool {
    key == .character("R") && state.search?.isEditing != true && state.overlay == nil
  }

  /// The path to read again, or nil for the sample and standard input.
  static func reloadablePath(_ document: Document) -> String? {
    let source = document.source
    return source.isEmpty || source == "-" || source == "(sample)" ? nil : source
  }

  /// Replaces the document with a fresh read of the file and puts the view back on the same
  /// article (found by title near its old number, else by number) and the same paragraph of
  /// it. Everything else that points into the old document (highlight, search, selections)
  /// is let go.
  static func takeReload(
    _ snapshot: IndexSnapshot, into model: inout ReaderModel, lines: WrappedLineCache
  ) {
    let old = model.state
    let oldDocument = model.document
    model.document = snapshot.document
    model.indexing = IndexProgress(snapshot)
    model.indexerGeneration = snapshot.generation
    model.generation += 1
    model.fileChanged = false
    model.fileGone = false
    var state = placeKept(from: old, in: oldDocument, model: model, lines: lines)
    state.message = "reloaded"
    if let author = old.authorFilter, state.authorFilter == nil {
      if model.indexing != nil {
        // Not read as far as the author's articles yet: applied once they are.
        model.pendingAuthor = author
      } else {
        state.message = "reloaded; no article by \(author) now: showing all articles"
      }
    }
    model.state = state
  }

  /// A fresh state over `model.document` at the place `old` had in `oldDocument`: the same
  /// article (by title near its old number, else by number), the same paragraph of it, the
  /// same focus, panes, reading width and author filter.
  static func placeKept(
    from old: AppState, in oldDocument: Document, model: ReaderModel, lines: WrappedLineCache
  ) -> AppState {
    let oldArticle =
      oldDocument.articles.indices.contains(old.openArticle)
      ? oldDocument.articles[old.openArticle] : nil
    var state = AppState(width: old.width, height: old.height)
    state.focus = old.focus
    state.listChoice = old.listChoice
    state.sidebarChoice = old.sidebarChoice
    state.readingWidth = old.readingWidth
    let update = Update(model, lines: lines)
    let articles = model.document.articles
    if !articles.isEmpty {
      let index =
        oldArticle.flatMap { article in
          sameArticle(titled: article.title, near: old.openArticle, in: model.document)
        } ?? min(old.openArticle, articles.count - 1)
      update.open(&state, article: index)
      if let oldArticle {
        let offset = old.anchor.block - oldArticle.blocks.lowerBound
        let blocks = articles[index].blocks
        // The first block too: a file that is one long line is one paragraph, and the part
        // of it the reader was in is all that says where.
        if offset >= 0 && !blocks.isEmpty {
          let block = min(blocks.lowerBound + offset, blocks.upperBound - 1)
          let same = block - blocks.lowerBound == offset
          state.anchor = ReadingAnchor(
            block: block, row: same ? old.anchor.row : 0, rows: old.anchor.rows,
            part: same ? old.anchor.part : 0)
        }
      }
    }
    if let author = old.authorFilter, model.document.authors.entry(named: author) != nil {
      state.authorFilter = author
    }
    return state
  }

  /// The article titled `title` nearest to number `near`, looking a little way either side.
  private static func sameArticle(titled title: String, near: Int, in document: Document) -> Int? {
    let articles = document.articles
    for distance in 0..<64 {
      for index in [near - distance, near + distance]
      where articles.indices.contains(index) && articles[index].title == title {
        return index
      }
    }
    return nil
  }
}
