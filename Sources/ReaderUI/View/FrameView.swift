import ReaderCore
import ReaderScreen

/// Draws one frame: turns the model into each pane's view model, then lets each pane render
/// into its area. The only code that knows both the model and the panes.
enum FrameView {
  static func render(
    _ model: ReaderModel, fileLabel: String, caches: ViewCaches, width: Int, height: Int
  ) -> Screen {
    var model = model
    model.state.width = width
    model.state.height = height
    let view = PaneModels(model: model, caches: caches)
    let layout = model.state.layout
    var screen = Screen(width: width, height: height)
    if !layout.paneRows.isEmpty {
      drawSeparators(&screen, layout)
      if let columns = layout.list {
        view.articleList().render(in: area(columns, layout), on: &screen)
      }
      view.readingPane().render(in: area(layout.reading, layout), on: &screen)
      if let columns = layout.sidebar {
        view.quotesSidebar(width: columns.count).render(in: area(columns, layout), on: &screen)
      }
    }
    if let row = layout.statusRow {
      view.statusLine(fileLabel: fileLabel).render(row: row, on: &screen)
    }
    view.overlay()?.render(layout, on: &screen)
    return screen
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
