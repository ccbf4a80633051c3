import ReaderUI
import Testing

@Suite struct ThemeColorTests {
  @Test func names() {
    #expect(ThemeColor(themeText: "default") == .terminalDefault)
    #expect(ThemeColor(themeText: "black") == .palette(0))
    #expect(ThemeColor(themeText: "red") == .palette(1))
    #expect(ThemeColor(themeText: "green") == .palette(2))
    #expect(ThemeColor(themeText: "yellow") == .palette(3))
    #expect(ThemeColor(themeText: "blue") == .palette(4))
    #expect(ThemeColor(themeText: "magenta") == .palette(5))
    #expect(ThemeColor(themeText: "cyan") == .palette(6))
    #expect(ThemeColor(themeText: "white") == .palette(7))
    #expect(ThemeColor(themeText: "bright-black") == .palette(8))
    #expect(ThemeColor(themeText: "bright-red") == .palette(9))
    #expect(ThemeColor(themeText: "bright-yellow") == .palette(11))
    #expect(ThemeColor(themeText: "bright-white") == .palette(15))
    #expect(ThemeColor(themeText: "Red") == nil)
    #expect(ThemeColor(themeText: "grey") == nil)
    #expect(ThemeColor(themeText: "") == nil)
  }

  @Test func numbers() {
    #expect(ThemeColor(themeText: "0") == .palette(0))
    #expect(ThemeColor(themeText: "208") == .palette(208))
    #expect(ThemeColor(themeText: "255") == .palette(255))
    #expect(ThemeColor(themeText: "256") == nil)
    #expect(ThemeColor(themeText: "-1") == nil)
    #expect(ThemeColor(themeText: "+5") == nil)
  }

  @Test func hexMapsToTheNearestXterm256Colour() {
    #expect(ThemeColor(themeText: "#000000") == .palette(16))
    #expect(ThemeColor(themeText: "#ffffff") == .palette(231))
    #expect(ThemeColor(themeText: "#FF0000") == .palette(196))
    #expect(ThemeColor(themeText: "#00ff00") == .palette(46))
    #expect(ThemeColor(themeText: "#0000ff") == .palette(21))
    // An exact cube colour: levels 95, 135, 175 are steps 1, 2, 3, so 16 + 36 + 12 + 3.
    #expect(ThemeColor(themeText: "#5f87af") == .palette(67))
    // Greys between cube levels go to the grey ramp: 128 is 8 + 10 × 12.
    #expect(ThemeColor(themeText: "#808080") == .palette(244))
    #expect(ThemeColor(themeText: "#080808") == .palette(232))
    #expect(ThemeColor(themeText: "#eeeeee") == .palette(255))
    // Near a cube colour but not grey: orange.
    #expect(ThemeColor(themeText: "#ff8800") == .palette(208))
    #expect(ThemeColor(themeText: "#ff000") == nil)
    #expect(ThemeColor(themeText: "ff0000") == nil)
    #expect(ThemeColor(themeText: "#ff00zz") == nil)
  }
}
