import ReaderCore
import TestSupport
import Testing

/// Web pages as blog themes save them: class names on the page's frame, posts listed in boxes
/// of their own without `<article>`, bold written as CSS, and the strips and buttons around a
/// post.
@Suite struct BlogThemeTests {
  private static let post = """
    <h1>Tides of the north</h1>
    <p>by Wren Alder [3-9-2024 published].</p>
    <p>The tide tables were <b>rewritten this spring</b> after a survey.</p>
    """

  @Test func classesOnThePagesFrameDropNothing() throws {
    for frame in [
      #"<body class="single enable-search-modal has-main-navigation ast-right-sidebar">"#,
      #"<body><div id="page" class="site-content with-sidebar">"#,
      #"<body><div class="page has-footer sticky-button">"#,
    ] {
      let page = """
        <html>\(frame)
        <nav class="menu"><a>Home</a></nav>
        <main><article>\(Self.post)</article></main>
        <div id="comments" class="comments-area"><article class="comment">
        <p>A <b>reader's reply</b>.</p></article></div>
        </body></html>
        """
      let document = try load(page, as: "frame.html")
      #expect(document.articles.map(\.title) == ["Tides of the north"], "\(frame)")
      #expect(document.highlightTexts == ["rewritten this spring"], "\(frame)")
    }
  }

  /// A layout box whose class names furniture but which holds the page's heading or a run of
  /// paragraphs is the post, with no `<main>` or `<article>` around it.
  @Test func aBoxHoldingThePostIsNoFurniture() throws {
    for box in [#"<div class="page has-footer">"#, #"<div class="wrap no-sidebar">"#] {
      let page = "<html><body>\(box)\(Self.post)<p>More text.</p></div></body></html>"
      let document = try load(page, as: "box.html")
      #expect(document.articles.map(\.title) == ["Tides of the north"], "\(box)")
      #expect(document.highlightTexts == ["rewritten this spring"], "\(box)")
    }
  }

  @Test func postsListedInBoxesOfTheirOwnAreArticles() throws {
    let page = """
      <html><head><title>Harbour Log</title></head><body>
      <div class="header"><h1>Harbour Log</h1><p class="description">Notes from the quay</p></div>
      <div class="blog-posts">
      <div class="date-outer"><h2 class="date-header"><span>Friday, May 3, 2024</span></h2>
      <div class="post hentry"><h3 class="post-title">Nets mended</h3>
      <div class="post-body">by Ivo Sand [5-3-2024 published].<br><br>The crews
      <span style="font-weight: bold;">mended every net</span> by noon.</div>
      <div class="post-footer">Posted by the keeper <a class="comment-link">2 comments</a></div>
      </div></div>
      <div class="date-outer"><h2 class="date-header"><span>Thursday, May 2, 2024</span></h2>
      <div class="post hentry"><h3 class="post-title">Fog at dawn</h3>
      <div class="post-body"><p>By Mara Quill</p><p>The fog <b>held the boats</b> in port.</p></div>
      </div></div></div>
      <div class="sidebar"><h2>Archive</h2><p>Older posts</p></div>
      </body></html>
      """
    let document = try load(page, as: "blog.html")
    #expect(document.articles.map(\.title) == ["Nets mended", "Fog at dawn"])
    #expect(document.articles.map(\.authors) == [["Ivo Sand"], ["Mara Quill"]])
    #expect(document.highlightTexts == ["mended every net", "held the boats"])
    let text = document.blockTexts.joined(separator: "\n")
    for furniture in ["May 2, 2024", "Posted by", "Archive", "Older posts", "Notes from"] {
      #expect(!text.contains(furniture), "\(furniture)")
    }
  }

  @Test func aBoldWeightInAStyleIsAHighlight() throws {
    let page = """
      <article><h2>Kelp</h2><p>by Ola Berg</p><p>Kelp grows
      <span style="color:#222; font-weight:700">half a metre</span> a day, and
      <span style="font-weight: normal">not this</span> or
      <span style="font-weight:400">this</span>.</p></article>
      """
    let document = try load(page, as: "kelp.html")
    #expect(document.highlightTexts == ["half a metre"])
  }

  @Test func stripsAndButtonsAroundAPostStayOut() throws {
    let page = """
      <html><body><article>
      <h1>Three walks</h1>
      <div class="speechify-ignore"><a href="/@kit">Kit Rowe</a><span>6 min read</span>
      <div class="pw-multi-vote-count"><p>312</p></div></div>
      <p>(Walks I liked; the bold is mine. — KR)</p>
      <h2>The cliff path</h2><p>by Pia Holm</p><p>The path <b>climbs steeply</b> at first.</p>
      <p class="button-wrapper"><a class="button primary" href="/subscribe">Subscribe</a></p>
      <figure class="kg-card kg-bookmark-card"><a href="https://example.org/x">
      <div class="kg-bookmark-title">Another site's page</div></a></figure>
      </article></body></html>
      """
    let document = try load(page, as: "walks.html")
    #expect(document.title == "Three walks")
    #expect(document.articles.map(\.title) == ["The cliff path"])
    let text = document.blockTexts.joined(separator: "\n")
    for furniture in ["6 min read", "312", "Subscribe", "Another site"] {
      #expect(!text.contains(furniture), "\(furniture)")
    }
  }
}
