import ReaderCore
import ReaderStore

/// Remembering where the reader is: taking what the store found, putting the reader back
/// there (when the article is indexed), and the saves the update asks for.
extension Update {
  /// The reading pane's place, as `''` and the restore compare and return to it.
  static func place(_ state: AppState) -> ReadingOrigin {
    ReadingOrigin(article: state.openArticle, anchor: state.anchor)
  }

  /// Takes what the runtime found in the store.
  static func takeMemory(
    _ opening: MemoryOpening, into model: inout ReaderModel, lines: WrappedLineCache
  ) {
    guard let identity = opening.identity else {
      model.memory.status = .unavailable
      model.state.message = opening.warning.map { warning in
        // A damaged file may still hold readable highlights: say where they can be seen.
        warning.message.contains("damaged")
          ? warning.message + "; reader highlights lists what it can still read"
          : warning.message
      }
      return
    }
    model.memory.status = .open(identity)
    model.memory.annotations = opening.annotations
    if let warning = opening.warning { model.state.message = warning.message }
    if let position = opening.position {
      // Not counted as saved: found by path after an edit, it must be saved again under the
      // new text's fingerprint, or the file under another name would not find it.
      model.memory.pendingRestore = position
      retryRestore(&model, lines: lines)
    }
  }

  /// Puts the reader back at the pending position once its text is indexed; drops it when the
  /// reader has moved meanwhile or the whole document lacks it. While indexing goes on, only
  /// the position's own article is searched: a match elsewhere waits for the whole document.
  static func retryRestore(_ model: inout ReaderModel, lines: WrappedLineCache) {
    guard let position = model.memory.pendingRestore else { return }
    if let start = model.memory.startPlace, place(model.state) != start {
      model.memory.pendingRestore = nil
      return
    }
    let anchor = position.anchor
    guard
      let found = model.indexing == nil
        ? anchor.find(in: model.document) : anchor.findInItsArticle(in: model.document)
    else {
      if model.indexing == nil {
        model.memory.pendingRestore = nil
        model.state.message = "could not find where you left off"
      }
      return
    }
    model.memory.pendingRestore = nil
    let update = Update(model, lines: lines)
    guard update.articles(model.state).contains(found.article) else { return }
    let before = place(model.state)
    update.open(&model.state, article: found.article)
    model.state.anchor = ReadingAnchor(
      block: found.block, row: position.row, rows: position.rows, part: position.part)
    if place(model.state) != before { model.state.previousPlace = before }
    model.memory.startPlace = place(model.state)
    // A notice given at start (a locale without UTF-8) is still unread: both are said.
    model.state.message = model.state.message.map { $0 + " · " } ?? ""
    model.state.message! += "back where you left off"
  }

  /// Where the reader is, as the store keeps it; nil when the pane shows no article.
  static func storedPosition(_ model: ReaderModel) -> StoredPosition? {
    let state = model.state
    let document = model.document
    guard state.openArticle >= 0, state.openArticle < document.articles.count else { return nil }
    let blocks = document.articles[state.openArticle].blocks
    guard !blocks.isEmpty else { return nil }
    let block = clamp(state.anchor.block, blocks.lowerBound, blocks.upperBound - 1)
    return StoredPosition(
      anchor: QuoteAnchor(document: document, article: state.openArticle, block: block),
      row: block == state.anchor.block ? state.anchor.row : 0,
      rows: block == state.anchor.block ? state.anchor.rows : 0,
      part: block == state.anchor.block ? state.anchor.part : 0)
  }

  /// The save of the current place, when memory is open and the place is new.
  static func saveCommand(_ model: inout ReaderModel) -> Command? {
    guard let identity = model.memory.identity, model.memory.pendingRestore == nil,
      let position = storedPosition(model), position != model.memory.lastSaved
    else { return nil }
    model.memory.lastSaved = position
    return .savePosition(position, of: identity)
  }

  /// A save of a new place within the article once the view has rested, so that a `kill -9`
  /// loses little and scrolling writes nothing while it goes on. The place is quoted when the
  /// runtime reports the rest (`saveCommand` on `.rested`), not on each key.
  static func restingSaveCommand(_ model: inout ReaderModel) -> Command? {
    let here = place(model.state)
    guard model.memory.identity != nil, model.memory.pendingRestore == nil,
      here != model.memory.restingPlace
    else { return nil }
    model.memory.restingPlace = here
    return .saveWhenRested
  }

  /// `''`: back to where the reader was before the last jump (and the jump's target becomes
  /// the place to come back to).
  func jumpBack(_ state: inout AppState) {
    guard let previous = state.previousPlace,
      previous.article >= 0, previous.article < document.articles.count
    else {
      state.message = "no earlier place to return to"
      return
    }
    let current = Update.place(state)
    if state.openArticle != previous.article { open(&state, article: previous.article) }
    state.anchor = previous.anchor
    state.sidebarSelection = nil
    state.previousPlace = current
    // The highlight jumped to is no longer where the reader is: the counter says `–` until
    // the next jump, as after moving to another article.
    state.currentHighlight = nil
  }
}
