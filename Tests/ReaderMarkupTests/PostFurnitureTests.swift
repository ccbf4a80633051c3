import ReaderCore
import Testing

/// What platforms print around a post and inside it that is not the editor's: Medium's strip
/// of author, reading time and responses; Substack's subtitle and post meta; WordPress's tags,
/// related posts, author box and share links inside the post's content.
@Suite struct PostFurnitureTests {
  private static let piece = """
    <h2>Salt roads</h2><p>by Hana Sato</p><p>Salt was carried <b>on foot</b> for centuries.</p>
    """

  private static func expectOnlyThePiece(_ document: Document, without furniture: [String]) {
    #expect(document.articles.map(\.title) == ["Salt roads"])
    #expect(document.highlightTexts == ["on foot"])
    let text = document.blockTexts.joined(separator: "\n")
    for words in furniture { #expect(!text.contains(words), "\(words)") }
  }

  @Test func mediumsAuthorStripIsFurniture() throws {
    let page = """
      <html><body><article><h1>Old roads</h1>
      <div class="speechify-ignore ab"><div><a href="/@leo"><p class="be b">Leo Marsh</p></a>
      <span>·</span><p><button>Follow</button></p></div>
      <div><span data-testid="storyReadTime">4 min read</span><span>·</span><span>Jun 2, 2024</span></div>
      <div><div class="pw-multi-vote-count"><p>88</p></div><p><span class="pw-responses-count">5</span></p></div></div>
      \(Self.piece)</article></body></html>
      """
    Self.expectOnlyThePiece(
      try load(page, as: "medium.html"), without: ["Leo Marsh", "min read", "88", "5"])
  }

  @Test func substacksSubtitleAndPostMetaAreFurniture() throws {
    let page = """
      <html><body><article class="post"><div class="post-header"><h1>Roads #3</h1>
      <h3 class="subtitle">Three things about old roads</h3>
      <div class="post-meta"><a href="/@leo">Leo Marsh</a><div>Jun 2, 2024</div></div></div>
      <div class="body markup">\(Self.piece)</div></article></body></html>
      """
    let document = try load(page, as: "substack.html")
    #expect(document.title == "Roads #3")
    Self.expectOnlyThePiece(document, without: ["Three things", "Leo Marsh", "Jun 2"])
  }

  @Test func wordPressExtrasInsideThePostAreFurniture() throws {
    let page = """
      <html><body><article><h1>Roads</h1><div class="entry-content">\(Self.piece)
      <p>Carts <a href="https://twitter.com/intent/tweet?text=x">Click to Tweet</a></p>
      <div class="tags">Tags: <a href="/t/salt">salt</a></div>
      <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>
      <div class="author-box"><p><strong>Leo Marsh</strong> edits this blog.</p></div>
      </div></article></body></html>
      """
    Self.expectOnlyThePiece(
      try load(page, as: "wp.html"), without: ["Tweet", "Tags", "Related", "Leo Marsh"])
  }
}
