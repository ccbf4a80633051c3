import TerminalText
import Testing

/// `joinedText(separator:)` gives what the standard library's `joined(separator:)` gives.
struct JoinedTextTests {
  @Test(arguments: [[], [""], ["Ada"], ["Ada", "Lovelace"], ["", "b", ""], ["Zoë", "Ğ", "李 白"]])
  func joinsLikeTheStandardLibrary(parts: [String]) {
    let substrings = parts.map { Substring($0) }
    #expect(parts.joinedText(separator: " ") == parts.joined(separator: " "))
    #expect(substrings.joinedText(separator: ", ") == substrings.joined(separator: ", "))
    #expect(parts.dropFirst().joinedText(separator: "") == parts.dropFirst().joined())
  }
}
