/// The numbers `reader-bench parse` prints, as text or as one JSON object.
struct ParseReport {
  var file: String
  var bytes: Int
  /// Seconds per load.
  var seconds: [Double]
  var summary: DocumentSummary
  /// Peak RSS after the first load.
  var peakRSS: Int
  /// Peak RSS after every load.
  var peakRSSAllRuns: Int
  var baselineSeconds: [Double]
  var lines: Int

  var best: Double { seconds.min() ?? 0 }
  var median: Double { Self.median(seconds) }

  /// Decimal megabytes of file per second.
  func megabytesPerSecond(_ seconds: Double) -> Double {
    seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  var text: String {
    let baselineBest = baselineSeconds.min() ?? 0
    return """
      file        \(file): \(bytes) bytes, \(lines) lines
      load+parse  best \(Format.fixed(best * 1000, 2)) ms = \(Format.fixed(megabytesPerSecond(best), 1)) MB/s, \
      median \(Format.fixed(median * 1000, 2)) ms = \(Format.fixed(megabytesPerSecond(median), 1)) MB/s \
      (\(seconds.count) runs)
      found       \(summary.articles) articles, \(summary.highlights) highlights, \
      \(summary.quotes) quotes, \(summary.blocks) blocks, \(summary.authors) authors
      peak RSS    \(Format.mebibytes(peakRSS)) MiB (file \(Format.mebibytes(bytes)) MiB; \
      peak - file = \(Format.mebibytes(peakRSS - bytes)) MiB); after all \(seconds.count) loads \
      \(Format.mebibytes(peakRSSAllRuns)) MiB
      baseline    read + newline count: best \(Format.fixed(baselineBest * 1000, 2)) ms = \
      \(Format.fixed(megabytesPerSecond(baselineBest), 1)) MB/s
      """
  }

  var json: String {
    let baselineBest = baselineSeconds.min() ?? 0
    let fields: [(String, String)] = [
      ("file", "\"\(Self.escaped(file))\""),
      ("bytes", "\(bytes)"),
      ("lines", "\(lines)"),
      ("runs", "\(seconds.count)"),
      ("best_ms", Format.fixed(best * 1000, 3)),
      ("median_ms", Format.fixed(median * 1000, 3)),
      ("best_mb_s", Format.fixed(megabytesPerSecond(best), 1)),
      ("median_mb_s", Format.fixed(megabytesPerSecond(median), 1)),
      ("articles", "\(summary.articles)"),
      ("highlights", "\(summary.highlights)"),
      ("quotes", "\(summary.quotes)"),
      ("blocks", "\(summary.blocks)"),
      ("authors", "\(summary.authors)"),
      ("peak_rss_bytes", "\(peakRSS)"),
      ("peak_rss_all_runs_bytes", "\(peakRSSAllRuns)"),
      ("baseline_best_ms", Format.fixed(baselineBest * 1000, 3)),
      ("baseline_best_mb_s", Format.fixed(megabytesPerSecond(baselineBest), 1)),
    ]
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  private static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
