/// How many rows each segment of an article has, with the first row of any segment and the
/// segment holding any row found in O(log n): a Fenwick tree over the counts.
///
/// `ArticleLines` changes one count each time it wraps a block (an estimate becomes exact).
/// With plain running starts, every such change renumbered every segment after it: in a 60 MB
/// one-article book (150,000 segments) that made `j` take 47 ms and Space 91 ms, since a page
/// wraps a dozen blocks. Here a change costs a few steps, however long the article.
struct RowCounts {
  private var counts: [Int]
  /// `tree[k]` (1-based) holds the sum of `counts[k - lowbit(k) ..< k]`.
  private var tree: [Int]
  /// The highest power of two not above `counts.count` (0 when empty): the search's first step.
  private let topStep: Int

  init(_ counts: [Int]) {
    self.counts = counts
    var tree = [0] + counts
    for index in 1..<max(1, tree.count) {
      let parent = index + (index & -index)
      if parent < tree.count { tree[parent] += tree[index] }
    }
    self.tree = tree
    var step = 1
    while step <= counts.count { step <<= 1 }
    topStep = counts.isEmpty ? 0 : step >> 1
  }

  /// How many segments there are.
  var segmentCount: Int { counts.count }

  /// The rows of segment `segment`.
  subscript(segment: Int) -> Int { counts[segment] }

  /// All rows.
  var total: Int { start(of: counts.count) }

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
    let change = rows - counts[segment]
    guard change != 0 else { return }
    counts[segment] = rows
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
    if taken == counts.count && taken > 0 {
      return (taken - 1, row - start(of: taken - 1))
    }
    return (taken, remaining)
  }
}
