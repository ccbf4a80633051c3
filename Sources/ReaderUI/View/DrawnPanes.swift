import ReaderScreen

/// The previous frame's panes: the view model each pane drew from, for the layout they were
/// drawn in, and the screen they made (before any overlay). A pane whose view model is the
/// same again in the same layout would draw the same cells, so `FrameView` keeps them.
struct DrawnPanes {
  var layout: Layout
  var list: ArticleListPane? = nil
  /// What `list` was made from.
  var listInputs: ListInputs? = nil
  var reading: ReadingPane? = nil
  var sidebar: QuotesSidebar? = nil
  var status: StatusLine? = nil
  /// The separators, the panes and the status line; no overlay.
  var screen: Screen
  /// The areas blanked and drawn again on the previous frame's cells to make `screen`; nil
  /// when it was drawn whole. Outside them `screen` is the previous frame.
  var redrawn: [Rect]? = nil
}
