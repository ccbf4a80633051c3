/// How many rows each segment of an article has, with the first row of any segment and the
/// segment holding any row found in O(log n): a Fenwick tree over the counts.
///
/// `ArticleLines` changes one count each time it wraps a block (an estimate becomes exact).
/// With plain running starts, every such change renumbered every segment after it: in a 60 MB
/// one-article book (150,000 segments) that made `j` take 47 ms and Space 91 ms, since a page
/// wraps a dozen blocks. Here a change costs a few steps, however long the article.
///
/// Only the tree is kept, and in 4 bytes a segment while every sum fits (an article of 3
/// million one-line paragraphs has 3 million segments): a segment's own count is two prefix
/// sums apart. Past `UInt32.max` rows in all, which takes gigabytes at a width of a few
/// columns, the tree moves to `Int`.
struct RowCounts {
  /// `narrow[k]` (1-based) holds the sum of the counts of segments `k - lowbit(k) ..< k`,
  /// while the total fits in 32 bits (so does every such sum); empty once `wide` holds them.
  private var narrow: [UInt32]
  /// The same sums once the total passed `UInt32.max`; empty before.
  private var wide: [Int] = []
  /// How many segments there are.
  let segmentCount: Int
  /// All rows.
  private(set) var total: Int
  /// The highest power of two not above the segment count (0 when empty): the search's first
  /// step.
  private let topStep: Int

  init(_ counts: [Int]) { self.init(count: counts.count) { counts[$0] } }

  /// `count` segments, segment `i` with `rows(i)` rows.
  init(count: Int, rows: (Int) -> Int) {
    segmentCount = count
    var step = 1
    while step <= count { step <<= 1 }
    topStep = count == 0 ? 0 : step >> 1
    // Sums wrap here; they are all exact when the total fits.
    var narrow = [UInt32](repeating: 0, count: count + 1)
    var total = 0
    for index in 1..<max(1, narrow.count) {
      let segmentRows = rows(index - 1)
      total += segmentRows
      narrow[index] &+= UInt32(truncatingIfNeeded: segmentRows)
      let parent = index + (index & -index)
      if parent < narrow.count { narrow[parent] &+= narrow[index] }
    }
    self.total = total
    if total <= Int(UInt32.max) {
      self.narrow = narrow
    } else {
      self.narrow = []
      wide = Self.tree(count: count, rows: rows)
    }
  }

  private static func tree(count: Int, rows: (Int) -> Int) -> [Int] {
    var tree = [Int](repeating: 0, count: count + 1)
    for index in 1..<max(1, tree.count) {
      tree[index] += rows(index - 1)
      let parent = index + (index & -index)
      if parent < tree.count { tree[parent] += tree[index] }
    }
    return tree
  }

  /// The rows of segment `segment`.
  subscript(segment: Int) -> Int { start(of: segment + 1) - start(of: segment) }

  /// The first row of `segment`: the rows of every segment before it (`segmentCount` gives
  /// the total).
  func start(of segment: Int) -> Int {
    wide.isEmpty ? Self.start(of: segment, narrow) : Self.start(of: segment, wide)
  }

  private static func start<Sum: FixedWidthInteger>(of segment: Int, _ tree: [Sum]) -> Int {
    var sum = 0
    var index = segment
    while index > 0 {
      sum += Int(tree[index])
      index -= index & -index
    }
    return sum
  }

  /// Sets segment `segment`'s rows to `rows`.
  mutating func set(_ segment: Int, to rows: Int) {
    let change = rows - self[segment]
    guard change != 0 else { return }
    total += change
    if wide.isEmpty && total > Int(UInt32.max) {
      wide = narrow.map { Int($0) }
      narrow = []
    }
    var index = segment + 1
    if wide.isEmpty {
      while index < narrow.count {
        narrow[index] = UInt32(truncatingIfNeeded: Int(narrow[index]) + change)
        index += index & -index
      }
    } else {
      while index < wide.count {
        wide[index] += change
        index += index & -index
      }
    }
  }

  /// The last segment whose first row is at or before `row` — so empty segments, which share
  /// their start with the next, are passed over — and how far into it `row` is. `row` must be
  /// at least 0; with no segments the answer is segment 0.
  func locate(_ row: Int) -> (segment: Int, row: Int) {
    let found = wide.isEmpty ? locate(row, narrow) : locate(row, wide)
    // All segments fit only when `row` is past the end: then the last segment holds it.
    if found.segment == segmentCount && found.segment > 0 {
      return (found.segment - 1, row - start(of: found.segment - 1))
    }
    return found
  }

  /// The most leading segments whose rows together are at most `row`, and the rest of `row`.
  private func locate<Sum: FixedWidthInteger>(_ row: Int, _ tree: [Sum]) -> (
    segment: Int, row: Int
  ) {
    var taken = 0
    var remaining = row
    var step = topStep
    while step > 0 {
      let next = taken + step
      if next < tree.count && Int(tree[next]) <= remaining {
        taken = next
        remaining -= Int(tree[next])
      }
      step >>= 1
    }
    return (taken, remaining)
  }
}
