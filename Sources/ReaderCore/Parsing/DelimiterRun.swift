/// One run of `*` or `_` in a paragraph, as CommonMark's emphasis algorithm tracks it.
struct DelimiterRun {
  /// `*` or `_`.
  var character: UInt8
  /// Where the run starts in the text.
  var start: Int
  /// The run's length as written; the rule of three judges by it.
  var length: Int
  /// Characters not yet used by a match: the leftmost of an opener, the rightmost of a closer.
  var remaining: Int
  var canOpen: Bool
  var canClose: Bool

  var end: Int { start + length }

  /// The run at `start..<end` inside `paragraph`, judged by its neighbours (CommonMark 6.2).
  init(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, paragraph: Range<Int>
  ) {
    character = text[start]
    self.start = start
    length = end - start
    remaining = length
    let before = FlankingClass.before(text, start, start: paragraph.lowerBound)
    let after = FlankingClass.after(text, end, end: paragraph.upperBound)
    let leftFlanking =
      after != .whitespace
      && (after != .punctuation || before == .whitespace || before == .punctuation)
    let rightFlanking =
      before != .whitespace
      && (before != .punctuation || after == .whitespace || after == .punctuation)
    if character == UInt8(ascii: "_") {
      // Underscores never open or close inside a word (`snake__case__name`).
      canOpen = leftFlanking && (!rightFlanking || before == .punctuation)
      canClose = rightFlanking && (!leftFlanking || after == .punctuation)
    } else {
      canOpen = leftFlanking
      canClose = rightFlanking
    }
  }
}
