/// How many rows each segment of an article has, with the first row of any segment and the
/// segment holding any row found in O(log n): a Fenwick tree over the counts.
///
/// `ArticleLines` changes one count each time it wraps a block (an estimate becomes exact).
/// With plain running starts, every such change renumbered every segment after it: in a 60 MB
/// one-article book (150,000 segments) that made `j` take 47 ms and Space 91 ms, since a page
/// wraps a dozen blocks. Here a change costs a few steps, however long the article.
///
/// Only the tree is kept, 8 bytes a segment: a segment's own count is two prefix sums apart,
/// and an article of 3 million one-line paragraphs has 3 million segments.
struct RowCounts {
  /// `tree[k]` (1-based) holds the sum of the counts of segments `k - lowbit(k) ..< k`.
  private var tree: [Int]
  /// The highest power of two not above the segment count (0 when empty): the search's first
  /// step.
  private let topStep: Int

  init(_ counts: [Int]) { self.init(count: counts.count) { counts[$0] } }

  /// `count` segments, segment `i` with `rows(i)` rows.
  init(count: Int, rows: (Int) -> Int) {
    var tree = [Int](repeating: 0, count: count + 1)
    for index in 1..<max(1, tree.count) {
      tree[index] += rows(index - 1)
      let parent = index + (index & -index)
      if parent < tree.count { tree[parent] += tree[index] }
    }
    self.tree = tree
    var step = 1
    while step <= count { step <<= 1 }
    topStep = count == 0 ? 0 : step >> 1
  }

  /// How many segments there are.
  var segmentCount: Int { tree.count - 1 }

  /// The rows of segment `segment`.
  subscript(segment: Int) -> Int { start(of: segment + 1) - start(of: segment) }

  /// All rows.
  var total: Int { start(of: segmentCount) }

  /// The first row of `segment`: the rows of every segment before it (`segmentCount` gives
  /// the total).
  func start(of segment: Int) -> Int {
    var sum = 0
    var index = segment
    while index > 0 {
      sum += tree[index]
      index -= index & -index
    }
    return sum
  }

  /// Sets segment `segment`'s rows to `rows`.
  mutating func set(_ segment: Int, to rows: Int) {
    let change = rows - self[segment]
    guard change != 0 else { return }
    var index = segment + 1
    while index < tree.count {
      tree[index] += change
      index += index & -index
    }
  }

  /// The last segment whose first row is at or before `row` — so empty segments, which share
  /// their start with the next, are passed over — and how far into it `row` is. `row` must be
  /// at least 0; with no segments the answer is segment 0.
  func locate(_ row: Int) -> (segment: Int, row: Int) {
    // The most leading segments whose rows together are at most `row`.
    var taken = 0
    var remaining = row
    var step = topStep
    while step > 0 {
      let next = taken + step
      if next < tree.count && tree[next] <= remaining {
        taken = next
        remaining -= tree[next]
      }
      step >>= 1
    }
    // All segments fit only when `row` is past the end: then the last segment holds it.
    if taken == segmentCount && taken > 0 {
      return (taken - 1, row - start(of: taken - 1))
    }
    return (taken, remaining)
  }
}
