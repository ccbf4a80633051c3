/// How many terminal columns `scalar` takes, exactly as glibc's `wcwidth` says in a UTF-8
/// locale: -1 for controls and unassigned code points, 0 for combining and other zero-width
/// characters, 1 or 2 otherwise.
///
/// ncurses measures with `wcwidth`, so the headless screen must too, whatever the locale of the
/// process that runs it (tests run under `C` or `POSIX`). The answers come from a table made
/// from glibc once, by `Scripts/generate-width-table.py`.
public func columnWidth(of scalar: Unicode.Scalar) -> Int {
  let value = scalar.value
  if value >= 0x20 && value < 0x7F { return 1 }
  let starts = WidthTable.starts
  // The answer is the run with the greatest start not above `value`; starts[0] is 0.
  var low = 0
  var high = starts.count
  while high - low > 1 {
    let middle = (low + high) / 2
    if starts[middle] <= value { low = middle } else { high = middle }
  }
  return Int(WidthTable.widths[low])
}
