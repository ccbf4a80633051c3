/// Search marks: matches become pieces of their own, tagged for `line(ofMatch:block:offset:)`.
extension ArticleLines {
  /// Splits `pieces` so every search match is a piece of its own in `.searchMatch`, tagged
  /// with its ordinal in the block (in the part, for a part of a long block).
  static func marking(_ search: TextSearch, in pieces: [StyledPiece]) -> [StyledPiece] {
    marking(search.offsets(in: BlockText.text(of: pieces)), search.needle.count, in: pieces)
  }

  /// Marks matches at `offsets` of `length` characters, and the first `carried` characters,
  /// the end of a match begun in the part before (untagged: that part holds its line).
  static func marking(
    _ offsets: [Int], _ length: Int, carried: Int = 0, in pieces: [StyledPiece]
  ) -> [StyledPiece] {
    guard !offsets.isEmpty || carried > 0 else { return pieces }
    var result: [StyledPiece] = []
    var position = 0
    var match = 0
    for piece in pieces {
      let characters = Array(piece.text)
      var start = 0
      while start < characters.count {
        let absolute = position + start
        if absolute < carried {
          let end = min(characters.count, carried - position)
          result.append(
            StyledPiece(
              String(characters[start..<end]), .searchMatch, highlight: -1,
              isStrong: piece.role.isBoldText))
          start = end
          continue
        }
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
            StyledPiece(
              text, .searchMatch, highlight: ReadingLine.searchTag(match),
              isStrong: piece.role.isBoldText))
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
