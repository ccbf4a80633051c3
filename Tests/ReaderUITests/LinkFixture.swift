import ReaderCore
import ReaderMarkup

/// A compilation of our own in Markdown with links of every kind the reader must tell apart:
/// to the web, to mail, to code and files (refused), and related entries, one of which names
/// the second article with other quotes and case.
enum LinkFixture {
  static let markdown = """
    # Lighthouse Letters

    ## The keeper's last winter

    *by Nora Vell [1-5-2025 published]*

    The keeper wrote to [the harbour office](https://example.org/office) every week, and \
    once to [a newspaper](javascript:alert(1)) that never answered.

    Her letters are kept at the [county archive](file:///srv/archive) and can be asked for \
    [by mail](mailto:archive@example.org).

    Related

    [Fog signals and their makers](https://example.org/fog) [1-9-2025]

    [THE LAMP ROOM’S “NEW” LENS](https://example.org/lens)

    ## The lamp room's "new" lens

    *by Arvid Holm [1-12-2025 published]*

    A short piece about glass, and the ship that brought it.
    """

  static func document() throws -> Document {
    try DocumentLoader.parse(
      bytes: Array(markdown.utf8), source: "letters.md", readers: MarkupReaders.all)
  }
}
