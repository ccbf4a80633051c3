/// What a cell shows, by meaning. A theme turns each role into colours and attributes;
/// panes and tests speak only of roles.
public enum Role: UInt8, Sendable, Hashable, CaseIterable {
  /// Body text.
  case text
  /// An article's title in the reading pane.
  case title
  /// `by …` and the date.
  case byline
  /// The editor's note.
  case editorNote
  /// The standfirst under the byline.
  case dek
  /// The author's bio.
  case bio
  /// One of the editor's bold phrases (always drawn bold).
  case highlight
  /// The highlight the user jumped to.
  case currentHighlight
  /// One of the reader's own highlights (kept with `v` … `h`), distinct from the editor's.
  case ownHighlight
  /// A sentence the reader suggests (`*`) when the editor's highlights are missing; never
  /// drawn like the editor's.
  case suggested
  /// A search match.
  case searchMatch
  /// A speaker's quoted words.
  case quote
  /// A speaker's name heading a speaker block.
  case speaker
  /// Related links and `Source` lines.
  case link
  /// The link selected in the reading pane (`Tab`), which `Enter` follows.
  case selectedLink
  /// The selected row of a list (articles, quotes, authors).
  case selection
  /// The selected row of a list in a pane that does not have focus.
  case inactiveSelection
  /// Pane borders and separators.
  case border
  /// A pane's title row (`Articles`, `Quotes`, the filter header).
  case header
  /// The status line.
  case status
  /// Emphasised parts of the status line (counters, messages).
  case statusAccent
  /// Secondary text: dates, authors in the list, hints.
  case muted
  /// A control character or escape shown visibly (`^[`, `␛`), never sent as it is.
  case control
  /// The body of an overlay (help, author picker).
  case overlay
  /// The title and frame of an overlay.
  case overlayTitle
}
