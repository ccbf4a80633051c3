/// Compilations large enough (over 1 MiB) that the reader shows a prefix of them first: 4,800
/// pieces as Markdown and as a web page.
public enum LongMarkup {
  /// About 1.2 MB of Markdown: articles with bold, links, a fenced block holding blank lines
  /// (never a place to cut), and a link defined only at the very end, which the prefix cannot
  /// resolve but the whole must.
  public static let markdown: String = {
    var parts = ["# A long compilation\n"]
    for number in 1...4800 {
      parts.append(
        """
        ## Piece number \(number)

        *by Ann Lee*

        The opening of piece \(number) has **bold phrase \(number)** and [a link][far] in it.

        ```
        code line one of \(number)

        code line two, after a blank line
        ```

        A closing paragraph of piece \(number), long enough to be body text, with é and 𝄞.

        """)
    }
    parts.append("[far]: https://example.org/far\n")
    return parts.joined(separator: "\n")
  }()

  public static let webPage: String = {
    var parts = ["<!doctype html><html><head><title>Long — Site</title></head><body><article>"]
    parts.append("<h1>A long compilation</h1>")
    for number in 1...4800 {
      parts.append(
        """
        <h2>Piece number \(number)</h2><p>by Ann Lee</p>
        <p>The opening of piece \(number) has <b>bold phrase \(number)</b> and
        <a href="https://example.org/\(number)">a link</a> in it.</p>
        <p>A closing paragraph of piece \(number), long enough to be body text, é and 𝄞.</p>
        """)
    }
    parts.append("</article></body></html>")
    return parts.joined(separator: "\n")
  }()
}
