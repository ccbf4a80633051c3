import Testing

@testable import ReaderCore

/// Quotations given by a verb with an unknown name, and by a pronoun or a description as the
/// subject (resolved to the person the passage is about); and where doubt leaves them empty.
@Suite struct PronounQuotationTests {
  private func speakers(_ body: String) throws -> [String?] {
    let document = try parse("Harbour news\n\nby Ann Lee\n\nA dek.\n\n\(body)\n")
    return document.quotes.filter { $0.kind == .inline }.map(\.speaker)
  }

  @Test func nameWrote() throws {
    #expect(
      try speakers("“The sea wall is older than the town,” Ola Nordmann wrote.") == ["Ola Nordmann"]
    )
  }

  @Test func nameCalledThis() throws {
    #expect(
      try speakers("Ola Nordmann called this “the worst winter in forty years” on Monday.")
        == ["Ola Nordmann"])
  }

  @Test func accordingToName() throws {
    #expect(
      try speakers(
        "The port stays “closed for the whole of the winter,” according to Ola Nordmann.")
        == ["Ola Nordmann"])
    #expect(
      try speakers("According to Ola Nordmann, the port stays “closed for the whole winter.”")
        == ["Ola Nordmann"])
  }

  @Test func pronounSubjectNamedLaterInTheSameParagraph() throws {
    #expect(
      try speakers(
        "He accused the council of “wasting the town's money on stone” at the meeting. The wall, Ola Nordmann wrote, is “older than the council itself.”"
      ) == ["Ola Nordmann", "Ola Nordmann"])
  }

  @Test func pronounSubjectLastNamedBeforeInTheArticle() throws {
    #expect(
      try speakers(
        "“We will sail at dawn tomorrow,” said Ola Nordmann.\n\nThe boats were ready by six. “The ferry is late again today,” he said."
      ) == ["Ola Nordmann", "Ola Nordmann"])
    #expect(
      try speakers(
        "“We will sail at dawn tomorrow,” said Ola Nordmann.\n\nHe went on to say that the port was “closed for the whole winter.”"
      ) == ["Ola Nordmann", "Ola Nordmann"])
  }

  @Test func descriptionSubjectLastNamedBefore() throws {
    #expect(
      try speakers(
        "“We will sail at dawn tomorrow,” said Ola Nordmann.\n\n“The ferry is late again today,” the harbour master said."
      ) == ["Ola Nordmann", "Ola Nordmann"])
  }

  @Test func theAuthorsOwnWordsAndAKnownSpeakersFullName() throws {
    #expect(
      try speakers("As I wrote in May, the wall was “older than the town itself.”") == ["Ann Lee"])
    #expect(
      try speakers(
        "“We will sail at dawn tomorrow,” said Ola Nordmann.\n\nThe plan was “sail at dawn, home by dark” (Nordmann's words)."
      ) == ["Ola Nordmann", "Ola Nordmann"])
  }

  // MARK: Doubt leaves the speaker empty

  @Test func aPronounWithNobodyNamedBeforeIsNobody() throws {
    #expect(try speakers("“The ferry is late again today,” he said.") == [nil])
  }

  @Test func twoPeopleInTheNearestSentenceIsDoubt() throws {
    #expect(
      try speakers(
        "“We sail at dawn now,” said Ola Nordmann. “We stay in port,” said Kari Berg.\n\nOla Nordmann and Kari Berg argued. “The ferry is late again today,” he said."
      ) == ["Ola Nordmann", "Kari Berg", nil])
  }

  @Test func someoneUnknownNamedNearerIsDoubt() throws {
    #expect(
      try speakers(
        "“We will sail at dawn tomorrow,” said Ola Nordmann.\n\nThen Peter Hansen came to the pier. “The ferry is late again today,” he said."
      ) == ["Ola Nordmann", nil])
  }

  @Test func twoSpeakersLaterInTheParagraphIsDoubt() throws {
    #expect(
      try speakers(
        "He accused the council of “wasting the town's money on stone” at the meeting. “Not so,” said Kari Berg, and “it is all needed,” Ola Nordmann wrote."
      ) == [nil, "Ola Nordmann"])
  }

  @Test func aNarratorsPronounAloneIsNoSubject() throws {
    #expect(try speakers("As I said, “we will sail at dawn” then.") == [nil])
  }
}
