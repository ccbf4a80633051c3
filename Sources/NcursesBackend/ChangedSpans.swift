import ReaderScreen

/// The columns of one row that differ between two frames.
struct RowSpan: Equatable {
  var row: Int
  var columns: Range<Int>
}

/// Where `next` differs from `previous`: per row, one span from the first changed column to the
/// last, widened so a wide character is never cut in half. Every row is returned whole when
/// there is no previous frame or its size differs.
func changedSpans(from previous: Screen?, to next: Screen) -> [RowSpan] {
  guard let previous, previous.width == next.width, previous.height == next.height else {
    return (0..<next.height).map { RowSpan(row: $0, columns: 0..<next.width) }
  }
  var spans: [RowSpan] = []
  let width = next.width
  for row in 0..<next.height {
    let base = row * width
    var first = 0
    while first < width && previous.cells[base + first] == next.cells[base + first] { first += 1 }
    if first == width { continue }
    var last = width - 1
    while previous.cells[base + last] == next.cells[base + last] { last -= 1 }
    // A changed right half means its left half must be drawn again, and a wide character at the
    // end owns the column after it.
    while first > 0 && next.cells[base + first].width == 0 { first -= 1 }
    if next.cells[base + last].width == 2 && last + 1 < width { last += 1 }
    spans.append(RowSpan(row: row, columns: first..<(last + 1)))
  }
  return spans
}
