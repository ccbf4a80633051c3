import Testing

@testable import ReaderUI

/// `RowCounts` against the plain running sums it replaces, over changes like a wrap's.
@Suite struct RowCountsTests {
  /// The answer of the running sums `ArticleLines` used before: the last segment starting at
  /// or before `row` (empty segments passed over), and the row within it.
  private func plainLocate(_ counts: [Int], _ row: Int) -> (Int, Int) {
    var starts: [Int] = []
    var total = 0
    for count in counts {
      starts.append(total)
      total += count
    }
    var low = 0
    var high = counts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= row { low = middle } else { high = middle - 1 }
    }
    return (low, row - (counts.isEmpty ? 0 : starts[low]))
  }

  private func check(_ index: RowCounts, _ counts: [Int]) {
    #expect(index.segmentCount == counts.count)
    #expect(index.total == counts.reduce(0, +))
    for segment in 0...counts.count {
      #expect(index.start(of: segment) == counts.prefix(segment).reduce(0, +))
    }
    for row in 0..<max(1, counts.reduce(0, +)) {
      let found = index.locate(row)
      let expected = plainLocate(counts, row)
      #expect(found.segment == expected.0 && found.row == expected.1, "row \(row)")
    }
  }

  @Test func startsAndLocationsMatchTheRunningSums() {
    let counts = [3, 0, 0, 5, 1, 0, 7, 2, 0]
    check(RowCounts(counts), counts)
  }

  @Test func emptyArticlesAndAllEmptySegmentsLocateTheirLastSegment() {
    check(RowCounts([]), [])
    #expect(RowCounts([]).locate(0) == (segment: 0, row: 0))
    check(RowCounts([0, 0, 0]), [0, 0, 0])
    #expect(RowCounts([0, 0, 0]).locate(0) == (segment: 2, row: 0))
  }

  @Test func changedCountsMoveEverySegmentAfterThem() {
    // Estimates replaced by exact counts in a scattered order, as lazy wrapping does.
    var counts = (0..<37).map { $0 % 5 == 0 ? 0 : 4 }
    var index = RowCounts(counts)
    var state: UInt64 = 7
    for _ in 0..<60 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let segment = Int(state >> 33) % counts.count
      let rows = Int(state >> 40) % 9
      counts[segment] = rows
      index.set(segment, to: rows)
      #expect(index[segment] == rows)
    }
    check(index, counts)
  }

  @Test func groupsOfSegmentsLocateAcrossTheirEdges() {
    // Several groups of `RowCounts.groupSize`, a partial last one, and empty segments at each
    // group's first and last place: `locate` takes whole groups from the tree, then steps.
    let size = RowCounts.groupSize
    let counts = (0..<(size * 5 + 3)).map { segment in
      segment % size == 0 || segment % size == size - 1 ? 0 : 1 + segment % 3
    }
    check(RowCounts(counts), counts)
    // A whole group of empty segments in the middle is passed over to the next one's start.
    var gap = counts
    for segment in size..<size * 2 { gap[segment] = 0 }
    check(RowCounts(gap), gap)
  }

  @Test func countsOfAByteOrMoreAreKeptExactlyAndComeBack() {
    // A segment's own count is one byte up to 254: 255 and more are kept aside.
    var counts = (0..<40).map { $0 % 7 == 0 ? 254 : $0 % 3 }
    counts[5] = 255
    counts[21] = 100_000
    var index = RowCounts(counts)
    check(index, counts)
    for (segment, rows) in [(5, 3), (6, 255), (21, 254), (22, 70_000), (5, 256), (22, 0)] {
      counts[segment] = rows
      index.set(segment, to: rows)
      #expect(index[segment] == rows)
    }
    #expect(index.total == counts.reduce(0, +))
    for segment in 0...counts.count {
      #expect(index.start(of: segment) == counts.prefix(segment).reduce(0, +))
    }
    for row in stride(from: 0, to: index.total, by: 97) {
      let found = index.locate(row)
      let expected = plainLocate(counts, row)
      #expect(found.segment == expected.0 && found.row == expected.1, "row \(row)")
    }
  }

  /// Counts kept from an earlier table (changed since it was built, some a byte or more)
  /// and new ones after them give the table built from all the counts at once, wherever the
  /// cut falls against the groups.
  @Test(arguments: [0, 1, 15, 16, 17, 47, 48, 63, 64, 100, 130])
  func keptCountsAndNewOnesMatchATableBuiltWhole(kept: Int) {
    var generator = SystemRandomNumberGenerator()
    var counts = (0..<130).map { _ in Int.random(in: 0...4, using: &generator) }
    counts[20] = 300
    counts[90] = 1_000
    var old = RowCounts(counts)
    for _ in 0..<40 {
      let segment = Int.random(in: 0..<counts.count, using: &generator)
      counts[segment] = Int.random(in: 0...600, using: &generator)
      old.set(segment, to: counts[segment])
    }
    var grown = Array(counts[..<kept])
    grown += (0..<(170 - kept)).map { $0 % 7 == 0 ? 256 + $0 : $0 % 3 }
    old.replaceSegments(from: kept, count: grown.count) { grown[$0] }
    check(old, grown)
  }

  /// A tail replaced by fewer segments, or by none, leaves the table of the kept ones; and a
  /// table replaced again and again matches the one built whole each time.
  @Test(arguments: [0, 5, 16, 33, 64, 129])
  func aTailReplacedByFewerSegmentsLeavesTheKeptOnes(kept: Int) {
    var counts = (0..<130).map { $0 % 5 == 0 ? 0 : $0 % 4 + 1 }
    counts[40] = 700
    var table = RowCounts(counts)
    table.replaceSegments(from: kept, count: kept) { _ in 99 }
    check(table, Array(counts[..<kept]))
    var grown = Array(counts[..<kept])
    for step in 1...6 {
      let cut = grown.count * step / 7
      grown = Array(grown[..<cut]) + (0..<step * 9).map { ($0 * step) % 6 }
      table.replaceSegments(from: cut, count: grown.count) { grown[$0] }
      check(table, grown)
    }
  }

  @Test func manyChangesOverManyGroupsMatchTheRunningSums() {
    var counts = (0..<300).map { $0 % 11 == 0 ? 0 : 2 }
    var index = RowCounts(counts)
    var state: UInt64 = 19
    for _ in 0..<400 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let segment = Int(state >> 33) % counts.count
      let rows = Int(state >> 40) % 5 == 0 ? 0 : Int(state >> 44) % 300
      counts[segment] = rows
      index.set(segment, to: rows)
    }
    for segment in counts.indices { #expect(index[segment] == counts[segment]) }
    for segment in 0...counts.count {
      #expect(index.start(of: segment) == counts.prefix(segment).reduce(0, +))
    }
    for row in stride(from: 0, to: index.total, by: 13) {
      let found = index.locate(row)
      let expected = plainLocate(counts, row)
      #expect(found.segment == expected.0 && found.row == expected.1, "row \(row)")
    }
  }
}

