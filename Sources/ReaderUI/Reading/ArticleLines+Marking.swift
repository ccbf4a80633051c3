/// Search marks: matches become pieces of their own, tagged for `line(ofMatch:block:)`.
extension ArticleLines {
  /// Splits `pieces` so every search match is a piece of its own in `.searchMatch`, tagged
  /// with its ordinal in the block (in the part, for a part of a long block).
  static func marking(_ search: TextSearch, in pieces: [StyledPiece]) -> [StyledPiece] {
    let offsets = search.offsets(in: BlockText.text(of: pieces))
    guard !offsets.isEmpty else { return pieces }
    let length = search.needle.count
    var result: [StyledPiece] = []
    var position = 0
    var match = 0
    for piece in pieces {
      let characters = Array(piece.text)
      var start = 0
      while start < characters.count {
        let absolute = position + start
        while match < offsets.count && offsets[match] + length <= absolute { match += 1 }
        var end = characters.count
        var inside = false
        if match < offsets.count {
          let matchStart = offsets[match]
          if matchStart <= absolute {
            inside = true
            end = min(end, matchStart + length - position)
          } else {
            end = min(end, matchStart - position)
          }
        }
        let text = String(characters[start..<end])
        if inside {
          result.append(
            StyledPiece(text, .searchMatch, highlight: ReadingLine.searchTag(match)))
        } else {
          result.append(StyledPiece(text, piece.role, highlight: piece.highlight))
        }
        start = end
      }
      position += characters.count
    }
    return result
  }
}
