/// How many rows each segment of an article has, with the first row of any segment and the
/// segment holding any row found in O(log n): a Fenwick tree over groups of segments.
///
/// `ArticleLines` changes one count each time it wraps a block (an estimate becomes exact).
/// With plain running starts, every such change renumbered every segment after it: in a 60 MB
/// one-article book (150,000 segments) that made `j` take 47 ms and Space 91 ms, since a page
/// wraps a dozen blocks. Here a change costs a few steps, however long the article.
///
/// An article of 3 million one-line paragraphs has 3 million segments, so a segment costs
/// about a byte and a quarter: its own count in one byte (a count of 255 or more is kept
/// aside), and the tree sums groups of `groupSize` segments in 4 bytes a group while every sum
/// fits. A start within a group adds at most `groupSize - 1` counts to the tree's sum. Past
/// `UInt32.max` rows in all, which takes gigabytes at a width of a few columns, the tree moves
/// to `Int`.
struct RowCounts {
  /// Segments per group of the tree: a start adds up to this many one-byte counts, and the
  /// tree's 4 bytes are spread over as many segments.
  static let groupShift = 4
  static var groupSize: Int { 1 << groupShift }

  /// Each segment's rows, or `UInt8.max` when they are in `large`.
  private var small: [UInt8]
  /// The rows of segments with `UInt8.max` or more, by segment.
  private var large: [Int: Int] = [:]
  /// `narrow[k]` (1-based) holds the sum of the rows of groups `k - lowbit(k) ..< k`, while
  /// the total fits in 32 bits (so does every such sum); empty once `wide` holds them.
  private var narrow: [UInt32]
  /// The same sums once the total passed `UInt32.max`; empty before.
  private var wide: [Int] = []
  /// How many segments there are.
  private(set) var segmentCount = 0
  /// All rows.
  private(set) var total = 0
  /// The highest power of two not above the group count (0 when empty): the search's first
  /// step.
  private var topStep = 0

  init(_ counts: [Int]) { self.init(count: counts.count) { counts[$0] } }

  /// `count` segments, segment `i` with `rows(i)` rows.
  init(count: Int, rows: (Int) -> Int) {
    small = []
    narrow = [0]
    replaceSegments(from: 0, count: count, rows: rows)
  }

  /// Keeps the first `kept` segments as they are and puts `count - kept` new ones after
  /// them, segment `i` with `rows(i)` rows: a growing article's next snapshot.
  ///
  /// In place, at the cost of the new segments: the kept counts stay where they are, and so
  /// do the tree's nodes over whole kept groups (a node sums only groups before it); only the
  /// group the cut falls in is summed again. Built anew for each snapshot, the tables of a
  /// 60 MB book were copied whole every time (25 M instructions over 20 keys pressed while it
  /// was read, BENCHMARKS.md).
  mutating func replaceSegments(from kept: Int, count: Int, rows: (Int) -> Int) {
    precondition(kept >= 0 && kept <= segmentCount && kept <= count)
    let keptGroups = kept >> Self.groupShift
    let firstRedone = keptGroups << Self.groupShift
    // The kept segments of the group the cut falls in are summed again with the new ones.
    var partial = 0
    for segment in firstRedone..<kept { partial += self[segment] }
    small.removeSubrange(kept...)
    if large.keys.contains(where: { $0 >= kept }) { large = large.filter { $0.key < kept } }
    if wide.isEmpty {
      narrow.removeSubrange((keptGroups + 1)...)
      total = Self.prefix(keptGroups, narrow) + partial
    } else {
      wide.removeSubrange((keptGroups + 1)...)
      total = Self.prefix(keptGroups, wide) + partial
    }
    small.reserveCapacity(count)
    var groupRows = partial
    for segment in kept..<count {
      let segmentRows = rows(segment)
      if segmentRows < Int(UInt8.max) {
        small.append(UInt8(segmentRows))
      } else {
        small.append(UInt8.max)
        large[segment] = segmentRows
      }
      total += segmentRows
      groupRows += segmentRows
      if (segment + 1) & (Self.groupSize - 1) == 0 {
        appendGroup(groupRows)
        groupRows = 0
      }
    }
    if count & (Self.groupSize - 1) != 0 && count > firstRedone { appendGroup(groupRows) }
    segmentCount = count
    let groups = (wide.isEmpty ? narrow.count : wide.count) - 1
    var step = 1
    while step <= groups { step <<= 1 }
    topStep = groups == 0 ? 0 : step >> 1
  }

  /// Adds the tree's node for one more group, whose own segments have `rows` rows: it sums
  /// that group and the nodes of the groups under it (`lowbit` of its index of them).
  private mutating func appendGroup(_ rows: Int) {
    if wide.isEmpty && total > Int(UInt32.max) {
      wide = narrow.map { Int($0) }
      narrow = []
    }
    if wide.isEmpty {
      let index = narrow.count
      var sum = rows
      var step = 1
      while step < index & -index {
        sum += Int(narrow[index - step])
        step <<= 1
      }
      narrow.append(UInt32(truncatingIfNeeded: sum))
    } else {
      let index = wide.count
      var sum = rows
      var step = 1
      while step < index & -index {
        sum += wide[index - step]
        step <<= 1
      }
      wide.append(sum)
    }
  }

  /// The rows of segment `segment`.
  subscript(segment: Int) -> Int {
    let stored = small[segment]
    return stored == UInt8.max ? large[segment] ?? 0 : Int(stored)
  }

  /// The first row of `segment`: the rows of every segment before it (`segmentCount` gives
  /// the total).
  func start(of segment: Int) -> Int {
    let group = segment >> Self.groupShift
    var sum = wide.isEmpty ? Self.prefix(group, narrow) : Self.prefix(group, wide)
    for before in (group << Self.groupShift)..<segment { sum += self[before] }
    return sum
  }

  /// The rows of the first `groups` groups.
  private static func prefix<Sum: FixedWidthInteger>(_ groups: Int, _ tree: [Sum]) -> Int {
    var sum = 0
    var index = groups
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
    if rows < Int(UInt8.max) {
      if small[segment] == UInt8.max { large[segment] = nil }
      small[segment] = UInt8(rows)
    } else {
      small[segment] = UInt8.max
      large[segment] = rows
    }
    total += change
    if wide.isEmpty && total > Int(UInt32.max) {
      wide = narrow.map { Int($0) }
      narrow = []
    }
    var index = (segment >> Self.groupShift) + 1
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
    let groups = wide.isEmpty ? locate(row, narrow) : locate(row, wide)
    // The most leading segments whose rows together are at most `row`: whole groups from the
    // tree, then segments of the next group one by one.
    var taken = min(groups.taken << Self.groupShift, segmentCount)
    var remaining = groups.row
    let end = min(segmentCount, taken + Self.groupSize)
    while taken < end && self[taken] <= remaining {
      remaining -= self[taken]
      taken += 1
    }
    // All segments fit only when `row` is past the end: then the last segment holds it.
    if taken == segmentCount && taken > 0 {
      return (taken - 1, row - start(of: taken - 1))
    }
    return (taken, remaining)
  }

  /// The most leading groups whose rows together are at most `row`, and the rest of `row`.
  private func locate<Sum: FixedWidthInteger>(_ row: Int, _ tree: [Sum]) -> (
    taken: Int, row: Int
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
