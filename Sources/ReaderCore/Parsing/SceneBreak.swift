/// A line that only divides the text: `* * *`, `***`, `---`, `- - -`, `___`, `~~~`, `⁂`.
///
/// Anthologies set one between pieces, and stories between scenes. It is no text of its own:
/// not a list item (`* * *` starts like one), not a paragraph to count, but a division, after
/// which a title in capitals starts a piece as one set off by blank lines does.
enum SceneBreak {
  static func matches(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Paragraph) -> Bool {
    // A heading or code the input marked as such is what it says (`## ---`).
    switch paragraph.kind {
    case .text, .listItem: break
    case .heading, .preformatted: return false
    }
    guard paragraph.isSingleLine else { return false }
    let range = Bytes.trimmed(text, paragraph.range)
    guard range.count >= 3, range.count <= 80 else { return false }
    let mark = text[range.lowerBound]
    guard "*-_=~#".utf8.contains(mark) else {
      // The asterism, `⁂` (U+2042), alone: its three bytes.
      return range.count == 3 && mark == 0xE2 && text[range.lowerBound + 1] == 0x81
        && text[range.lowerBound + 2] == 0x82
    }
    var marks = 0
    for index in range {
      let byte = text[index]
      if byte == mark {
        marks += 1
      } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
        return false
      }
    }
    return marks >= 3
  }
}
