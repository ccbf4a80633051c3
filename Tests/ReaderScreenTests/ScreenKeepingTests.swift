import ReaderScreen
import Testing

/// `keeping(blanking:)` is the kept frame a pane is drawn into again: it must equal the old
/// screen with `fill` of blanks over the areas, cell for cell.
@Suite struct ScreenKeepingTests {
  /// Three rows of text with wide characters across the areas' edges.
  private func drawn() -> Screen {
    var screen = Screen(width: 9, height: 3)
    screen.put("ab漢字cd", x: 0, y: 0, role: .title, maxWidth: 9)
    screen.put("x語y言z", x: 1, y: 1, role: .selection, maxWidth: 8)
    screen.put("123456789", x: 0, y: 2, role: .muted, maxWidth: 9)
    return screen
  }

  private func filled(_ screen: Screen, _ rects: [Rect]) -> Screen {
    var screen = screen
    for rect in rects { screen.fill(rect, with: .blank()) }
    return screen
  }

  @Test func equalsAFillOfBlanks() {
    let cases: [[Rect]] = [
      [],
      [Rect(x: 3, y: 0, width: 3, height: 2)],
      [Rect(x: 0, y: 0, width: 9, height: 1), Rect(x: 8, y: 2, width: 4, height: 4)],
      [Rect(x: 2, y: 1, width: 2, height: 1), Rect(x: 3, y: 1, width: 3, height: 2)],
      [Rect(x: -2, y: -1, width: 4, height: 9), Rect(x: 6, y: 1, width: 0, height: 2)],
    ]
    for rects in cases {
      let kept = drawn().keeping(blanking: rects)
      #expect(kept == filled(drawn(), rects), "\(rects)")
    }
    // Wide characters lose their other half, keeping its role, as `put` leaves them.
    let cut = drawn().keeping(blanking: [Rect(x: 3, y: 0, width: 2, height: 1)])
    #expect(cut[2, 0] == .blank(.title))
    #expect(cut[5, 0] == .blank(.title))
    #expect(cut.text().split(separator: "\n").first == "ab    cd")
  }

  /// `copy(_:from:)` takes the other screen's cells inside the area and leaves every other
  /// cell as it was, clipping the area to the screen.
  @Test func copyTakesTheAreaOnly() {
    var screen = Screen(width: 9, height: 3)
    screen.put("---------", x: 0, y: 1, role: .border, maxWidth: 9)
    let before = screen
    let other = drawn()
    screen.copy(Rect(x: 2, y: 1, width: 20, height: 1), from: other)
    for y in 0..<3 {
      for x in 0..<9 {
        let inside = y == 1 && x >= 2
        #expect(screen[x, y] == (inside ? other[x, y] : before[x, y]), "(\(x), \(y))")
      }
    }
    #expect(screen.text().split(separator: "\n", omittingEmptySubsequences: false)[1] == "--語y言z")
  }
}
