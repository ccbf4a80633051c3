import CNcursesw
import CTerminalGuard
import Glibc
import ReaderScreen
import ReaderUI
import TerminalText

/// How a terminal session ended.
public enum TerminalExit: Sendable, Equatable {
  /// The program finished (`isFinished` became true).
  case finished
  /// A quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT and the others `reader_guard_terminal`
  /// takes) ended the session; the terminal has been
  /// restored. SIGHUP also stands for the terminal going away.
  case signalled(Int32)

  /// The conventional exit status: 0, or 128 plus the signal's number.
  public var exitStatus: Int32 {
    switch self {
    case .finished: 0
    case .signalled(let signal): 128 + signal
    }
  }
}

/// Runs `program` on the terminal until it finishes or a quit signal arrives, and restores the
/// terminal on every way out.
///
/// - The first event the program gets is `.resize` with the terminal's size; then keys, mouse
///   actions (only when `mouse` is true), resizes, and a `.tick` whenever `tickInterval`
///   milliseconds pass without an event it handled (keys answered from frames drawn ahead
///   count as none).
/// - A frame is drawn at once after input and after results the program wants shown at once
///   (a tick interval of 0); one that only background work changed waits until 50 ms after the
///   previous frame (`FramePacing`), so indexing progress never lands in a key's answer.
/// - `theme` is called once, after curses has started, with what the terminal can show: pick a
///   monochrome theme when `hasColors` is false.
/// - Errors are thrown before anything is drawn (standard output not a terminal, `TERM` unset,
///   unknown or `dumb`), with the terminal untouched.
/// - A crash (a failed precondition, a fault) restores the terminal from a signal handler before
///   Swift's backtrace is printed.
/// - `^Z` suspends through curses' own handler, which restores the terminal, stops, and redraws
///   the whole screen on `fg`.
/// - With `bell`, a key whose frame changes nothing (`j` at the end, the same "already at the
///   last article" again, a key bound to nothing) rings the bell, as `less` does: every key
///   gets an answer.
public func runInTerminal<P: Program>(
  _ program: inout P, mouse: Bool, bell: Bool = true, theme: (TerminalCapabilities) -> Theme
) throws(TerminalError) -> TerminalExit {
  reader_keep_freed_memory()
  let session = try CursesSession.start(mouse: mouse)
  defer { session.stop() }
  let capabilities = session.capabilities
  var painter = ScreenPainter(
    sequences: .fromTerminfo(
      theme: theme(capabilities), colorCount: capabilities.colorCount),
    showsUnicode: capabilities.showsUnicode)
  var size = session.size
  program.handle(.resize(width: size.width, height: size.height))
  if let notice = capabilities.unicodeNotice { program.handle(.notice(notice)) }
  var pacing = FramePacing()
  var cause = FramePacing.Cause.input
  var keyed = false
  var drawnAhead = false
  var ahead = FramesAhead(now: monotonicMilliseconds())
  var suspensions = reader_suspend_count()
  while !program.isFinished {
    // A ^Z while the loop was working (not waiting) interrupted no wait: curses has cleared
    // the screen all the same.
    if reader_suspend_count() != suspensions {
      suspensions = reader_suspend_count()
      painter.forgetPreviousFrame()
      ahead.drop()
      drawnAhead = false
    }
    if drawnAhead {
      drawnAhead = false
    } else if pacing.shouldDraw(after: cause, now: monotonicMilliseconds()) {
      let sent = painter.draw(
        program.render(width: size.width, height: size.height), in: session.window, size: size,
        descriptor: session.outputDescriptor)
      if keyed && !sent && bell { _ = writeAll([0x07], to: session.outputDescriptor) }
      pacing.drew(at: monotonicMilliseconds())
    }
    cause = .input
    keyed = false
    let asked = program.tickInterval
    let waitStart = monotonicMilliseconds()
    let timeout = pacing.timeout(
      tickInterval: ahead.untilTick(tickInterval: asked, now: waitStart), now: waitStart)
    var input: SessionInput
    // Drawn ahead only when no background work wakes the loop too soon (each tick leaves the
    // frames stale), and after a short wait for input, in which the terminal takes the frame
    // just written (drawing ahead at once held up its delivery). A frame held back for pacing
    // is no reason not to: a key that comes first is answered from a frame that shows it, and
    // the drawing stops when that frame falls due.
    if FramesAhead.isWorthIt(tickInterval: asked, timeout: timeout) {
      let wake = timeout.map { waitStart + $0 }
      input = session.nextInput(timeout: FramesAhead.pause)
      if input == .timedOut {
        ahead.prepare(program, painter: painter, window: session.window, size: size) {
          session.hasWaitingInput || reader_received_signal() != 0
            || reader_suspend_count() != suspensions
            || wake.map { monotonicMilliseconds() >= $0 } ?? false
        }
        input = session.nextInput(timeout: wake.map { max(0, $0 - monotonicMilliseconds()) })
      }
    } else {
      input = session.nextInput(timeout: timeout)
    }
    if case .event(.key(let key)) = input {
      ahead.pressed(key)
      if reader_suspend_count() == suspensions,
        let (frame, bytes) = ahead.frame(for: .key(key), size: size), program.adopt(frame)
      {
        let sent = painter.drawAhead(bytes, of: frame.screen, descriptor: session.outputDescriptor)
        if !sent && bell { _ = writeAll([0x07], to: session.outputDescriptor) }
        pacing.drew(at: monotonicMilliseconds())
        drawnAhead = true
        if program.takeRedrawRequest() {
          session.clearTerminal()
          painter.forgetPreviousFrame()
          ahead.drop()
          drawnAhead = false
        }
        continue
      }
    }
    ahead.handled(at: monotonicMilliseconds())
    // The frames left are freed when the next are drawn ahead, after the pause: freeing them
    // now would come before this key's answer. Any event makes them stale for the program;
    // only a terminal painted anew also makes their bytes wrong, so those go at once.
    switch input {
    case .signal(let signal):
      // Ctrl-C while a prompt, a list or a selection is open cancels it, as in less and
      // readline; the program says that a second one quits.
      guard signal == SIGINT, program.cancelsOnInterrupt else { return .signalled(signal) }
      reader_forget_interrupt()
      keyed = true
      program.handle(.key(.control("c")))
    case .interrupted:
      // Resumed after ^Z (curses has cleared the screen) or another signal: draw it all.
      painter.forgetPreviousFrame()
      ahead.drop()
      suspensions = reader_suspend_count()
    case .timedOut:
      ahead.drop()
      program.handle(.tick)
      cause = FramePacing.causeOfTick(afterAsking: asked)
    case .event(let event):
      if case .key = event { keyed = true }
      if case .resize(let width, let height) = event {
        size = (width, height)
        painter.forgetPreviousFrame()
        ahead.drop()
      }
      program.handle(event)
    }
    if program.takeRedrawRequest() {
      session.clearTerminal()
      painter.forgetPreviousFrame()
      ahead.drop()
    }
  }
  return .finished
}

/// `runInTerminal`, for the command line: when a signal ended the session, the process then ends
/// by that same signal (so the shell sees 128 + its number), with the terminal already restored.
public func runReaderTerminal<P: Program>(
  _ program: inout P, mouse: Bool, bell: Bool = true, theme: (TerminalCapabilities) -> Theme
) throws(TerminalError) {
  if case .signalled(let signal) = try runInTerminal(
    &program, mouse: mouse, bell: bell, theme: theme)
  {
    terminateProcess(bySignal: signal)
  }
}

/// Ends the process by `signal`'s default action, or with status 128 + `signal` if that action
/// does not end it.
public func terminateProcess(bySignal signalNumber: Int32) -> Never {
  fflush(nil)
  signal(signalNumber, SIG_DFL)
  var unblock = sigset_t()
  sigemptyset(&unblock)
  sigaddset(&unblock, signalNumber)
  sigprocmask(SIG_UNBLOCK, &unblock, nil)
  raise(signalNumber)
  _exit(128 + signalNumber)
}
