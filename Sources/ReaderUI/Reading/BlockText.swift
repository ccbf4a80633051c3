import ReaderCore
import ReaderScreen

/// The text the reading pane shows for a block, as styled pieces.
///
/// Search runs over exactly this text, so a match's character offset is an offset into the
/// pieces joined together.
enum BlockText {
  /// The pieces for `document.blocks[index]`, soft line breaks folded to single spaces.
  static func pieces(of index: Int, article: Int, in document: Document) -> [StyledPiece] {
    let block = document.blocks[index]
    switch block.kind {
    case .byline:
      return byline(of: document.articles[article], in: document)
        ?? spans(of: block, in: document, role: .byline)
    case .speaker:
      return speaker(of: block, in: document) ?? spans(of: block, in: document, role: .speaker)
    case .editorNote:
      var pieces = spans(of: block, in: document, role: .editorNote)
      if let editor = document.editor, editor.block == index, !editor.name.isEmpty {
        pieces.append(StyledPiece(" — \(editor.name)", .muted))
      }
      return pieces
    case .relatedLink:
      return [StyledPiece("• ", .link)] + spans(of: block, in: document, role: .link)
    default:
      return spans(of: block, in: document, role: role(of: block.kind))
    }
  }

  /// The joined text of `pieces`, as search sees it.
  static func text(of pieces: [StyledPiece]) -> String {
    var result = ""
    for piece in pieces { result += piece.text }
    return result
  }

  static func role(of kind: BlockKind) -> Role {
    switch kind {
    case .title: return .title
    case .byline: return .byline
    case .editorNote: return .editorNote
    case .dek: return .dek
    case .bio: return .bio
    case .paragraph, .listItem: return .text
    case .speaker: return .speaker
    case .speakerQuote: return .quote
    case .source, .relatedLink: return .link
    case .relatedHeading: return .header
    }
  }

  /// `by NAME and NAME, description · date`, built from the article rather than the line
  /// as written (which carries `[… published].`).
  private static func byline(of article: Article, in document: Document) -> [StyledPiece]? {
    guard !article.authors.isEmpty else { return nil }
    var text = "by " + article.authors.joined(separator: " and ")
    if let description = article.authorDescription, !description.isEmpty {
      text += ", " + description
    }
    var pieces = [StyledPiece(text, .byline)]
    if let date = article.date?.iso ?? article.dateText {
      pieces.append(StyledPiece(" · " + date, .muted))
    }
    return pieces
  }

  /// The speaker's name as a heading, then what they are.
  private static func speaker(of block: Block, in document: Document) -> [StyledPiece]? {
    guard block.quote >= 0, Int(block.quote) < document.quotes.count else { return nil }
    let quote = document.quotes[Int(block.quote)]
    guard let name = quote.speaker else { return nil }
    var pieces = [StyledPiece(name, .speaker)]
    if let role = quote.role, !role.isEmpty { pieces.append(StyledPiece(" — " + role, .muted)) }
    return pieces
  }

  /// The block's spans with highlights in `.highlight`, whitespace holding a line break
  /// folded to one space across span boundaries.
  static func spans(of block: Block, in document: Document, role: Role) -> [StyledPiece] {
    var pieces: [StyledPiece] = []
    var pendingSpace = ""
    var pendingBreak = false
    // Whether the pending whitespace was seen in an earlier span than the current one: it
    // then belongs to the piece before, so a highlight neither starts nor ends with a space.
    var pendingFromEarlierSpan = false
    var started = false
    for spanIndex in block.spans {
      let span = document.spans[spanIndex]
      let isHighlight = span.style == .highlight && span.highlight >= 0
      var piece = StyledPiece(
        "", isHighlight ? .highlight : role, highlight: isHighlight ? Int(span.highlight) : -1)
      if pendingBreak || !pendingSpace.isEmpty { pendingFromEarlierSpan = true }
      for character in document.text(of: span) {
        if character == "\n" || character == "\r" || character == "\r\n" {
          if !pendingBreak && pendingSpace.isEmpty { pendingFromEarlierSpan = false }
          pendingBreak = true
        } else if character == " " || character == "\t" {
          if !pendingBreak && pendingSpace.isEmpty { pendingFromEarlierSpan = false }
          pendingSpace.append(" ")
        } else {
          if started && (pendingBreak || !pendingSpace.isEmpty) {
            let gap = pendingBreak ? " " : pendingSpace
            if pendingFromEarlierSpan && piece.text.isEmpty && !pieces.isEmpty {
              pieces[pieces.count - 1].text += gap
            } else {
              piece.text += gap
            }
          }
          pendingBreak = false
          pendingSpace = ""
          pendingFromEarlierSpan = false
          started = true
          piece.text.append(character)
        }
      }
      if !piece.text.isEmpty { pieces.append(piece) }
    }
    return pieces
  }
}
