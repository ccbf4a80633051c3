import NcursesBackend
import ReaderUI
import Testing

@testable import NcursesBackend

@Suite struct PaletteMappingTests {
  @Test func terminalDefaultIsMinusOne() {
    #expect(cursesColorNumber(for: .terminalDefault, colorCount: 256) == -1)
    #expect(cursesColorNumber(for: .terminalDefault, colorCount: 8) == -1)
  }

  @Test func indexesTheTerminalHasAreKept() {
    #expect(cursesColorNumber(for: .palette(196), colorCount: 256) == 196)
    #expect(cursesColorNumber(for: .palette(12), colorCount: 16) == 12)
    #expect(cursesColorNumber(for: .palette(3), colorCount: 8) == 3)
  }

  @Test func brightBasicColoursBecomePlainOnEightColours() {
    #expect(cursesColorNumber(for: .palette(9), colorCount: 8) == 1)
    #expect(cursesColorNumber(for: .palette(15), colorCount: 8) == 7)
  }

  @Test func paletteColoursBecomeTheNearestBasicOne() {
    // 196 is pure red: bright red on 16 colours, red on 8.
    #expect(cursesColorNumber(for: .palette(196), colorCount: 16) == 9)
    #expect(cursesColorNumber(for: .palette(196), colorCount: 8) == 1)
    // 244 is mid grey (128): bright black on 16 colours, white (229) rather than black on 8.
    #expect(cursesColorNumber(for: .palette(244), colorCount: 16) == 8)
    #expect(cursesColorNumber(for: .palette(244), colorCount: 8) == 7)
    // 214 is orange (255, 175, 0): yellow.
    #expect(cursesColorNumber(for: .palette(214), colorCount: 8) == 3)
  }

  @Test func xtermCubeAndGreyRamp() {
    #expect(xtermRGB(16) == (0, 0, 0))
    #expect(xtermRGB(231) == (255, 255, 255))
    #expect(xtermRGB(33) == (0, 135, 255))
    #expect(xtermRGB(232) == (8, 8, 8))
    #expect(xtermRGB(255) == (238, 238, 238))
  }
}
