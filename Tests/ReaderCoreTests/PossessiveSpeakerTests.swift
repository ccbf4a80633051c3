import Testing

@testable import ReaderCore

/// A name followed by `’s` after a verb of saying says whose the speaker is, not who spoke:
/// `said Bob Roe’s neighbour` names no speaker, and no speaker keeps a trailing `’s`.
@Suite struct PossessiveSpeakerTests {
  private func speakers(_ body: String) throws -> [String?] {
    let document = try parse(
      """
      School roof


      by Ann Lee [1-1-2024 published].

      \(body)
      """)
    return document.quotes.filter { $0.kind == .inline }.map(\.speaker)
  }

  @Test func anUnnamedSpeakerOfANamedPersonIsNoSpeaker() throws {
    #expect(
      try speakers("“We are very relieved that it is finally done,” said Bob Roe’s neighbour.")
        == [nil])
    #expect(
      try speakers("“We are very relieved that it is finally done,” said Bob Roe's neighbour.")
        == [nil])
    // A name after the possessive is the speaker; the possessor is left out.
    #expect(
      try speakers("“We are very relieved that it is finally done,” said Acme’s Carl Dane.")
        == ["Carl Dane"])
    #expect(
      try speakers("“We are very relieved that it is finally done,” said Carl Dane.")
        == ["Carl Dane"])
  }
}
