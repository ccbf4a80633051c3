import Testing

@testable import ReaderCore

@Suite struct InlineQuoteTests {
  private func quotes(_ body: String, before: String = "") throws -> [(String, String?)] {
    let document = try parse("Title\n\nby Ann Lee\n\nDek.\n\n\(before)\(body)\n")
    return document.quotes.filter { $0.kind == .inline }.map { (document.text(of: $0), $0.speaker) }
  }

  /// The editor's bold inside a quotation is no part of its text: the markers stay out of
  /// the sidebar and the export, as they stay out of the reading pane.
  @Test func boldMarkersInsideAQuotationAreLeftOut() throws {
    let document = try parse(
      "Title\n\nby Ann Lee\n\nDek.\n\n\u{201C}**We will not sell** the north field,\u{201D}"
        + " said Ann Lee, \u{201C}not __this__ year or the next.\u{201D}\n")
    let inline = document.quotes.filter { $0.kind == .inline }
    #expect(
      inline.map { document.text(of: $0) } == [
        "We will not sell the north field", "not this year or the next.",
      ])
    let json = JSONExporter.export(document)
    #expect(json.contains("We will not sell the north field"), "\(json)")
    #expect(!json.contains("**We"))
  }

  @Test func fourWordsOrMoreAreQuotationsShorterAreScareQuotes() throws {
    let found = try quotes(
      "The “elites” spoke of a “long and very useful talk” and \"this is plain text\" today.")
    #expect(found.map(\.0) == ["long and very useful talk", "this is plain text"])
    #expect(found.map(\.1) == [nil, nil])
  }

  /// Guillemets, German low-high quotes and Japanese corner brackets mark quotations too;
  /// corner brackets, in text without spaces, need eight characters.
  @Test func otherLanguagesQuotationMarksAreQuotations() throws {
    let found = try quotes(
      "Le maire « nous rouvrirons le port » et « oui », der Kapitän „wir fahren morgen los“,"
        + " de kapitein „we varen morgen weer uit”, 港長は「明日の朝には船が出ます」、"
        + "『短い話』と言った。")
    #expect(
      found.map(\.0) == [
        "nous rouvrirons le port", "wir fahren morgen los", "we varen morgen weer uit",
        "明日の朝には船が出ます",
      ])
  }

  @Test func aSpeakerIsFoundAfterGuillemets() throws {
    #expect(
      try quotes("«Nous partirons à l’aube», said Ola Nordmann.").map(\.1) == ["Ola Nordmann"])
  }

  @Test func quotationMayCrossASoftLineBreak() throws {
    let found = try quotes("He called it “one two\nthree four” then.")
    #expect(found.map(\.0) == ["one two three four"])
  }

  @Test func unclosedCurlyQuoteIsNoQuotation() throws {
    #expect(try quotes("“It runs on into the next paragraph").isEmpty)
  }

  @Test func saidNameAndNameSaid() throws {
    #expect(try quotes("“We will sail at dawn,” said Ola Nordmann.").map(\.1) == ["Ola Nordmann"])
    #expect(
      try quotes("“We will sail at dawn,” harbour chief Ola Nordmann has said.").map(\.1)
        == ["Ola Nordmann"])
    #expect(try quotes("Nordmann said “we will sail at dawn” on Monday.").map(\.1) == ["Nordmann"])
  }

  @Test func pronounsNameNobody() throws {
    #expect(try quotes("“We will sail at dawn,” he said.").map(\.1) == [nil])
    // The author quoting their own writing is the one first person that names someone.
    #expect(try quotes("As I wrote, “we will sail at dawn” then.").map(\.1) == ["Ann Lee"])
    #expect(try quotes("As I said, “we will sail at dawn” then.").map(\.1) == [nil])
  }

  @Test func knownSpeakerOrAuthorInTheSentence() throws {
    let speaker = "Harbour chief Ola Nordmann:\n\nWe sail.\n\nSource\n\n"
    #expect(
      try quotes("Later Nordmann called it “a very fine day indeed.”", before: speaker).map(\.1)
        == ["Ola Nordmann"])
    #expect(
      try quotes("Ann Lee thinks it “a very fine day indeed” now.").map(\.1) == ["Ann Lee"])
  }

  /// Two quotations in one sentence: the words that lead into the second speak for it, and
  /// before a quotation the verb nearest to it does.
  @Test func eachOfTwoQuotationsInASentenceHasItsOwnSpeaker() throws {
    #expect(
      try quotes(
        "Berg said the crews \"have waited three years for this\", and Lund wrote that"
          + " \"the company cannot pay more this year\"."
      ).map(\.1) == ["Berg", "Lund"])
    #expect(
      try quotes(
        "\"We will keep talking until there is a deal,\" Lund said, but Berg said"
          + " \"there is nothing left to discuss here\"."
      ).map(\.1) == ["Lund", "Berg"])
    #expect(
      try quotes(
        "“The levee will hold this winter,” said hydrologist Dana Kipling, “and for many winters after that.”"
      ).map(\.1) == ["Dana Kipling", "Dana Kipling"])
  }

  /// What the speaker is may stand between the verb and the name, or before a colon; a name
  /// set off by commas speaks too.
  @Test func rolesAppositionsAndColons() throws {
    #expect(
      try quotes("“The quay is closed for good,” said harbour master Per Lund.").map(\.1)
        == ["Per Lund"])
    #expect(
      try quotes("The mayor, Ida Holm, said the ferry was “worth every single krone”.").map(\.1)
        == ["Ida Holm"])
    #expect(
      try quotes("City planner Inge Vos: “We build the bridge in spring.”").map(\.1)
        == ["Inge Vos"])
    // What the speaker is first, set off by a comma, then the name.
    #expect(
      try quotes("“The quay is closed for good,” said the mayor, Petra Koll.").map(\.1)
        == ["Petra Koll"])
    #expect(
      try quotes(
        "“The quay is closed for good,” said a retired harbour pilot, Per Lund, on Monday."
      )
      .map(\.1) == ["Per Lund"])
    // A full stop ends the sentence: the next one's subject said nothing here.
    #expect(
      try quotes("“The quay is closed for good,” said the mayor. Petra Koll left early.").map(\.1)
        == [nil])
    // The one spoken to is not the speaker, nor is the one who prompted them.
    #expect(
      try quotes("Ann Lee said to Bo Roe: “We build the bridge in spring.”").map(\.1)
        == ["Ann Lee"])
    #expect(
      try quotes("The governor, prompted by Isaacs, said, “Delafield will speak now.”").map(\.1)
        == [nil])
  }

  /// Places and times that stand where a speaker would are no one.
  @Test func placesAndTimesAreNoSpeakers() throws {
    #expect(
      try quotes("Engineers in Lüneburg said the levee was “built for a whole century”.").map(\.1)
        == [nil])
    #expect(
      try quotes("Last Tuesday said it all: “the harbour is closed for the whole winter”.").map(
        \.1) == [nil])
  }

  /// A full name given with one quotation is who the surname alone means with a later one.
  @Test func aSurnameLaterMeansTheFullNameGivenBefore() throws {
    #expect(
      try quotes(
        "“The town will never again let the pier rot,” said Hana Dvorak.\n\n"
          + "“We owe it to the children of this town,” Dvorak said."
      ).map(\.1) == ["Hana Dvorak", "Hana Dvorak"])
  }

  @Test func anotherSentenceDoesNotCount() throws {
    #expect(
      try quotes("Ola Nordmann left. It was “a very fine day indeed” they say.").map(\.1) == [nil])
  }
}
