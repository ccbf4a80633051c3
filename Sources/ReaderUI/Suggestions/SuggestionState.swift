import ReaderCore

/// Where the suggested key sentences (`*`) stand: not asked for, being ranked in the
/// background, or placed in the text as the reading pane shows it.
public enum SuggestionState: Sendable, Hashable {
  case none
  case computing
  /// In document order; an index into this list is `AppState.currentSuggestion`.
  case ready([TextSpan])

  /// The placed suggestions, empty unless ready.
  public var spans: [TextSpan] {
    if case .ready(let spans) = self { return spans }
    return []
  }
}

/// The result of ranking (`Command.suggestKeySentences`): the suggestions for one parse of
/// the text.
public struct SuggestionResult: Sendable, Hashable {
  /// Which parse of the text they belong to (`ReaderModel.generation`).
  public var generation: Int
  public var suggestions: [Suggestion]

  public init(generation: Int, suggestions: [Suggestion]) {
    self.generation = generation
    self.suggestions = suggestions
  }
}
