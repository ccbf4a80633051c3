import ReaderCore
import ReaderScreen

/// The help and the author picker: a framed box over the middle of the panes. Draws only its
/// view model.
enum OverlayPane {
  /// The key list scrolled by `offset` lines.
  case help(bindings: [(keys: String, meaning: String)], offset: Int)
  /// The authors whose names contain `query`, `selection` marked; `widest` is the widest
  /// label among them all, measured once per query (see `RowCellCache.pickerWidth`).
  /// `cursor`: where it stands in `query` (`AppState.promptCursor`).
  case picker(
    query: String, cursor: Int?, entries: [AuthorIndex.Entry], selection: Int, widest: Int)
  /// The list of highlights (`H`).
  case highlights(HighlightListPane)

  func render(_ layout: Layout, on screen: inout Screen) {
    switch self {
    case .help(let bindings, let offset): drawHelp(&screen, bindings, offset: offset, layout)
    case .picker(let query, let cursor, let entries, let selection, let widest):
      drawPicker(
        &screen, query: LineEdit(query, cursor: cursor), entries: entries, selection: selection,
        widest: widest, layout)
    case .highlights(let list): list.render(layout, on: &screen)
    }
  }

  /// How the picker labels an author.
  static func label(_ entry: AuthorIndex.Entry) -> String {
    "\(entry.name) (\(entry.articles.count))"
  }

  private func drawHelp(
    _ screen: inout Screen, _ bindings: [(keys: String, meaning: String)], offset: Int,
    _ layout: Layout
  ) {
    let keyWidth = bindings.map { displayWidth(of: $0.keys) }.max() ?? 0
    let lines = bindings.map { binding in
      binding.keys + String(repeating: " ", count: keyWidth - displayWidth(of: binding.keys))
        + "  " + binding.meaning
    }
    let widest = lines.map { displayWidth(of: $0) }.max() ?? 0
    // Whether the list will be cut, and where its window is, are known before the box is
    // drawn: the box is at most the pane rows high.
    let visible = max(0, min(lines.count + 2, layout.paneRows.count) - 2)
    let scrolls = lines.count > visible
    let first = min(offset, max(0, lines.count - visible))
    var title = "Keys"
    var footer = "Esc closes"
    if scrolls && visible > 0 {
      title += " \(first + 1)–\(first + visible) of \(lines.count)"
      let more = (first > 0 ? "↑" : "") + (first + visible < lines.count ? "↓" : "")
      footer = "\(more) more · j k PgDn PgUp g G · Esc closes"
    }
    guard
      let inside = OverlayBox(
        layout: layout, width: widest + 4, height: lines.count + 2, title: title, footer: footer
      ).draw(on: &screen)
    else { return }
    for row in 0..<inside.height where first + row < lines.count {
      _ = screen.put(
        fit(lines[first + row], width: inside.width - 2, role: .overlay), x: inside.x + 1,
        y: inside.y + row, maxWidth: inside.width - 2)
    }
  }

  private func drawPicker(
    _ screen: inout Screen, query: LineEdit, entries: [AuthorIndex.Entry], selection: Int,
    widest measured: Int, _ layout: Layout
  ) {
    let label = OverlayPane.label
    let widest = max(30, measured)
    guard
      let inside = OverlayBox(
        layout: layout, width: widest + 4, height: max(entries.count, 1) + 4, title: "Author",
        footer: "Enter applies · Esc closes"
      ).draw(on: &screen)
    else { return }
    let room = inside.width - 3
    let shown = query.shown(width: room - 6)
    var x = inside.x + 1
    x += screen.put(
      fit("Name: " + shown.before, width: room, role: .overlay), x: x, y: inside.y,
      maxWidth: room)
    x += screen.put("▏", x: x, y: inside.y, role: .overlayTitle, maxWidth: 1)
    let left = inside.x + 1 + room + 1 - x
    if !shown.after.isEmpty && left > 0 {
      _ = screen.put(
        fit(shown.after, width: left, role: .overlay), x: x, y: inside.y, maxWidth: left)
    }
    let listRows = inside.height - 2
    guard listRows > 0 else { return }
    let y0 = inside.y + 2
    if entries.isEmpty {
      _ = screen.put(
        fit("(no author matches)", width: inside.width - 2, role: .muted), x: inside.x + 1, y: y0,
        maxWidth: inside.width - 2)
      return
    }
    let top = scrollTop(selection: selection, count: entries.count, visible: listRows)
    for row in 0..<listRows where top + row < entries.count {
      let y = y0 + row
      _ = screen.put(
        fit(label(entries[top + row]), width: inside.width - 2, role: .overlay), x: inside.x + 1,
        y: y, maxWidth: inside.width - 2)
      if top + row == selection {
        screen.setRole(.selection, in: Rect(x: inside.x, y: y, width: inside.width, height: 1))
      }
    }
  }
}
