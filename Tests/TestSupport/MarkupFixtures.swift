/// One small compilation of our own, written for these tests, as a Markdown file and as a
/// saved blog post with the site's furniture around it: both must read as the same three
/// articles, authors and highlights.
public enum MarkupFixtures {
  /// The compilation in Markdown: a `#` title, `##` article titles, bylines emphasised, bold
  /// and linked, a speaker block over a block quote, code with `**` in it, related links.
  public static let markdown = #"""
    # Harbour Notes: three pieces on the new ferry

    ## The ferry that nearly wasn’t

    *by Ilse Marchetti [3-4-2025 published]*

    (I picked these three pieces because each sees the same boat from another deck. Read the middle one twice. — JW)

    A small boat, a long argument, and a town that finally agreed.

    Ilse Marchetti is a reporter who covers the coast from a kitchen table in Stenholm.

    For eleven winters the island of Varrø had **no crossing after six**, and the council
    said it never would. Then a fisherman's *stubborn* petition changed the arithmetic.

    Nobody expected the vote to pass, least of all the mayor, who had written two speeches.

    Harbour Master Ruth Okonkwo:

    > We measured the swell for a year before anyone believed us. The numbers were **plain enough
    > for a child**.

    Source

    Related

    [Why small ferries matter](https://example.org/small-ferries) [2-20-2025]

    ## Tickets, tides and timetables

    By [Piet Vandermeer](https://example.org/piet) [2025-03-06]

    The timetable is printed on a card that fits a wallet, with `**` marks for the *late* runs.

    - Return tickets cost **less than a sandwich**.
    - Dogs travel free, cats in baskets.

    A code sample from the booking office:

    ```
    fare = base ** 2   # not a highlight
    ```

    ## What the gulls saw

    **by Noor Haddad and Tom Ellery**

    From the mast the harbour looks like a map someone folded badly,\
    and the ferry is a **white stitch** pulling it closed.

    Additional Related Articles

    [The island school reopens](https://example.org/school) [1-9-2025] A note on the first term.

    Leave a Comment
    """#

  /// The same compilation as a saved web page: header, navigation, sidebar, share buttons,
  /// comments with a form, footer, script, style, template, noscript and hidden elements.
  public static let webPage = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>Harbour Notes: three pieces on the new ferry | Coastline Digest</title>
    <style>body { font-family: serif; } .x { display: none }</style>
    <script>window.track = function () { return "<p>not text</p>"; };</script>
    </head>
    <body>
    <header class="site-header"><div class="site-title">Coastline Digest</div>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>
    <div class="wrap">
    <main id="content">
    <article class="post">
    <header class="entry-header"><h1 class="entry-title">Harbour Notes: three pieces on the new ferry</h1>
    <p class="meta">Posted on March 7, 2025</p></header>
    <div class="entry-content">
    <h2>The ferry that nearly wasn&#8217;t</h2>
    <p><em>by Ilse Marchetti [3-4-2025 published]</em></p>
    <p>(I picked these three pieces because each sees the same boat from another deck. Read the middle one twice. &mdash; JW)</p>
    <p>A small boat, a long argument, and a town that finally agreed.</p>
    <p>Ilse Marchetti is a reporter who covers the coast from a kitchen table in Stenholm.</p>
    <p>For eleven winters the island of Varr&oslash; had <strong>no crossing after six</strong>, and the council
    said it never would. Then a fisherman&#8217;s <em>stubborn</em> petition changed the arithmetic.</p>
    <p>Nobody expected the vote to pass, least of all the mayor, who had written two speeches.</p>
    <p>Harbour Master Ruth Okonkwo:</p>
    <blockquote><p>We measured the swell for a year before anyone believed us. The numbers were <b>plain enough
    for a child</b>.</p></blockquote>
    <p>Source</p>
    <p>Related</p>
    <p><a href="https://example.org/small-ferries">Why small ferries matter</a> [2-20-2025]</p>
    <h2>Tickets, tides and timetables</h2>
    <p>By <a href="https://example.org/piet">Piet Vandermeer</a> [2025-03-06]</p>
    <p>The timetable is printed on a card that fits a wallet, with <code>**</code> marks for the <i>late</i> runs.</p>
    <ul>
    <li>Return tickets cost <strong>less than a sandwich</strong>.</li>
    <li>Dogs travel free, cats in baskets.</li>
    </ul>
    <p>A code sample from the booking office:</p>
    <pre>fare = base ** 2   # not a highlight</pre>
    <div class="share-buttons"><a href="https://social.example/share">Share on Social</a></div>
    <h2>What the gulls saw</h2>
    <p><strong>by Noor Haddad and Tom Ellery</strong></p>
    <p>From the mast the harbour looks like a map someone folded badly,<br>
    and the ferry is a <b>white stitch</b> pulling it closed.</p>
    <p>Additional Related Articles</p>
    <p><a href="https://example.org/school">The island school reopens</a> [1-9-2025] A note on the first term.</p>
    <div hidden><p>A hidden <b>draft</b> paragraph.</p></div>
    <p style="display: none">Another <b>invisible</b> one.</p>
    </div>
    <footer class="entry-footer">Filed under <a href="/tag/ferries">ferries</a></footer>
    </article>
    <section id="comments" class="comments-area"><h3>Leave a Comment</h3>
    <form action="/comment"><textarea>Write here</textarea><button>Post</button></form></section>
    </main>
    <aside class="sidebar"><h3>Popular</h3><p>Some <b>other</b> post.</p></aside>
    </div>
    <footer class="site-footer"><p>&copy; 2025 Coastline Digest</p></footer>
    <template><p>template <b>text</b></p></template>
    <noscript><p>Enable <b>scripts</b></p></noscript>
    </body>
    </html>
    """#

  /// The three articles' titles, as both files give them.
  public static let articleTitles = [
    "The ferry that nearly wasn’t", "Tickets, tides and timetables", "What the gulls saw",
  ]

  /// The editor's highlights, in order.
  public static let highlights = [
    "no crossing after six", "plain enough for a child", "less than a sandwich", "white stitch",
  ]
}
