import ReaderCore

/// What a new parse of the same text keeps besides the place: a large markup file's whole
/// source replacing its prefix, or text converted after indexing began. Nobody asked for it,
/// often seconds after the file opened, so what the reader was doing goes on: the skim view,
/// the current highlight, a search (typed again into the new document, so its matches and
/// count are the new parse's). Lists and prompts other than the search close, as they list
/// what the old parse held.
extension Update {
  static func carryOver(
    from old: AppState, in oldDocument: Document, into state: inout AppState,
    model: ReaderModel, lines: WrappedLineCache
  ) {
    state.skim = old.skim
    state.followsEnd = old.followsEnd
    if let number = old.currentHighlight,
      sameHighlight(number, in: oldDocument, and: model.document, article: state.openArticle)
    {
      state.currentHighlight = number
    }
    guard let search = old.search, !search.query.isEmpty else { return }
    let update = Update(model, lines: lines)
    state.search = SearchState(
      query: "", isEditing: true,
      origin: ReadingOrigin(article: state.openArticle, anchor: state.anchor), current: nil)
    state.promptCursor = nil
    update.pasteIntoSearch(&state, search.query)
    if !search.isEditing { update.handleSearchInput(&state, .enter) }
  }

  /// Whether highlight `number` (an index into the highlights) is the same text in both
  /// documents and stands in `article` of the new one. The parses number highlights alike
  /// wherever the text before them is alike, as it is for a prefix and its whole.
  private static func sameHighlight(
    _ number: Int, in old: Document, and new: Document, article: Int
  ) -> Bool {
    guard old.highlights.indices.contains(number), new.highlights.indices.contains(number)
    else { return false }
    let kept = new.highlights[number]
    return kept.article == article && new.text(of: kept) == old.text(of: old.highlights[number])
  }
}
