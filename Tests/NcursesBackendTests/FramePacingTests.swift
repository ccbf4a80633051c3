import Testing

@testable import NcursesBackend

/// The terminal loop's pacing, with the clock given explicitly (milliseconds).
@Suite struct FramePacingTests {
  @Test func theFirstFrameAndEveryInputFrameAreDrawnAtOnce() {
    var pacing = FramePacing()
    let drawn1 = pacing.shouldDraw(after: .background, now: 1000)
    #expect(drawn1)
    pacing.drew(at: 1000)
    let drawn2 = pacing.shouldDraw(after: .input, now: 1001)
    #expect(drawn2)
    pacing.drew(at: 1001)
    let drawn3 = pacing.shouldDraw(after: .input, now: 1002)
    #expect(drawn3)
    #expect(!pacing.isHeldBack)
  }

  @Test func aBackgroundFrameSoonAfterAKeyIsHeldBackUntilTheGapHasPassed() {
    var pacing = FramePacing()
    pacing.drew(at: 1000)
    let drawn4 = pacing.shouldDraw(after: .background, now: 1003)
    #expect(!drawn4)
    #expect(pacing.isHeldBack)
    // The loop wakes when the held-back frame falls due, sooner than the program's tick.
    #expect(pacing.timeout(tickInterval: 100, now: 1003) == 47)
    #expect(pacing.timeout(tickInterval: nil, now: 1003) == 47)
    // The program's own, shorter tick still comes first (a match count's next slice).
    #expect(pacing.timeout(tickInterval: 1, now: 1003) == 1)
    let drawn5 = pacing.shouldDraw(after: .background, now: 1049)
    #expect(!drawn5)
    let drawn6 = pacing.shouldDraw(after: .background, now: 1050)
    #expect(drawn6)
    pacing.drew(at: 1050)
    #expect(!pacing.isHeldBack)
    #expect(pacing.timeout(tickInterval: 100, now: 1051) == 100)
  }

  @Test func aKeyDrawsAHeldBackFrameWithItsOwn() {
    var pacing = FramePacing()
    pacing.drew(at: 1000)
    let drawn7 = pacing.shouldDraw(after: .background, now: 1010)
    #expect(!drawn7)
    let drawn8 = pacing.shouldDraw(after: .input, now: 1020)
    #expect(drawn8)
    pacing.drew(at: 1020)
    #expect(!pacing.isHeldBack)
    #expect(pacing.timeout(tickInterval: nil, now: 1021) == nil)
  }

  @Test func anOverdueFrameAsksForNoWait() {
    var pacing = FramePacing()
    pacing.drew(at: 1000)
    let drawn9 = pacing.shouldDraw(after: .background, now: 1010)
    #expect(!drawn9)
    #expect(pacing.timeout(tickInterval: 100, now: 1070) == 0)
  }

  @Test func aTickAskedForAtOnceIsDrawnLikeInput() {
    #expect(FramePacing.causeOfTick(afterAsking: 0) == .input)
    #expect(FramePacing.causeOfTick(afterAsking: 1) == .background)
    #expect(FramePacing.causeOfTick(afterAsking: 100) == .background)
    #expect(FramePacing.causeOfTick(afterAsking: nil) == .background)
  }
}
