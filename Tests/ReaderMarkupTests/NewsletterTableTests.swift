import ReaderCore
import Testing

/// A newsletter email laid out in tables: a cell for its heading, one for each story (often a
/// table of its own), and one for the footer the sender must add. Each story is an article,
/// the `<h1>` is the compilation's title, and the footer and the browser link are furniture.
@Suite struct NewsletterTableTests {
  private static let email = """
    <html><body><table width="100%"><tr><td align="center"><table width="600">
    <tr><td align="right"><a href="https://example.org/web">View this email in your browser</a></td></tr>
    <tr><td><h1>Lantern Weekly</h1></td></tr>
    <tr><td><p>(Two stories this week. Bold is mine. — Oda)</p></td></tr>
    <tr><td><table><tr><td><h2>Owls return to the mill</h2><p>by Kaja Lund</p>
    <p>Barn owls <b>nested in the loft</b> again.</p></td></tr></table></td></tr>
    <tr><td><table><tr><td><h2>A bridge of rope</h2><p>by Emil Roth</p>
    <p>Volunteers <strong>tied every knot</strong> by hand.</p></td></tr></table></td></tr>
    <tr><td style="font-size:11px"><p>You are receiving this because you signed up at example.org.</p>
    <p><a href="https://example.org/u">Unsubscribe</a> | <a href="https://example.org/p">Update preferences</a></p>
    <p>Lantern Weekly, 4 Mill Lane, Ghent</p></td></tr>
    </table></td></tr></table></body></html>
    """

  @Test func everyStoryCellIsAnArticle() throws {
    let document = try load(Self.email, as: "weekly.html")
    #expect(document.title == "Lantern Weekly")
    #expect(document.editor?.name == "Oda")
    #expect(document.articles.map(\.title) == ["Owls return to the mill", "A bridge of rope"])
    #expect(document.articles.map(\.authors) == [["Kaja Lund"], ["Emil Roth"]])
    #expect(document.highlightTexts == ["nested in the loft", "tied every knot"])
    let text = document.blockTexts.joined(separator: "\n")
    for furniture in ["browser", "receiving", "Unsubscribe", "Mill Lane"] {
      #expect(!text.contains(furniture), "\(furniture)")
    }
  }

  /// A page laid out in a table with a column of links beside one post keeps reading the
  /// post's cell alone, headings in other cells or not.
  @Test func aLayoutTableWithOnePostReadsItsCell() throws {
    let page = """
      <html><body><table><tr><td colspan="2"><h1>Mill Notes</h1></td></tr>
      <tr><td><h3>Links</h3><p><a href="/">Home</a></p><p><a href="/a">About</a></p></td>
      <td><h2>Owls return to the mill</h2><p>by Kaja Lund</p>
      <p>Barn owls <b>nested in the loft</b> again, the third spring in a row.</p></td></tr>
      </table></body></html>
      """
    let document = try load(page, as: "layout.html")
    #expect(document.articles.map(\.title) == ["Owls return to the mill"])
    #expect(!document.blockTexts.contains { $0.contains("About") })
  }

  /// A story's link on its own line to the full text (`Read more →`) is a button, not a
  /// paragraph; the same words inside a sentence stay.
  @Test func aReadMoreLinkAloneIsFurniture() throws {
    let page = """
      <html><body><article><h2>Owls return to the mill</h2><p>by Kaja Lund</p>
      <p>Barn owls <b>nested in the loft</b> again; you can <a href="/o">read more</a> at the mill.</p>
      <p><a href="https://example.org/owls" style="font-weight:bold">Read more →</a></p>
      <p><a href="https://example.org/owls">Continue reading…</a></p></article></body></html>
      """
    let document = try load(page, as: "owls.html")
    #expect(
      document.blockTexts(ofArticle: 1) == [
        "Owls return to the mill", "by Kaja Lund",
        "Barn owls nested in the loft again; you can read more at the mill.",
      ])
  }
}
