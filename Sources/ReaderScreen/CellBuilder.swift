import TerminalText

/// One spacing cell in the making (never a continuation), with where it came from.
struct Glyph {
  var cell: Cell
  /// UTF-8 offset, in the caller's text, of the scalar that began this cell.
  var offset: Int32
  /// The caller's tag for the text this cell came from.
  var tag: Int32
  /// A space the wrapper may break at (and drop there).
  var isBreakableSpace: Bool
  /// A tab, for the wrapper: a breakable space whose width depends on its column.
  var isTab = false
}

/// Cuts scalars into cells the way ncurses `add_wch` stores them, making controls visible.
///
/// - A scalar of width 1 or 2 starts a cell. The zero-width scalars after it join that cell,
///   at most ``maxCombining`` of them (a `cchar_t` holds a spacing character and four more,
///   `CCHARW_MAX` is 5); further ones are dropped, so any number of marks costs one cell.
/// - A zero-width scalar with nothing to join (at the start of the text, or after a visible
///   control or a tab) gets a space of its own as base: one width-1 cell, as ncurses would
///   show it at the start of a line.
/// - VARIATION SELECTOR-16 stays only on a width-2 base. On a width-1 base (`❤️`) terminals
///   would draw two columns where `wcwidth` counted one, so it is dropped.
/// - Between two non-ASCII characters that have width, ZWNJ stays (in the cell before it) and
///   ZWJ is left out: an emoji ZWJ sequence (`👨‍👩‍👧`) is shown as its parts, three 2-column
///   cells, because terminals that join the sequence draw it in two columns, not six.
///   Anywhere else both are shown as `<U+200D>`.
/// - An emoji modifier (a skin tone) after a character is left out; alone it is `??`.
/// - Tag characters after U+1F3F4 (subdivision flags) are dropped; elsewhere they are shown.
/// - Controls and the characters in ``VisibleControl`` are shown visibly, in `.control`.
/// - Characters terminals measure differently from glibc are shown as stand-ins (``StandIn``):
///   a regional indicator as its letter, the rest as `?`.
struct CellBuilder {
  /// Zero-width scalars kept in one cell after its spacing scalar.
  static let maxCombining = 4

  private(set) var glyphs: [Glyph] = []
  /// Columns used so far.
  private(set) var column = 0
  /// The glyph zero-width scalars attach to, if any.
  private var target: Int?
  private var targetBase: UInt32 = 0
  private var attached = 0
  private var pendingJoiner: (scalar: Unicode.Scalar, role: Role, offset: Int32, tag: Int32)?

  init() {}

  /// Room for `columns` cells without growing (a row's worth, when the caller knows it).
  init(reservingColumns columns: Int) {
    glyphs.reserveCapacity(max(0, columns))
  }

