import ReaderCore
import ReaderScreen

/// Draws one frame: turns the model into each pane's view model, then lets each pane render
/// into its area. The only code that knows both the model and the panes.
///
/// A pane whose view model equals the one it drew in the previous frame (same layout) is not
/// drawn again: its cells are taken from that frame (`ViewCaches.drawn`), and only the areas
/// of the others are blanked and drawn. A `j` redraws the reading pane and the status line;
/// the list and the sidebar only when what they show changed.
enum FrameView {
  static func render(
    _ model: ReaderModel, fileLabel: String, caches: ViewCaches, width: Int, height: Int
  ) -> Screen {
    var model = model
    model.state.width = width
    model.state.height = height
    let view = PaneModels(model: model, caches: caches)
    let layout = model.state.layout
    var drawn = DrawnPanes(layout: layout, screen: Screen(width: 0, height: 0))
    let kept = caches.drawn.flatMap { $0.layout == layout ? $0 : nil }
    if !layout.paneRows.isEmpty {
      let listInputs = ListInputs(model)
      drawn.listInputs = listInputs
      drawn.list =
        kept?.listInputs == listInputs
        ? kept?.list : layout.list.map { _ in view.articleList() }
      drawn.reading = view.readingPane()
      drawn.sidebar = layout.sidebar.map { view.quotesSidebar(width: $0.count) }
    }
    drawn.status = layout.statusRow.map { _ in view.statusLine(fileLabel: fileLabel) }

    let last = kept
    var changed = Parts()
    var shift: ReadingShift?
    if let last {
      if drawn.list != last.list { changed.insert(.list) }
      if drawn.reading != last.reading { changed.insert(.reading) }
      if drawn.sidebar != last.sidebar { changed.insert(.sidebar) }
      if drawn.status != last.status { changed.insert(.status) }
      if changed.isEmpty {
        drawn.screen = last.screen
        drawn.redrawn = last.redrawn
      } else {
        let redrawn = Part.allCases.compactMap { changed.contains($0) ? area($0, layout) : nil }
        if changed.contains(.reading) {
          shift = ReadingShift(from: last.reading, to: drawn.reading)
        }
        // A scrolled reading pane blanks only the rows it draws (`ReadingShift.draw`).
        let readingArea = shift == nil ? nil : area(.reading, layout)
        let blanked = redrawn.filter { $0 != readingArea }
        // Taken out of the cache, so that its cells are written in place, not copied.
        var spare = caches.spare.take()
        drawn.screen =
          reusing(&spare, after: last, redrawing: redrawn, blanking: blanked)
          ?? last.screen.keeping(blanking: blanked)
        drawn.redrawn = redrawn
        caches.spare = last.screen
      }
    } else {
      changed = Parts(Part.allCases)
      drawn.screen = Screen(width: width, height: height)
      drawSeparators(&drawn.screen, layout)
      caches.spare = nil
    }
    if changed.contains(.list), let list = drawn.list, let rect = area(.list, layout) {
      list.render(in: rect, on: &drawn.screen)
    }
    if changed.contains(.reading), let reading = drawn.reading, let rect = area(.reading, layout) {
      if let shift, let last {
        shift.draw(reading, in: rect, on: &drawn.screen, from: last.screen)
      } else {
        reading.render(in: rect, on: &drawn.screen)
      }
    }
    if changed.contains(.sidebar), let sidebar = drawn.sidebar, let rect = area(.sidebar, layout) {
      sidebar.render(in: rect, on: &drawn.screen)
    }
    if changed.contains(.status), let status = drawn.status, let row = layout.statusRow {
      status.render(row: row, on: &drawn.screen, shaping: caches.pieces.cells(of:role:))
    }
    caches.drawn = drawn
    var screen = drawn.screen
    // Drawn on a copy (the screen's cells are copied on the first write): the kept panes stay
    // unchanged under the overlay.
    view.overlay()?.render(layout, on: &screen)
    if changed.contains(.reading), let rect = area(.reading, layout) {
      screen.moved = linesMoved(from: last?.reading, to: drawn.reading, in: rect)
    }
    return screen
  }

  /// `spare`, the frame before `last`, made `last` outside `redrawn` and blank in `blanked`:
  /// of the areas `last` drew anew, only those this frame does not draw again are copied
  /// (none, while `j` is pressed again and again). Nil when `spare` is not that frame.
  private static func reusing(
    _ spare: inout Screen?, after last: DrawnPanes, redrawing redrawn: [Rect],
    blanking blanked: [Rect]
  ) -> Screen? {
    guard var screen = spare.take(), let since = last.redrawn,
      screen.width == last.screen.width, screen.height == last.screen.height
    else { return nil }
    for rect in since where !redrawn.contains(rect) { screen.copy(rect, from: last.screen) }
    for rect in blanked { screen.fill(rect, with: .blank()) }
    screen.moved = nil
    return screen
  }

  /// How the reading pane's lines moved when it scrolled: the rows below its header, by the
  /// distance between where the top line of one frame is found in the other.
  private static func linesMoved(
    from old: ReadingPane?, to new: ReadingPane?, in area: Rect
  ) -> MovedRows? {
    guard case .lines(let before, _) = old?.body, case .lines(let after, _) = new?.body,
      let distance = ReadingShift.distance(from: before, to: after)
    else { return nil }
    let moved = MovedRows(rows: area.y + 1..<area.maxY, distance: distance)
    return moved.keepsSomeRows ? moved : nil
  }

  /// The parts of a frame drawn each from its own view model.
  private enum Part: UInt8, CaseIterable {
    case list, reading, sidebar, status
  }

  /// Some of the parts, as bits: a `Set` hashed each part it was asked about, four times a
  /// frame.
  private struct Parts {
    private var bits: UInt8 = 0

    init() {}
    init(_ parts: [Part]) { for part in parts { insert(part) } }

    var isEmpty: Bool { bits == 0 }
    func contains(_ part: Part) -> Bool { bits & (1 << part.rawValue) != 0 }
    mutating func insert(_ part: Part) { bits |= 1 << part.rawValue }
  }

  /// Where `part` is drawn in `layout`, if it is shown.
  private static func area(_ part: Part, _ layout: Layout) -> Rect? {
    switch part {
    case .list: layout.paneRows.isEmpty ? nil : layout.list.map { area($0, layout) }
    case .reading: layout.paneRows.isEmpty ? nil : area(layout.reading, layout)
    case .sidebar: layout.paneRows.isEmpty ? nil : layout.sidebar.map { area($0, layout) }
    case .status: layout.statusRow.map { Rect(x: 0, y: $0, width: layout.width, height: 1) }
    }
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
