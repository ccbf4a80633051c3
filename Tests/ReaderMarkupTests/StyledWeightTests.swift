import ReaderCore
import Testing

/// Bold as a page's styles say it, not only as its tags do: a document pasted from Google
/// Docs wraps everything in `<b style="font-weight:normal">` and writes its real bold as a
/// span's weight; other editors set the weight on `<font>`, `<em>` or in the `font` shorthand.
@Suite struct StyledWeightTests {
  private static func highlights(_ body: String) throws -> [String] {
    let page =
      "<html><body><article><h2>Ferries</h2><p>by Ines Varga</p>\(body)</article></body></html>"
    return try load(page, as: "styled.html").highlightTexts
  }

  @Test func aPastedDocumentsNormalWrapperIsNoHighlight() throws {
    let pasted = """
      <b style="font-weight:normal;" id="docs-internal-guid-7f">
      <p><span>The ferry runs </span><span style="font-weight:700;">every twenty minutes</span>
      <span>now.</span></p><p><span>It used to run hourly.</span></p></b>
      """
    #expect(try Self.highlights(pasted) == ["every twenty minutes"])
  }

  @Test func boldTagsStyledToARegularWeightAreNoHighlight() throws {
    let body = """
      <p>One <strong style="font-weight: normal">plain strong</strong> and
      <b style="FONT-WEIGHT:400">plain b</b> and <b style="font-weight:lighter">light b</b>,
      but <b style="color:#333">real bold</b> and <strong style="font-weight:800">heavy</strong>.</p>
      """
    #expect(try Self.highlights(body) == ["real bold", "heavy"])
  }

  @Test func aBoldWeightOnOtherInlineTagsIsAHighlight() throws {
    let body = """
      <p>Tickets <font style="font-weight:800">cost less</font> on weekdays,
      <em style="font-weight: bold">children ride free</em>, and
      <span style="font: bold 14px Georgia">bikes go too</span>; <span style="font: 14px Georgia">not
      this</span>.</p>
      """
    #expect(try Self.highlights(body) == ["cost less", "children ride free", "bikes go too"])
  }
}
