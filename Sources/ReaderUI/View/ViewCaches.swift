/// The view layer's memory between frames: wrapped articles (lent to the update for
/// scrolling), list and sidebar rows, and the previous frame's panes. Nothing in it is state:
/// dropping it changes no frame, only how long the next one takes.
final class ViewCaches {
  let lines = WrappedLineCache()
  let rows = RowCellCache()
  var drawn: DrawnPanes?
}
