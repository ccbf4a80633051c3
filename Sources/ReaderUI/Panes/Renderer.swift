import ReaderCore
import ReaderScreen

/// Draws one frame: the panes, the separators between them, the status line and any
/// overlay. Reads the state; changes nothing but the line cache.
struct Renderer {
  let reducer: Reducer
  let state: AppState
  let fileLabel: String

  var document: Document { reducer.document }

  func render(width: Int, height: Int) -> Screen {
    var screen = Screen(width: width, height: height)
    var state = self.state
    state.width = width
    state.height = height
    let renderer = Renderer(reducer: reducer, state: state, fileLabel: fileLabel)
    renderer.draw(into: &screen)
    return screen
  }

  private func draw(into screen: inout Screen) {
    let layout = state.layout
    if !layout.paneRows.isEmpty {
      drawSeparators(&screen, layout)
      if let columns = layout.list { ArticleListPane(renderer: self).draw(&screen, columns) }
      ReadingPane(renderer: self).draw(&screen, layout)
      if let columns = layout.sidebar { QuotesSidebar(renderer: self).draw(&screen, columns) }
    }
    if let row = layout.statusRow { StatusLine(renderer: self).draw(&screen, row: row) }
    if let overlay = state.overlay {
      OverlayPane(renderer: self).draw(&screen, overlay, layout)
    }
  }

  private func drawSeparators(_ screen: inout Screen, _ layout: Layout) {
    let bar = Cell(text: "│", width: 1, role: .border)
    for column in [layout.listBorder, layout.sidebarBorder].compactMap({ $0 }) {
      screen.fill(
        Rect(x: column, y: layout.paneRows.lowerBound, width: 1, height: layout.paneRows.count),
        with: bar)
    }
  }

  /// A pane's title row: the focused pane's in `.header`, the others' in `.muted`.
  func drawHeader(_ screen: inout Screen, _ columns: Range<Int>, _ title: String, pane: Pane) {
    let role: Role = state.focus == pane ? .header : .muted
    let y = state.layout.paneRows.lowerBound
    screen.fill(
      Rect(x: columns.lowerBound, y: y, width: columns.count, height: 1), with: .blank(role))
    _ = screen.put(
      fit(" " + title, width: columns.count, role: role), x: columns.lowerBound, y: y,
      maxWidth: columns.count)
  }

  /// The role of a selected row: bright in the focused pane, dim elsewhere.
  func selectionRole(in pane: Pane) -> Role {
    state.focus == pane ? .selection : .inactiveSelection
  }
}
