import Foundation
import ReaderCore

/// The measure of `../shared/tools/anthology-score.py`, in Swift: how many of an anthology's
/// true pieces were found by title, and how many of those have exactly the right authors.
struct AnthologyScore: CustomStringConvertible {
  struct Piece {
    var titles: [String]
    var authors: [String]
  }

  var precision: Double
  var recall: Double
  var bylineAccuracy: Double
  var found: Int
  var pieces: Int
  var extra: [String]
  var missed: [String]
  var wrongBylines: [String]

  var titleF1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  var description: String {
    func rounded(_ value: Double) -> String { String(format: "%.3f", value) }
    return
      "titleF1 \(rounded(titleF1)) (P \(rounded(precision)), R \(rounded(recall))), "
      + "bylineAccuracy \(rounded(bylineAccuracy)), found \(found) of \(pieces); "
      + "extra \(extra.prefix(5)), missed \(missed.prefix(5)), wrong bylines \(wrongBylines.prefix(5))"
  }

  /// The pieces of a truth file: `{"pieces": [{"title", "alt", "authors"}]}`.
  static func pieces(truthPath: String) throws -> [Piece] {
    let data = try Data(contentsOf: URL(fileURLWithPath: truthPath))
    let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let list = root?["pieces"] as? [[String: Any]] ?? []
    return list.map { piece in
      Piece(
        titles: [piece["title"] as? String ?? ""] + (piece["alt"] as? [String] ?? []),
        authors: piece["authors"] as? [String] ?? [])
    }
  }

  /// Folds case, accents, quote marks and punctuation, as the Python scorer does.
  static func fold(_ text: String) -> String {
    let decomposed = text.decomposedStringWithCompatibilityMapping
    var kept = ""
    for scalar in decomposed.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark
        || scalar.properties.generalCategory == .spacingMark
        || scalar.properties.generalCategory == .enclosingMark
      {
        continue
      }
      if "\u{2018}\u{2019}\u{02BC}`'".unicodeScalars.contains(scalar) { continue }
      kept.unicodeScalars.append(scalar)
    }
    let lowered = kept.lowercased()
    var words: [String] = []
    var current = ""
    for character in lowered {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.joined(separator: " ")
  }

  static func same(_ a: String, _ b: String) -> Bool {
    let a = fold(a)
    let b = fold(b)
    return !a.isEmpty && !b.isEmpty
      && (a == b || " \(b) ".contains(" \(a) ") || " \(a) ".contains(" \(b) "))
  }

  init(articles: [Article], pieces: [Piece]) {
    var taken = Set<Int>()
    var pairs: [(article: Int, piece: Int)] = []
    for exact in [true, false] {
      for (index, article) in articles.enumerated()
      where !pairs.contains(where: { $0.article == index }) {
        for (pieceIndex, piece) in pieces.enumerated() where !taken.contains(pieceIndex) {
          let matches = piece.titles.contains { title in
            exact ? Self.fold(article.title) == Self.fold(title) : Self.same(article.title, title)
          }
          if matches {
            taken.insert(pieceIndex)
            pairs.append((index, pieceIndex))
            break
          }
        }
      }
    }
    found = articles.count
    self.pieces = pieces.count
    precision = articles.isEmpty ? 0 : Double(pairs.count) / Double(articles.count)
    recall = pieces.isEmpty ? 0 : Double(pairs.count) / Double(pieces.count)
    let right = pairs.filter { pair in
      articles[pair.article].authors.map(Self.fold).sorted()
        == pieces[pair.piece].authors.map(Self.fold).sorted()
    }
    bylineAccuracy = pairs.isEmpty ? 0 : Double(right.count) / Double(pairs.count)
    extra = articles.indices.filter { index in !pairs.contains { $0.article == index } }
      .map { articles[$0].title }
    missed = pieces.indices.filter { !taken.contains($0) }.map { pieces[$0].titles[0] }
    wrongBylines = pairs.filter { pair in !right.contains { $0.article == pair.article } }
      .map { "\(articles[$0.article].title): \(articles[$0.article].authors)" }
  }
}
