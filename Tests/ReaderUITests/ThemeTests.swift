import ReaderScreen
import ReaderUI
import Testing

@Suite struct ThemeTests {
  @Test func highlightsAreAlwaysBold() {
    let theme = Theme(
      name: "plain", usesColor: false,
      attributes: [.text: TextAttributes(), .highlight: TextAttributes(underline: true)])
    #expect(theme.attributes(for: .highlight).bold)
    #expect(theme.attributes(for: .highlight).underline)
    #expect(theme.attributes(for: .currentHighlight).bold)
    #expect(!theme.attributes(for: .title).bold)
  }
}
