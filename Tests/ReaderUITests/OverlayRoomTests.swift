import ReaderCore
import ReaderScreen
import ReaderUI
import TestSupport
import Testing

/// Overlays on a terminal too short for their box: not opened, and said so, so that keys
/// typed next do what they do in the reader, not in a box nobody sees.
@Suite struct OverlayRoomTests {
  @Test(arguments: [
    ("a", "too small for the author list"), ("H", "too small for the highlights list"),
    ("?", "too small for the help"),
  ])
  func anOverlayWithoutRoomIsNotOpenedAndTheStatusLineSaysSo(key: String, message: String)
    throws
  {
    var program = try program(tinyDocument(), 40, 2, keys: key)
    #expect(program.state.overlay == nil)
    #expect(program.state.message == message)
    let status = try #require(program.render(width: 40, height: 2).paddedRows().last)
    #expect(status.contains(message))
    program.handle(.key(.character("q")))
    #expect(program.isFinished)
  }

  @Test func typingANameAfterTheRefusedPickerAppliesNoFilter() throws {
    let program = try program(tinyDocument(), 40, 2, keys: "aAnn<Enter>")
    #expect(program.state.authorFilter == nil)
  }

  @Test func threeRowsAboveTheStatusLineAreRoomEnough() throws {
    let program = try program(tinyDocument(), 40, 4, keys: "a")
    #expect(program.state.overlay == .authorPicker(query: "", selection: 0))
  }

  @Test func aResizeThatLeavesNoRoomClosesTheOverlay() throws {
    var program = try program(tinyDocument(), 80, 24, keys: "?")
    #expect(program.state.overlay == .help(offset: 0))
    program.handle(.resize(width: 80, height: 3))
    #expect(program.state.overlay == nil)
    #expect(program.state.message == "too small for the help")
  }
}
