import Testing

@testable import NcursesBackend

/// When the terminal loop draws ahead, and which keys it remembers for that.
@Suite struct FramesAheadTests {
  @Test func drawnAheadUnlessTheLoopWakesTooSoon() {
    // Waiting for input only, or for indexing's progress, the watch of the file: worth it.
    #expect(FramesAhead.isWorthIt(tickInterval: nil, timeout: nil))
    #expect(FramesAhead.isWorthIt(tickInterval: 100, timeout: 100))
    #expect(FramesAhead.isWorthIt(tickInterval: 1000, timeout: 1000))
    // A frame held back for pacing, due in 30 ms: the frames are still drawn meanwhile.
    #expect(FramesAhead.isWorthIt(tickInterval: 100, timeout: 30))
    // A count's slices (1 ms), a ranking (20 ms), a fingerprint (5 ms): not worth it.
    #expect(!FramesAhead.isWorthIt(tickInterval: 1, timeout: 1))
    #expect(!FramesAhead.isWorthIt(tickInterval: 20, timeout: 20))
    #expect(!FramesAhead.isWorthIt(tickInterval: 5, timeout: 5))
    // Something due within the pause itself.
    #expect(!FramesAhead.isWorthIt(tickInterval: 100, timeout: FramesAhead.pause))
    #expect(!FramesAhead.isWorthIt(tickInterval: nil, timeout: 0))
  }

  @Test func theLastTwoDistinctKeysAreRemembered() {
    var ahead = FramesAhead(now: 0)
    for key: Character in ["j", "j", "k", "j", " "] { ahead.pressed(.character(key)) }
    #expect(ahead.recentKeys == [.character(" "), .character("j")])
  }

  /// Keys answered from frames drawn ahead handle nothing: the tick the program asked for
  /// falls due counted from the last event it handled, however many keys came since.
  @Test func aTickFallsDueFromTheLastEventHandled() {
    var ahead = FramesAhead(now: 1000)
    #expect(ahead.untilTick(tickInterval: 100, now: 1030) == 70)
    #expect(ahead.untilTick(tickInterval: 100, now: 1099) == 1)
    #expect(ahead.untilTick(tickInterval: 100, now: 1100) == 0)
    #expect(ahead.untilTick(tickInterval: 100, now: 1400) == 0)
    #expect(ahead.untilTick(tickInterval: nil, now: 5000) == nil)
    ahead.handled(at: 1100)
    #expect(ahead.untilTick(tickInterval: 100, now: 1150) == 50)
    #expect(ahead.untilTick(tickInterval: 1000, now: 2100) == 0)
  }
}
