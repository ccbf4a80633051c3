/// Where each pane goes for a terminal size: columns for the panes, rows shared by all of
/// them, and the status line on the bottom row.
///
/// The sidebar folds away below `sidebarMinimumWidth` columns and the list below
/// `listMinimumWidth`, unless the user chose otherwise with `s` / `l`. Past the text's widest
/// measure (`maximumTextWidth`, or the config's `reading-width`) the list and the sidebar grow. Any size, down to 0×0,
/// gives a valid layout (possibly with nothing in it).
public struct Layout: Sendable, Hashable {
  public static let sidebarMinimumWidth = 100
  public static let listMinimumWidth = 60

  public let width: Int
  public let height: Int
  /// Columns of the article list, or nil when it is hidden.
  public let list: Range<Int>?
  /// Columns of the reading pane (possibly empty on a tiny terminal).
  public let reading: Range<Int>
  /// Columns of the quotes sidebar, or nil when it is hidden.
  public let sidebar: Range<Int>?
  /// Rows the panes use: everything above the status line.
  public let paneRows: Range<Int>
  /// The status line's row, or nil when the terminal has no rows.
  public let statusRow: Int?
  /// The widest reading text the user wants (the config's `reading-width`), or nil for
  /// `maximumTextWidth`.
  public var readingWidth: Int? = nil

  public init(
    width: Int, height: Int, listChoice: Bool? = nil, sidebarChoice: Bool? = nil,
    readingWidth: Int? = nil
  ) {
    self.readingWidth = readingWidth
    let width = max(0, width)
    let height = max(0, height)
    self.width = width
    self.height = height
    statusRow = height > 0 ? height - 1 : nil
    paneRows = 0..<max(0, height - 1)

    var showList = listChoice ?? (width >= Layout.listMinimumWidth)
    var showSidebar = sidebarChoice ?? (width >= Layout.sidebarMinimumWidth)
    var listWidth = min(34, max(16, width * 3 / 10))
    var sidebarWidth = min(40, max(20, width / 4))
    // Columns the text cannot use once it has its full measure go to the list and the
    // sidebar, not to empty space beside the text.
    let widestReading = (readingWidth ?? Layout.maximumTextWidth) + 2
    let readingNow =
      width - (showList ? listWidth + 1 : 0) - (showSidebar ? sidebarWidth + 1 : 0)
    if readingNow > widestReading {
      let spare = readingNow - widestReading
      switch (showList, showSidebar) {
      case (true, true):
        listWidth += spare / 2
        sidebarWidth += spare - spare / 2
      case (true, false): listWidth += spare
      case (false, true): sidebarWidth += spare
      case (false, false): break
      }
    }
    // The reading pane keeps at least a few columns: a pane forced on where it cannot fit
    // gives way, the sidebar first.
    let minimumReading = 12
    if showSidebar && width - sidebarWidth - 1 - (showList ? listWidth + 1 : 0) < minimumReading {
      showSidebar = false
    }
    if showList && width - listWidth - 1 < minimumReading { showList = false }

    var left = 0
    var right = width
    if showList {
      list = 0..<listWidth
      left = listWidth + 1
    } else {
      list = nil
    }
    if showSidebar {
      sidebar = (width - sidebarWidth)..<width
      right = width - sidebarWidth - 1
    } else {
      sidebar = nil
    }
    reading = left..<max(left, right)
  }

  /// The column of the separator right of the list, if the list is shown.
  public var listBorder: Int? { list.map { $0.upperBound } }
  /// The column of the separator left of the sidebar, if the sidebar is shown.
  public var sidebarBorder: Int? { sidebar.map { $0.lowerBound - 1 } }

  /// Whether `pane` is on screen.
  public func shows(_ pane: Pane) -> Bool {
    switch pane {
    case .list: return list != nil
    case .reading: return true
    case .sidebar: return sidebar != nil
    }
  }

  /// The columns of `pane`, or nil when hidden.
  public func columns(of pane: Pane) -> Range<Int>? {
    switch pane {
    case .list: return list
    case .reading: return reading
    case .sidebar: return sidebar
    }
  }

  /// The pane under column `x` on a pane row, if any.
  public func pane(atColumn x: Int) -> Pane? {
    if let list, list.contains(x) { return .list }
    if let sidebar, sidebar.contains(x) { return .sidebar }
    if reading.contains(x) { return .reading }
    return nil
  }

  /// Rows each pane has for content below its one-row header.
  public var contentRows: Int { max(0, paneRows.count - 1) }
}
