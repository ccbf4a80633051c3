import Testing

@testable import ReaderCore

/// The ranking's rules: the same answer every time, at most about one sentence per 300 words,
/// only body sentences, and the export's `suggestions` key.
@Suite struct KeySentencesTests {
  @Test func theSameDocumentGetsTheSameSuggestionsInDocumentOrder() throws {
    let first = KeySentences.suggest(in: try parse(SuggestionFixture.text))
    let second = KeySentences.suggest(in: try parse(SuggestionFixture.text))
    #expect(first == second)
    #expect(!first.isEmpty)
    let order = first.map { $0.article * 1_000_000 + $0.block }
    #expect(order == order.sorted())
    #expect(first.allSatisfy { $0.score > 0 && $0.score <= 1 })
  }

  @Test func atMostAboutOnePerThreeHundredWordsAndAlwaysOneForAShortArticle() throws {
    let document = try parse(SuggestionFixture.text)
    let suggestions = KeySentences.suggest(in: document)
    for article in document.articles.indices {
      let words = document.blocks[document.articles[article].blocks]
        .filter { $0.kind == .paragraph }
        .reduce(0) { $0 + Terms.wordCount(document.text(of: $1)) }
      let count = suggestions.filter { $0.article == article }.count
      #expect(count >= 1)
      #expect(count <= max(1, (words + 150) / 300), "article \(article + 1): \(words) words")
    }
    let long = try parse(
      "Short one\n\nby Ann Lee\n\n"
        + (1...40).map {
          "Paragraph \($0) says the harbour needs a new sea wall before the storms, and the council agrees to pay for stone number \($0)."
        }
        .joined(separator: "\n\n") + "\n")
    let words = (1...40).map { _ in 24 }.reduce(0, +)
    #expect(KeySentences.suggest(in: long).count <= (words + 150) / 300)
  }

  @Test func onlyBodySentencesAreSuggestedNeverTitleDekOrBio() throws {
    let text = """
      Harbour walls and the storms to come

      by Ann Lee [3-4-2024 published].

      The harbour wall will not survive another winter of storms like the last one.

      Ann Lee is a reporter who writes about the coast and its harbours for the paper.

      The harbour wall was built in 1880 and has been patched after every storm since then. Engineers say the harbour wall will not last another winter of storms without new stone. The council has agreed to pay for the stone, and work on the harbour wall starts in May.
      """
    let document = try parse(text + "\n")
    let suggestions = KeySentences.suggest(in: document)
    #expect(suggestions.count == 1)
    #expect(suggestions.allSatisfy { document.blocks[$0.block].kind == .paragraph })
    #expect(
      suggestions.map(\.text) == [
        "Engineers say the harbour wall will not last another winter of storms without new stone."
      ])
  }

  @Test func sentencesEndAtTerminatorsButNotAfterInitialsOrTitles() {
    #expect(
      SentenceSplitter.sentences(
        "Mr. Lee met William F. Buckley. “It rained.” Then it stopped! Did it? yes… no.")
        == [
          "Mr. Lee met William F. Buckley.", "“It rained.”", "Then it stopped!", "Did it? yes… no.",
        ])
  }

  @Test func theJSONExportListsSuggestionsOnlyWhenGiven() throws {
    let document = try parse(SuggestionFixture.text)
    let plain = JSONExporter.export(document)
    #expect(plain.contains("\"suggestions\": []"))
    let suggestions = KeySentences.suggest(in: document)
    let json = JSONExporter.export(document, suggestions: suggestions)
    let first = suggestions[0]
    #expect(
      json.contains(
        """
          "suggestions": [
            {
              "article": \(first.article + 1),
              "text": "\(first.text)",
              "score": \((first.score * 100).rounded() / 100)
            },
        """))
  }

  @Test func wordCharactersAreWhatUnicodeCallsLettersAndDigits() {
    var characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
    characters += ["\r\n", "é", "e\u{301}", "ß", "٣", "²", "—", "’", "中", "🙂"]
    for character in characters {
      #expect(
        Terms.isWordCharacter(character) == (character.isLetter || character.isNumber),
        "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test func naturalLogAgreesWithKnownValues() {
    #expect(abs(NaturalLog.of(1) - 0) < 1e-12)
    #expect(abs(NaturalLog.of(2.718_281_828_459_045) - 1) < 1e-12)
    #expect(abs(NaturalLog.of(10) - 2.302_585_092_994_046) < 1e-12)
    #expect(abs(NaturalLog.of(0.001) + 6.907_755_278_982_137) < 1e-12)
  }
}
