/// The open article as the reading pane shows it right now: its lines at the pane's width
/// and the first line on screen.
struct ReadingView {
  let lines: ArticleLines
  /// Rows of text the pane shows.
  let height: Int
  /// The first line on screen, already clamped so the pane never scrolls past the end.
  let top: Int

  /// Wraps what the pane shows first (`ArticleLines` wraps lazily): the screen from the anchor
  /// down and, when that is near the end, the article's last screen, so the end is where it
  /// will stay. Far from the end the clamp cannot bind, and wrapping the last screen there
  /// was half the wrapping of a first frame (callgrind, the seed: 4.7 M of 8.6 M).
  init(lines: ArticleLines, height: Int, anchor: ReadingAnchor) {
    self.lines = lines
    self.height = height
    var index = lines.settle(around: anchor, above: 0, below: height)
    if index + 3 * height >= lines.count {
      lines.settleTail(rows: height)
      index = lines.settle(around: anchor, above: 0, below: height)
    }
    top = min(index, ReadingView.maxTop(lines: lines, height: height))
  }

  static func maxTop(lines: ArticleLines, height: Int) -> Int { max(0, lines.count - height) }

  var maxTop: Int { ReadingView.maxTop(lines: lines, height: height) }

  /// The last top a move to `target` may reach: exact, the last screen wrapped, when the
  /// target is near or past the end (`G`, a long jump), else as the estimates have it.
  func maxTop(reaching target: Int) -> Int {
    if target + 3 * height >= lines.count { lines.settleTail(rows: height) }
    return maxTop
  }

  /// How far through the article the bottom of the pane is, in percent.
  var percent: Int {
    guard lines.count > 0 else { return 100 }
    return min(100, (top + height) * 100 / lines.count)
  }

  /// The anchor that puts `line` at the top, `context` lines below the top where possible.
  func anchor(showing line: Int, context: Int) -> ReadingAnchor {
    // The line's content, not its number, is what must end up in view: wrapping the lines
    // above it may move it.
    let target = lines.anchor(at: line)
    let index = lines.settle(around: target, above: context, below: 0)
    return lines.anchor(at: clamp(index - context, 0, maxTop))
  }
}
