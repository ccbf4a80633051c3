import ArgumentParser
import ReaderCore
import ReaderMarkup
import ReaderScreen
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader-bench keys`: the reader's own share of start-up and key latency, headless: time
/// from opening the file to the first rendered frame, then `handle` + `render` per key.
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Time the first frame and each key (handle + render), headless, on a file.",
    discussion: """
      First frame: ReaderProgram(loading:) (map, index the first articles, start the \
      background indexer), a resize and one render. Then, once indexing is complete, the key \
      list is sent --repeat times and each key's handle + render + diff against the previous \
      frame is timed. This is the part of a key's latency the program controls; encoding the \
      changed cells and the terminal drawing them are the backend's.
      """
  )

  @Argument(help: "The compilation to open.")
  var file: String

  @Option(help: "Terminal size as WIDTHxHEIGHT.")
  var size: String = "200x60"

  @Option(help: "Keys as `reader snapshot --keys` reads them, separated by spaces.")
  var keys: String = "j <Space> G ] [ } { a<Enter> A"

  @Option(name: .customLong("repeat"), help: "How many times to send the key list.")
  var runs: Int = 20

  @Option(
    help: """
      Milliseconds to sleep before each key, untimed: a key read after the process slept, as \
      in a terminal, finds its caches cold.
      """)
  var pause: Int = 0

  @Option(help: "Also time a search for this word (typed with / and Enter) from the top.")
  var query: String?

  @Flag(
    help: """
      Draw ahead as the terminal loop does: before each key, untimed, the frames of the \
      keys the program offers (the last two keys pressed, the likely ones); a key drawn \
      ahead is timed adopting its frame. The drawing ahead is timed apart, per key.
      """)
  var ahead = false

  func run() throws {
    let parts = size.split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2 else { throw ValidationError("--size must be WIDTHxHEIGHT") }
    let (width, height) = (parts[0], parts[1])
    let groups = try keys.split(separator: " ").map {
      (String($0), try KeyString.parse(String($0)))
    }

    let start = MonotonicClock.now()
    var program = try ReaderProgram(
      loading: file, options: ReaderOptions(fileLabel: file), readers: MarkupReaders.all)
    let opened = MonotonicClock.seconds(since: start)
    program.handle(.resize(width: width, height: height))
    _ = program.render(width: width, height: height)
    let firstFrame = MonotonicClock.seconds(since: start)
    let firstArticles = program.document.articles.count
    let firstPercent = program.indexingPercent ?? 100

    // Let the background indexer finish, ticking as the backend would.
    var ticks = 0
    // What a key pressed while indexing goes on may wait for: a tick (taking the indexer's
    // newest snapshot) and its frame.
    var tickTimes: [Double] = []
    while program.indexingPercent != nil {
      var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
      nanosleep(&pause, nil)
      let tickStart = MonotonicClock.now()
      program.handle(.tick)
      _ = program.render(width: width, height: height)
      tickTimes.append(MonotonicClock.seconds(since: tickStart))
      ticks += 1
    }
    tickTimes.sort()
    let indexed = MonotonicClock.seconds(since: start)
    var previous = program.render(width: width, height: height)

    var times: [String: [Double]] = [:]
    var cellsChanged: [String: Int] = [:]
    var recent: [Key] = []
    var aheadTimes: [Double] = []
    var framesAhead = 0
    var adopted = 0
    var adoptedPerKey: [String: Int] = [:]
    for _ in 0..<runs {
      for (label, sequence) in groups {
        var prepared: [PreparedFrame] = []
        if ahead {
          let aheadStart = MonotonicClock.now()
          prepared = program.keysToPrepare(after: recent).compactMap {
            program.prepare($0, width: width, height: height)
          }
          aheadTimes.append(MonotonicClock.seconds(since: aheadStart))
          framesAhead += prepared.count
        }
        if pause > 0 {
          var rest = timespec(tv_sec: pause / 1000, tv_nsec: (pause % 1000) * 1_000_000)
          nanosleep(&rest, nil)
        }
        let keyStart = MonotonicClock.now()
        var screen: Screen
        if sequence.count == 1,
          let frame = prepared.first(where: { $0.event == .key(sequence[0]) }),
          program.adopt(frame)
        {
          screen = frame.screen
          adopted += 1
          adoptedPerKey[label, default: 0] += 1
        } else {
          for key in sequence { program.handle(.key(key)) }
          screen = program.render(width: width, height: height)
        }
        for key in sequence {
          recent.removeAll { $0 == key }
          recent.insert(key, at: 0)
        }
        recent = Array(recent.prefix(2))
        // The backend's diff, which every frame pays before any byte is encoded.
        var changed = 0
        forEachChangedSpan(from: previous, to: screen) { _, columns in changed += columns.count }
        times[label, default: []].append(MonotonicClock.seconds(since: keyStart))
        cellsChanged[label, default: 0] += changed
        previous = screen
      }
    }
    if ahead {
      aheadTimes.sort()
      let presses = max(1, runs * groups.count)
      print(
        "drawn ahead \(Format.fixed(Double(framesAhead) / Double(presses), 1)) frames a key, "
          + "median \(Format.fixed(Self.quantile(aheadTimes, 0.5) * 1000, 3)) ms, "
          + "p90 \(Format.fixed(Self.quantile(aheadTimes, 0.9) * 1000, 3)) ms; "
          + "\(adopted) of \(presses) keys adopted")
    }
    print(
      "file        \(file): \(program.document.storage.count) bytes, "
        + "\(program.document.articles.count) articles")
    print(
      "first frame \(Format.fixed(firstFrame * 1000, 2)) ms (open and index the first screen "
        + "\(Format.fixed(opened * 1000, 2)) ms; \(firstArticles) articles, "
        + "\(firstPercent)% indexed); whole index after \(Format.fixed(indexed * 1000, 1)) ms "
        + "(\(ticks) ticks; a tick and its frame: median "
        + "\(Format.fixed(Self.quantile(tickTimes, 0.5) * 1000, 2)) ms, longest "
        + "\(Format.fixed((tickTimes.last ?? 0) * 1000, 2)) ms)")
    for (label, _) in groups {
      let sorted = (times[label] ?? []).sorted()
      print(
        "key \(label.padding(8))  median \(Format.fixed(Self.quantile(sorted, 0.5) * 1000, 3)) ms"
          + "  p90 \(Format.fixed(Self.quantile(sorted, 0.9) * 1000, 3)) ms"
          + "  max \(Format.fixed((sorted.last ?? 0) * 1000, 3)) ms"
          + "  cells \((cellsChanged[label] ?? 0) / max(1, runs))"
          + (ahead ? "  drawn ahead \(adoptedPerKey[label] ?? 0)/\(sorted.count)" : ""))
    }
    if let query {
      var searching = program
      searching.handle(.key(.character("g")))
      let searchStart = MonotonicClock.now()
      // Each key typed is timed with its frame: that is what a reader waits for.
      var typed: [Double] = []
      for key in try KeyString.parse("/" + query + "<Enter>") {
        let keyStart = MonotonicClock.now()
        searching.handle(.key(key))
        _ = searching.render(width: width, height: height)
        typed.append(MonotonicClock.seconds(since: keyStart) * 1000)
      }
      let seconds = MonotonicClock.seconds(since: searchStart)
      print(
        "search /\(query): each key (ms) "
          + typed.map { Format.fixed($0, 2) }.joined(separator: " "))
      // What goes on between keys: the scan's later slices and the count, a tick each.
      var slices: [Double] = []
      while searching.hasIdleWork {
        let sliceStart = MonotonicClock.now()
        searching.handle(.tick)
        slices.append(MonotonicClock.seconds(since: sliceStart) * 1000)
      }
      print(
        "search /\(query): then \(slices.count) idle slices (scan, count): longest "
          + "\(Format.fixed(slices.max() ?? 0, 2)) ms, all \(Format.fixed(slices.reduce(0, +), 1)) ms "
          + "(\(searching.state.message ?? "no message"))")
      let screen = searching.render(width: width, height: height)
      // `n` from the only match goes all the way round: one pass over the whole file.
      let nextStart = MonotonicClock.now()
      searching.handle(.key(.character("n")))
      _ = searching.render(width: width, height: height)
      let next = MonotonicClock.seconds(since: nextStart)
      print(
        "search /\(query): \(Format.fixed(seconds * 1000, 2)) ms typed key by key, "
          + "\(screen.text().contains(query) ? "shown" : "not on screen"); "
          + "n: \(Format.fixed(next * 1000, 2)) ms (\(searching.state.message ?? "no message"))")
    }
    print("peak RSS    \(Format.mebibytes(PeakMemory.bytes())) MiB")
  }

  static func quantile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction + 0.5))]
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
