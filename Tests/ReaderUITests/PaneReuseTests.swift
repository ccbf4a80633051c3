import ReaderCore
import ReaderScreen
import ReaderUI
import Testing

/// One program drawing frame after frame keeps the panes whose view models did not change
/// from its previous frame. Every such frame must be exactly the frame a fresh program draws
/// whole after the same events: same text, same roles, cell for cell.
@Suite struct PaneReuseTests {
  /// Sends `steps` to one program, drawing after each, and compares every frame with the one
  /// frame of a fresh program that got the same events. Returns the live frames, first the
  /// one before any step, so a test can say what each step changed.
  @discardableResult
  private func expectEveryFrameWhole(
    _ document: Document, _ steps: [Event], width: Int = 120, height: Int = 24,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> [Screen] {
    var live = ReaderProgram(document: document, options: sampleOptions)
    live.handle(.resize(width: width, height: height))
    var size = (width: width, height: height)
    var frames = [live.render(width: width, height: height)]
    for (number, step) in steps.enumerated() {
      live.handle(step)
      if case .resize(let width, let height) = step { size = (width, height) }
      _ = live.takeRedrawRequest()
      let drawn = live.render(width: size.width, height: size.height)
      var fresh = ReaderProgram(document: document, options: sampleOptions)
      fresh.handle(.resize(width: width, height: height))
      for event in steps[...number] { fresh.handle(event) }
      let whole = fresh.render(width: size.width, height: size.height)
      #expect(
        drawn.styledText() == whole.styledText(), "after step \(number + 1): \(step)",
        sourceLocation: sourceLocation)
      #expect(drawn == whole, "after step \(number + 1): \(step)", sourceLocation: sourceLocation)
      frames.append(drawn)
    }
    return frames
  }

  private func keys(_ text: String) throws -> [Event] {
    try KeyString.parse(text).map { .key($0) }
  }

  /// `j` in the focused list moves its selection bar (roles only: the text stays); Enter
  /// opens the selected article.
  @Test func listSelectionMovesTheBar() throws {
    let frames = expectEveryFrameWhole(.sample(), try keys("<S-Tab>jjk<Enter>"))
    #expect(frames[1].text() == frames[2].text())
    #expect(frames[1] != frames[2])
    #expect(frames[4].row(0) != frames[5].row(0))
  }

  /// Scrolling the text moves the sidebar's mark once a quote passes the top.
  @Test func scrollingMovesTheSidebarMark() throws {
    let frames = expectEveryFrameWhole(
      .sample(), try keys(String(repeating: "j", count: 60)), width: 120, height: 20)
    #expect(frames[57].row(1).hasSuffix("│▸ Greta Lindqvist — We never …"))
    #expect(frames[58].row(2).hasSuffix("│▸ Samuel Okafor — this is the…"))
  }

  /// Applying and clearing an author filter changes the list's title and entries, the open
  /// article and the status line.
  @Test func authorFilterRedrawsTheList() throws {
    let frames = expectEveryFrameWhole(.sample(), try keys("a<Enter>}{A"))
    #expect(frames[2].row(0).hasPrefix(" By "))
    #expect(frames[5].row(0).hasPrefix(" Articles (5)"))
  }

  /// A resize changes the layout, so nothing of the previous frame is kept; hiding the
  /// sidebar or the list does too.
  @Test func resizeAndHiddenPanesDrawEverythingAgain() throws {
    expectEveryFrameWhole(
      .sample(),
      [
        .resize(width: 80, height: 12), .key(.character("j")), .resize(width: 200, height: 60),
        .key(.character("s")), .key(.character("l")), .key(.character("j")),
        .key(.character("l")), .key(.character("s")), .resize(width: 30, height: 5),
        .resize(width: 120, height: 24),
      ])
  }

  /// Tab moves the focus: the headers and the selection bars change role, not text.
  @Test func focusChangesRolesOnly() throws {
    let frames = expectEveryFrameWhole(tinyDocument(), try keys("<Tab><Tab><Tab><S-Tab>"))
    #expect(frames[0].text() == frames[1].text())
    #expect(frames[0] != frames[1])
  }

  /// An overlay draws over the panes and leaves nothing behind when it closes; keys under it
  /// change the panes beneath.
  @Test func overlaysOpenAndClose() throws {
    let frames = expectEveryFrameWhole(
      .sample(), try keys("?j<Esc>H<Down><Esc>a<Esc>H<Enter>jS S/line<Enter><Esc>"))
    #expect(frames[0] == frames[3])
  }

  /// Ctrl-L asks for the whole screen again: the next frame is drawn whole and is the same.
  @Test func redrawKeyDrawsTheSameFrame() throws {
    let frames = expectEveryFrameWhole(.sample(), try keys("jj<C-l>j<C-l>"))
    #expect(frames[2] == frames[3])
  }
}
