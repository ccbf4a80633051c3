/// The sentences of `SuggestionFixture` that carry each article's argument, marked by hand
/// before the ranking was first run on it: a suggestion counts as right when it is one of
/// these (matched by the opening words given here).
enum SuggestionTruth {
  static let keySentences: [Int: [String]] = [
    1: [
      "That bill, more than any argument about beauty",
      "The soil under the trees soaked up the next big storm",
      "On hot days the square measured four degrees cooler",
      "It is that the cost of hard surfaces was always being paid",
      "When the hidden costs were counted, the trees were the cheaper choice",
    ],
    2: [
      "Loans are the easiest thing a library does to count",
      "The councils that closed branches by loan figures",
      "they could show in numbers that the branch had become a public office",
      "In each case the branch survived by becoming harder to replace",
      "A library that is also the village's front door",
    ],
    3: [
      "Counting only the items mended, the café has saved",
      "The savings fall unevenly, and that is the point",
      "Repair turns out to be one of the cheapest forms of help",
      "The café has joined a national campaign for a right to repair",
      "Whether the model can grow is an open question",
    ],
    4: [
      "The results did not fit the story",
      "The farms upstream, not the sewage works, were the largest source",
      "The survey's most useful result may be its method",
      "A single sample at the weir",
      "But a river cleaned only at the sewage works would still turn green",
    ],
  ]
}
