import ReaderCore

/// Typing an article's number, then `Enter`, opens it (`12<Enter>`), as a line number does in
/// `less`. The digits show in the status line while they are typed.
extension Update {
  /// Handles `key` if it types, edits, completes or cancels an article number; false for any
  /// other key, which drops a number being typed.
  func handleArticleNumber(_ state: inout AppState, _ key: Key) -> Bool {
    // An ASCII digit by its byte: `isNumber` looks up Unicode's numeric type for every key.
    if case .character(let character) = key, let byte = character.asciiValue,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    {
      state.articleNumber = (state.articleNumber ?? "") + String(character)
      return true
    }
    guard let typed = state.articleNumber else { return false }
    state.articleNumber = nil
    switch key {
    case .backspace, .delete, .control("h"):
      let shorter = String(typed.dropLast())
      state.articleNumber = shorter.isEmpty ? nil : shorter
      return true
    case .escape:
      return true
    case .enter:
      openArticle(numbered: typed, &state)
      return true
    default:
      return false
    }
  }

  private func openArticle(numbered typed: String, _ state: inout AppState) {
    let set = articles(state)
    guard let number = Int(typed),
      let index = document.articles.firstIndex(where: { $0.number == number })
    else {
      state.message = "no article \(typed)"
      return
    }
    guard set.contains(index) else {
      state.message = "article \(number) is not by \(state.authorFilter ?? "this author")"
      return
    }
    open(&state, article: index)
    state.focus = .reading
  }
}
