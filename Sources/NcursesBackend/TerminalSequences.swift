import CNcursesw
import Glibc
import ReaderScreen
import ReaderUI

/// The escape sequences a frame is written with: cursor motion, and for every role the bytes
/// that switch the terminal to that role's look. Built from terminfo for the real terminal;
/// tests build their own.
struct TerminalSequences: Sendable {
  /// Moves the cursor to row `y`, column `x` (0-based).
  var moveTo: @Sendable (_ y: Int, _ x: Int) -> [UInt8]
  /// Whether `moveTo` is `ansiMove`, which the encoder then writes straight into its output
  /// (no array made for each motion).
  var movesLikeANSI = false
  /// Back to plain text in the terminal's default colours.
  var reset: [UInt8]
  /// Per `Role.rawValue`: `reset` (without `op` where `sgr0` already resets colours), then
  /// the role's attributes and colours.
  var styles: [[UInt8]]
  /// Per `Role.rawValue`: the role's look with bold added, for a cell that `isStrong`; empty
  /// where the terminal has no bold (the role's own look is used).
  var strongStyles: [[UInt8]] = []
  /// Per `Role.rawValue`: whether the role is drawn in the terminal's own look (no colour, no
  /// attribute), so that a frame drawn on a cleared screen may leave its blanks out.
  var blankIsCleared: [Bool] = []
  /// Whether writing the bottom-right cell would scroll the screen (auto margins without the
  /// xterm "newline glitch"): that cell is then left alone.
  var bottomRightScrolls: Bool
  /// Delete-line and insert-line, to move the rows of a scrolled pane; nil: not offered, every
  /// changed cell is written.
  var lineEdits: LineEdits? = nil
  /// Blanks `count` cells from the cursor in the current look (`ech`); nil: not offered, blanks
  /// are written as spaces.
  var eraseCharacters: (@Sendable (_ count: Int) -> [UInt8])? = nil
  /// A screen cleared in the terminal's own look, as curses' first refresh writes it: `op`
  /// where there are colours, `sgr0`, `clear`. Empty when the terminal has no `clear`.
  var clearScreen: [UInt8] = []

  /// The sequences terminfo gives the current terminal, for `theme` on a terminal of
  /// `colorCount` colours. Call after curses has started.
  static func fromTerminfo(theme: Theme, colorCount: Int) -> TerminalSequences {
    let useColor = theme.usesColor && colorCount >= 8
    var reset = capability("sgr0")
    // SGR 0 (`ESC [ m`, `ESC [ 0 m`) resets the colours too: then a role's look needs no
    // `op` after it, which was 8 of the ~20 bytes of every change of look.
    var switchReset = reset
    // xterm's `sgr0` also makes ASCII the G0 character set (`ESC ( B`). Frames never choose
    // another (lines are drawn as UTF-8), and curses' start and every frame's final reset
    // send the whole `sgr0`, so a change of look within a frame can do without it.
    let asciiG0: [UInt8] = [0x1B, 0x28, 0x42]
    if switchReset.starts(with: asciiG0) && resetsColours(Array(switchReset.dropFirst(3))) {
      switchReset.removeFirst(3)
    }
    if useColor {
      reset += capability("op")
      if !resetsColours(switchReset) { switchReset += capability("op") }
    }
    // Plain values, not key paths: a key path is built by the Swift runtime at first use, and
    // these five were a twentieth of its work before the first frame (perf).
    let bold = capability("bold")
    let dim = capability("dim")
    let italic = capability("sitm")
    let underline = capability("smul")
    let reverse = capability("rev")
    let foreground = tigetstr("setaf")
    let background = tigetstr("setab")
    var styles: [[UInt8]] = []
    var strongStyles: [[UInt8]] = []
    var blankIsCleared: [Bool] = []
    for role in Role.allCases {
      var style = theme.attributes(for: role)
      var bytes = switchReset
      let colors = readableColors(for: style, colorCount: colorCount)
      if useColor && colors.dim { style.dim = true }
      var strong = bytes
      if style.bold { bytes += bold }
      strong += bold
      var rest: [UInt8] = []
      if style.dim { rest += dim }
      if style.italic { rest += italic }
      if style.underline { rest += underline }
      if style.reverse || (useColor && colors.reverse) { rest += reverse }
      if useColor {
        let fore = colors.foreground
        if fore >= 0 { rest += expand(reader_tiparm1(foreground, Int32(fore))) }
        let back = colors.background
        if back >= 0 { rest += expand(reader_tiparm1(background, Int32(back))) }
      }
      bytes += rest
      styles.append(bytes)
      strongStyles.append(bold.isEmpty ? bytes : strong + rest)
      // Only a role drawn in the terminal's own look: a blank left out is then the very
      // cell a blank written would have made, colours and attributes alike.
      blankIsCleared.append(bytes == switchReset)
    }
    // The capability lives as long as the terminal's description; kept as an address so the
    // closure stays Sendable.
    let cursorAddress = Int(bitPattern: tigetstr("cup"))
    let moveTo: @Sendable (Int, Int) -> [UInt8]
    let movesLikeANSI = capability("cup") == ansiCursorAddress
    if movesLikeANSI {
      moveTo = ansiMove
    } else {
      moveTo = { y, x in
        let pointer = UnsafePointer<CChar>(bitPattern: cursorAddress)
        return expand(reader_tiparm2(pointer, Int32(y), Int32(x)))
      }
    }
    return TerminalSequences(
      moveTo: moveTo, movesLikeANSI: movesLikeANSI,
      reset: reset, styles: styles, strongStyles: strongStyles, blankIsCleared: blankIsCleared,
      bottomRightScrolls: tigetflag("am") > 0 && tigetflag("xenl") <= 0,
      lineEdits: LineEdits.fromTerminfo(),
      eraseCharacters: CharacterErasing.fromTerminfo(),
      clearScreen: screenClearing(withColours: colorCount > 0))
  }