  /// Adds one scalar of the caller's text (tabs are expanded here, relative to column 0).
  mutating func add(_ scalar: Unicode.Scalar, role: Role, offset: Int32 = 0, tag: Int32 = -1) {
    let value = scalar.value
    // Printable ASCII and the space, most of any text: one column, nothing to join, nothing
    // to show visibly.
    if value >= 0x20 && value < 0x7F && pendingJoiner == nil {
      startGlyph(scalar, width: 1, role: role, offset: offset, tag: tag, base: value)
      return
    }
    if let joiner = pendingJoiner {
      pendingJoiner = nil
      if value > 0x7F && !VisibleControl.isControl(value) && !VisibleControl.isNeutralised(value)
        && columnWidth(of: scalar) > 0
      {
        // A ZWJ sequence is shown as its parts: a terminal that joins them draws one glyph
        // in two columns where `wcwidth` counts two a part. ZWNJ joins nothing and stays.
        if !StandIn.isZeroWidthJoiner(joiner.scalar) { attach(joiner.scalar) }
      } else {
        addVisible(joiner.scalar, role: joiner.role, offset: joiner.offset, tag: joiner.tag)
      }
    }
    if value == 0x09 {
      addSpaces(8 - column % 8, role: role, offset: offset, tag: tag)
      return
    }
    if VisibleControl.isControl(value) {
      addVisible(scalar, role: role, offset: offset, tag: tag)
      return
    }
    if VisibleControl.isJoiner(value) {
      if target != nil && targetBase > 0x7F {
        pendingJoiner = (scalar, role, offset, tag)
      } else {
        addVisible(scalar, role: role, offset: offset, tag: tag)
      }
      return
    }
    if VisibleControl.isTag(value) && target != nil && targetBase == 0x1F3F4 { return }
    if VisibleControl.isNeutralised(value) {
      addVisible(scalar, role: role, offset: offset, tag: tag)
      return
    }
    let width = columnWidth(of: scalar)
    if StandIn.isEmojiModifier(scalar) {
      // Terminals draw a skin tone into the emoji before it, where `wcwidth` gives it two
      // columns of its own: after a character it is left out, alone it is a stand-in.
      if target == nil {
        for _ in 0..<width {
          startGlyph(
            "?" as Unicode.Scalar, width: 1, role: .control, offset: offset, tag: tag, base: value)
        }
        target = nil
      }
      return
    }
    if width > 0, let letter = StandIn.regionalIndicatorLetter(scalar) {
      startGlyph(letter, width: 1, role: role, offset: offset, tag: tag, base: value)
      return
    }
    if width > 0 && StandIn.isDisputed(scalar) {
      // One `?` a column, never a space: a space could start a wrapped line.
      for _ in 0..<width {
        startGlyph(
          "?" as Unicode.Scalar, width: 1, role: .control, offset: offset, tag: tag, base: value)
      }
      target = nil
      return
    }
    if width < 0 {
      addVisible(scalar, role: role, offset: offset, tag: tag)
      return
    }
    if width == 0 {
      if value == 0xFE0F {
        if let target, glyphs[target].cell.width == 2 { attach(scalar) }
        return
      }
      if target == nil {
        startGlyph(
          " " as Unicode.Scalar, width: 1, role: role, offset: offset, tag: tag, base: 0x20)
      }
      attach(scalar)
      return
    }
    startGlyph(scalar, width: width, role: role, offset: offset, tag: tag, base: value)
  }

  /// Adds `count` plain spaces; nothing attaches to them afterwards.
  mutating func addSpaces(
    _ count: Int, role: Role, offset: Int32, tag: Int32, breakable: Bool = false
  ) {
    resolvePendingJoiner()
    for _ in 0..<max(0, count) {
      glyphs.append(
        Glyph(
          cell: .blank(role), offset: offset, tag: tag, isBreakableSpace: breakable))
    }
    column += max(0, count)
    target = nil
  }

  /// Marks the glyph added last as a tab (for the wrapper, which gives tabs their width).
  mutating func markLastAsTab() {
    if !glyphs.isEmpty { glyphs[glyphs.count - 1].isTab = true }
  }

  /// Ends the current cell: the next zero-width scalar will not join what came before.
  mutating func breakAttachment() {
    resolvePendingJoiner()
    target = nil
  }

  /// Call once after the last scalar.
  mutating func finish() { breakAttachment() }

  /// The cells, each wide one followed by its continuation.
  func cells() -> [Cell] {
    var result: [Cell] = []
    result.reserveCapacity(column)
    for glyph in glyphs {
      result.append(glyph.cell)
      if glyph.cell.width == 2 { result.append(Cell(text: "", width: 0, role: glyph.cell.role)) }
    }
    return result
  }

  private mutating func resolvePendingJoiner() {
    guard let joiner = pendingJoiner else { return }
    pendingJoiner = nil
    addVisible(joiner.scalar, role: joiner.role, offset: joiner.offset, tag: joiner.tag)
  }

  private mutating func startGlyph(
    _ scalar: Unicode.Scalar, width: Int, role: Role, offset: Int32, tag: Int32, base: UInt32
  ) {
    glyphs.append(
      Glyph(
        cell: Cell(scalar, width: UInt8(width), role: role), offset: offset, tag: tag,
        isBreakableSpace: false))
    column += width
    target = glyphs.count - 1
    targetBase = base
    attached = 0
  }

  private mutating func attach(_ scalar: Unicode.Scalar) {
    guard let target, attached < Self.maxCombining else { return }
    glyphs[target].cell.append(scalar)
    attached += 1
  }

  private mutating func addVisible(_ scalar: Unicode.Scalar, role: Role, offset: Int32, tag: Int32)
  {
    let shown = VisibleControl.text(for: scalar).unicodeScalars
    for character in shown {
      glyphs.append(
        Glyph(
          cell: Cell(character, width: 1, role: .control), offset: offset,
          tag: tag, isBreakableSpace: false))
    }
    column += shown.count
    target = nil
  }
}
