/// Inline markup a reader found inside a paragraph: the phrase shown and the markers around it.
struct InlineMark: Equatable {
  enum Kind: Equatable {
    /// The editor's highlight (`**…**`, `__…__`, `<b>`, `<strong>`, Markdown strong).
    case bold
    /// A link, with the bytes of its address (entities decoded, for a reader that decodes
    /// into a buffer of its own). A range rather than a `String` keeps marks plain values that
    /// cost nothing to copy or free.
    case link(address: Range<Int>)
  }

  var kind: Kind
  /// The phrase, markers excluded.
  var content: Range<Int>
  /// The phrase with its markers; equal to `content` when the input has no markers in the
  /// buffer (a reader that decodes HTML into a buffer of its own).
  var outer: Range<Int>
  /// For bold whose words are also a link's (`[**x**](url)`, `<b><a href>`): the link's
  /// address, as `Kind.link` holds it.
  var linkAddress: Range<Int>? = nil
  /// For bold cut where a link starts or ends inside it: this piece goes on the highlight of
  /// the piece before (the mark just before it), which it touches.
  var continuesHighlight = false
  /// For bold that is the page's formatting rather than the editor's highlight (a whole
  /// title, a byline's names): its words are plain text, its markers still hidden.
  var isFormatting = false
}

/// A break between two lines of one paragraph.
struct LineBreak: Equatable {
  enum Kind: Equatable {
    /// A line end the reading pane may re-wrap over: plain text's inner line breaks.
    case soft
    /// A line end that must stay one (Markdown's trailing backslash, HTML's `<br>` in verse).
    case hard
  }

  var kind: Kind
  /// From the end of one line's text to the start of the next line's: the line ending and
  /// the spaces on either side of it.
  var range: Range<Int>
  /// Set when the next line starts a list item, to its indentation in columns.
  var listItemIndent: Int? = nil
}