  /// Writes the bytes that switch to `look` (a `Cell.look`): a role's, or its strong one's.
  @inline(__always)
  func appendStyle(_ look: Int, to sink: inout ByteSink) {
    if look < 256 {
      sink.append(contentsOf: styles[look])
    } else if look - 256 < strongStyles.count {
      sink.append(contentsOf: strongStyles[look - 256])
    } else {
      sink.append(contentsOf: styles[look - 256])
    }
  }

  /// Whether switching from look `current` to `look` would write the very bytes that put the
  /// terminal in `current` (two roles a theme draws alike, such as a pane's separator and its
  /// margin): the switch is then left out. False for a `current` of -1 (no look yet).
  func looksAlike(_ current: Int, _ look: Int) -> Bool {
    current >= 0 && bytes(of: current) == bytes(of: look)
  }

  private func bytes(of look: Int) -> [UInt8] {
    if look < 256 { return styles[look] }
    return look - 256 < strongStyles.count ? strongStyles[look - 256] : styles[look - 256]
  }

  /// `clearScreen` for this terminal.
  private static func screenClearing(withColours: Bool) -> [UInt8] {
    let clear = capability("clear")
    guard !clear.isEmpty else { return [] }
    return (withColours ? capability("op") : []) + capability("sgr0") + clear
  }

  /// Whether `sgr0` holds SGR 0 (`ESC [ m` or `ESC [ 0 m`), which ECMA-48 makes reset the
  /// colours with the attributes.
  static func resetsColours(_ sgr0: [UInt8]) -> Bool {
    let forms = [[0x1B, 0x5B, 0x6D], [0x1B, 0x5B, 0x30, 0x6D]] as [[UInt8]]
    return forms.contains { form in
      sgr0.count >= form.count
        && (0...(sgr0.count - form.count)).contains { Array(sgr0[$0..<$0 + form.count]) == form }
    }
  }

  /// A string capability's bytes, empty when the terminal lacks it. Padding (`$<5>`) is left
  /// out: nothing here runs on a terminal slow enough to need it.
  private static func capability(_ name: String) -> [UInt8] {
    expand(UnsafePointer(tigetstr(name)))
  }

  private static func expand(_ pointer: UnsafePointer<CChar>?) -> [UInt8] {
    guard let pointer, Int(bitPattern: pointer) != -1 else { return [] }
    return withoutPadding(
      Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)))
        .map { UInt8(bitPattern: $0) })
  }
}

/// The `cup` of xterm, tmux, screen, the Linux console and most others, which `ansiMove`
/// writes without going through `tiparm` (a thousand instructions per motion).
let ansiCursorAddress = Array("\u{1B}[%i%p1%d;%p2%dH".utf8)

/// `ESC [ row ; column H`, 1-based.
@Sendable func ansiMove(_ y: Int, _ x: Int) -> [UInt8] {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(12)
  appendANSIMove(y, x, to: &bytes)
  return bytes
}

/// Appends `ansiMove(y, x)` to `bytes`.
func appendANSIMove(_ y: Int, _ x: Int, to bytes: inout [UInt8]) {
  bytes.append(0x1B)
  bytes.append(UInt8(ascii: "["))
  appendDecimal(y + 1, to: &bytes)
  bytes.append(UInt8(ascii: ";"))
  appendDecimal(x + 1, to: &bytes)
  bytes.append(UInt8(ascii: "H"))
}

extension ByteSink {
  /// Appends `ansiMove(y, x)`.
  mutating func appendANSIMove(_ y: Int, _ x: Int) {
    append(0x1B)
    append(UInt8(ascii: "["))
    appendDecimal(y + 1)
    append(UInt8(ascii: ";"))
    appendDecimal(x + 1)
    append(UInt8(ascii: "H"))
  }
}

private func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
  if value >= 10 { appendDecimal(value / 10, to: &bytes) }
  bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
}

/// `bytes` without terminfo padding specifications (`$<…>`), which `tputs` would turn into
/// delays and which terminals do not understand.
func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
  var result: [UInt8] = []
  var index = 0
  while index < bytes.count {
    if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count,
      bytes[index + 1] == UInt8(ascii: "<"),
      let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">"))
    {
      index = end + 1
      continue
    }
    result.append(bytes[index])
    index += 1
  }
  return result
}