/// Row counts are kept in 32 bits until the total passes `UInt32.max`, then in `Int`.
@Suite struct RowCountsWideningTests {
  @Test func totalsPastThirtyTwoBitsStayExact() {
    let big = Int(UInt32.max) - 5
    var counts = [3, big, 0, 2]
    var index = RowCounts(counts)
    #expect(index.total == big + 5)
    #expect(index.locate(big + 3) == (segment: 3, row: 0))
    // This change passes the bound: the tree moves to Int.
    counts[2] = 40
    index.set(2, to: 40)
    #expect(index.total == big + 45)
    for segment in 0...counts.count {
      #expect(index.start(of: segment) == counts.prefix(segment).reduce(0, +))
    }
    for segment in counts.indices { #expect(index[segment] == counts[segment]) }
    #expect(index.locate(big + 3) == (segment: 2, row: 0))
    #expect(index.locate(big + 42) == (segment: 2, row: 39))
    #expect(index.locate(big + 44) == (segment: 3, row: 1))
    // And back below it, still exact.
    index.set(1, to: 1)
    #expect(index.total == 46)
    #expect(index.locate(4) == (segment: 2, row: 0))
  }

  /// New segments that carry the total past the bound move the tree to `Int` as they are
  /// added; a tail cut back from a wide tree stays exact.
  @Test func aTailAddedPastThirtyTwoBitsWidensTheTree() {
    var counts = (0..<40).map { $0 % 3 }
    var table = RowCounts(counts)
    let big = Int(UInt32.max) - 10
    counts += [big] + (0..<37).map { $0 % 4 }
    table.replaceSegments(from: 40, count: counts.count) { counts[$0] }
    #expect(table.total == counts.reduce(0, +))
    for segment in 0...counts.count {
      #expect(table.start(of: segment) == counts.prefix(segment).reduce(0, +))
    }
    #expect(table.locate(counts.prefix(41).reduce(0, +)) == (segment: 42, row: 0))
    counts = Array(counts[..<45]) + [1, 2, 3]
    table.replaceSegments(from: 45, count: counts.count) { counts[$0] }
    for segment in 0...counts.count {
      #expect(table.start(of: segment) == counts.prefix(segment).reduce(0, +))
    }
    #expect(table.locate(counts.reduce(0, +) - 1) == (segment: 47, row: 2))
  }

  @Test func anArticleBuiltPastThirtyTwoBitsIsExactFromTheStart() {
    let counts = [Int(UInt32.max), 7, 9]
    let index = RowCounts(counts)
    #expect(index.total == Int(UInt32.max) + 16)
    #expect(index.start(of: 2) == Int(UInt32.max) + 7)
    #expect(index.locate(Int(UInt32.max) + 8) == (segment: 2, row: 1))
    #expect(index[1] == 7)
  }
}
