import ReaderCore
import ReaderScreen

/// Draws one frame: turns the model into each pane's view model, then lets each pane render
/// into its area. The only code that knows both the model and the panes.
///
/// A pane whose view model equals the one it drew in the previous frame (same layout) is not
/// drawn again: its cells are taken from that frame (`ViewCaches.drawn`). A `j` redraws the
/// reading pane and the status line; the list and the sidebar only when what they show
/// changed.
enum FrameView {
  static func render(
    _ model: ReaderModel, fileLabel: String, caches: ViewCaches, width: Int, height: Int
  ) -> Screen {
    var model = model
    model.state.width = width
    model.state.height = height
    let view = PaneModels(model: model, caches: caches)
    let layout = model.state.layout
    let last = caches.drawn.flatMap { $0.layout == layout ? $0 : nil }
    // Let go of the cache's copy, so drawing into the screen does not copy it once more.
    caches.drawn = nil
    var drawn = DrawnPanes(
      layout: layout, screen: last?.screen ?? Screen(width: width, height: height))
    if last == nil { drawSeparators(&drawn.screen, layout) }
    if !layout.paneRows.isEmpty {
      if let columns = layout.list {
        let list = view.articleList()
        draw(list, over: last?.list, in: area(columns, layout), on: &drawn.screen)
        drawn.list = list
      }
      let reading = view.readingPane()
      draw(reading, over: last?.reading, in: area(layout.reading, layout), on: &drawn.screen)
      drawn.reading = reading
      if let columns = layout.sidebar {
        let sidebar = view.quotesSidebar(width: columns.count)
        draw(sidebar, over: last?.sidebar, in: area(columns, layout), on: &drawn.screen)
        drawn.sidebar = sidebar
      }
    }
    if let row = layout.statusRow {
      let status = view.statusLine(fileLabel: fileLabel)
      if status != last?.status { status.render(row: row, on: &drawn.screen) }
      drawn.status = status
    }
    caches.drawn = drawn
    guard let overlay = view.overlay() else { return drawn.screen }
    var screen = drawn.screen
    overlay.render(layout, on: &screen)
    return screen
  }

  /// Draws `pane` unless it is what the previous frame drew there; on a kept screen its area
  /// is blanked first, so it looks as on a new one.
  private static func draw<P: AreaPane>(
    _ pane: P, over previous: P?, in area: Rect, on screen: inout Screen
  ) {
    guard let previous else { return pane.render(in: area, on: &screen) }
    guard pane != previous else { return }
    screen.fill(area, with: .blank())
    pane.render(in: area, on: &screen)
  }

  /// A pane's rectangle: its columns, on every pane row.
  private static func area(_ columns: Range<Int>, _ layout: Layout) -> Rect {
    Rect(
      x: columns.lowerBound, y: layout.paneRows.lowerBound, width: columns.count,
      height: layout.paneRows.count)
  }

  private static func drawSeparators(_ screen: inout Screen, _ layout: Layout) {
    let bar = Cell(text: "│", width: 1, role: .border)
    for column in [layout.listBorder, layout.sidebarBorder].compactMap({ $0 }) {
      screen.fill(
        Rect(x: column, y: layout.paneRows.lowerBound, width: 1, height: layout.paneRows.count),
        with: bar)
    }
  }
}
