import ReaderCore
import ReaderScreen

/// `*` and what follows it: asking for suggestions, taking them in, and `]` `[` stepping
/// through them when the compilation has no highlights of the editor's.
extension Update {
  /// Whether `]` `[` `H` and `S` use the suggestions: the file has no highlights and they
  /// are placed.
  func usesSuggestions(_ state: AppState) -> Bool {
    document.highlights.isEmpty && !state.suggestions.spans.isEmpty
  }

  /// `*`: starts the ranking, or says why not.
  func requestSuggestions(_ state: inout AppState) -> [Command] {
    if !document.highlights.isEmpty {
      state.message = "the editor's highlights are here: ] [ step through them"
      return []
    }
    if let percent = indexingPercent {
      state.message = "indexing \(percent)%: * works once the whole file is read"
      return []
    }
    switch state.suggestions {
    case .computing:
      return []
    case .ready(let spans):
      state.message = Update.suggestedMessage(spans.count)
      return []
    case .none:
      state.suggestions = .computing
      state.message = "suggesting key sentences…"
      return [.suggestKeySentences(generation: generation)]
    }
  }

  static func suggestedMessage(_ count: Int) -> String {
    count == 0
      ? "no sentences to suggest" : "\(count) suggested key sentences: ] [ step through them"
  }

  /// Takes the ranking's result for the current parse of the text.
  static func takeSuggestions(_ result: SuggestionResult, into model: inout ReaderModel) {
    guard result.generation == model.generation, model.state.suggestions == .computing else {
      return
    }
    let spans = SuggestionPlacement.spans(result.suggestions, in: model.document)
    model.state.suggestions = .ready(spans)
    model.state.currentSuggestion = nil
    model.state.message = suggestedMessage(spans.count)
  }

  /// The suggestions in the articles of the set, as indexes into the placed list.
  private func suggestionsInSet(_ state: AppState) -> [Int] {
    let set = articles(state)
    return state.suggestions.spans.indices.filter {
      set.contains(state.suggestions.spans[$0].article)
    }
  }

  /// `]` `[` over the suggestions: from the one jumped to while the article is open, else
  /// from the top of the view; wrapping around with a message.
  func stepSuggestion(_ state: inout AppState, forward: Bool) {
    let spans = state.suggestions.spans
    let shown = suggestionsInSet(state)
    guard !shown.isEmpty else {
      state.message = "no suggestions by this author"
      return
    }
    let set = articles(state)
    func key(_ article: Int, _ block: Int, _ offset: Int) -> (Int, Int, Int) {
      (set.position(of: article) ?? -1, block, offset)
    }
    let from: (Int, Int, Int)
    if let current = state.currentSuggestion, current < spans.count,
      spans[current].article == state.openArticle
    {
      let span = spans[current]
      from = key(span.article, span.block, span.range.lowerBound)
    } else {
      let top = readingView(state).map { $0.lines.anchor(at: $0.top).block } ?? 0
      // Strictly after the top's start going forward, so one starting on the top row counts.
      from = key(state.openArticle, top, forward ? -1 : 0)
    }
    let keys = shown.map { key(spans[$0].article, spans[$0].block, spans[$0].range.lowerBound) }
    var target: Int?
    var wrapped = false
    if forward {
      target = keys.firstIndex { $0 > from }
      if target == nil {
        target = 0
        wrapped = true
      }
    } else {
      target = keys.lastIndex { $0 < from }
      if target == nil {
        target = keys.count - 1
        wrapped = true
      }
    }
    guard let target else { return }
    jump(&state, toSuggestion: shown[target])
    if wrapped {
      state.message = forward ? "wrapped to first suggestion" : "wrapped to last suggestion"
    }
  }

  func jump(_ state: inout AppState, toSuggestion index: Int) {
    let span = state.suggestions.spans[index]
    // The skim view's cut text has offsets of its own: there the suggestion is the block's
    // k-th run of suggested cells instead.
    let before = state.suggestions.spans[..<index].filter { $0.block == span.block }.count
    let skim = state.skim
    show(&state, article: span.article) { lines in
      guard let first = lines.firstLine(ofBlock: span.block) else { return nil }
      var line = first
      var runs = 0
      var inRun = false
      while line < lines.count {
        let shown = lines.line(at: line)
        guard shown.block == span.block else { break }
        if skim {
          for cell in shown.cells {
            if cell.role == .suggested && !inRun {
              if runs == before { return line }
              runs += 1
            }
            inRun = cell.role == .suggested || (inRun && cell.text == " ")
          }
        } else if shown.offsets.contains(where: { $0 >= span.range.lowerBound }) {
          return line
        }
        line += 1
      }
      return first
    }
    state.currentSuggestion = index
    state.currentHighlight = nil
  }

  /// `(i, n)` for the status line: the suggestion jumped to among those of the set.
  func suggestionCounter(_ state: AppState) -> (index: Int?, total: Int) {
    let shown = suggestionsInSet(state)
    return (
      state.currentSuggestion.flatMap { shown.firstIndex(of: $0) }.map { $0 + 1 }, shown.count
    )
  }

  /// The marks the reading pane draws for the suggestions in the open article.
  static func suggestionMarks(_ state: AppState) -> [TextMark] {
    // The skim view draws them in its text (`SkimText.suggesting`).
    guard !state.skim else { return [] }
    return state.suggestions.spans.filter { $0.article == state.openArticle }.map {
      TextMark(block: $0.block, range: $0.range, role: .suggested)
    }
  }
}
