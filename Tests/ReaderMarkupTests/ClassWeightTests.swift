import ReaderCore
import Testing

/// Bold written as a class of the page's own style sheet, as a word processor's export
/// writes every bold run (`<span class="c3">` with `.c3{font-weight:700}`), is a highlight.
@Suite struct ClassWeightTests {
  private static func page(style: String, body: String) -> String {
    "<html><head><style type=\"text/css\">\(style)</style></head><body>"
      + "<h2>The slow current</h2><p>by Nora Vail</p><p>\(body)</p></body></html>"
  }

  @Test func aClassWithABoldWeightIsBold() throws {
    let style =
      ".c1{color:#000;font-weight:400}/* runs */.c4{font-size:11pt;font-weight:700}"
      + "@media print{.c5, .c6{font:bold 12px Arial}}.c7 span{font-weight:700}"
    let body =
      "<span class=\"c1\">Rivers carry </span><span class=\"c4\">more silt</span>"
      + "<span class=\"c1\"> than </span><span class=\"c6\">we think</span>"
      + "<span class=\"c1\">, and </span><span class=\"c7\">never stop</span>."
    let document = try load(Self.page(style: style, body: body), as: "export.html")
    #expect(document.highlightTexts == ["more silt", "we think"])
    #expect(
      document.blockTexts.last == "Rivers carry more silt than we think, and never stop.")
  }

  /// Of two classes the later rule wins, an element's own `style` wins over both, and a
  /// class with a regular weight makes a `<b>` regular.
  @Test func theCascadeIsFollowed() throws {
    let style = ".bold{font-weight:bold}.plain{font-weight:normal}"
    let body =
      "One <span class=\"plain bold\">alpha</span>, <span class=\"bold plain\">beta</span>,"
      + " <span class=\"bold\" style=\"font-weight:400\">gamma</span>,"
      + " <b class=\"plain\">delta</b> and <b>epsilon</b>."
    let document = try load(Self.page(style: style, body: body), as: "cascade.html")
    #expect(document.highlightTexts == ["epsilon"])
  }
}
