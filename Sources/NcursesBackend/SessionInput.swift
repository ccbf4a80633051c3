import CNcursesw
import CTerminalGuard
import Glibc
import ReaderUI

/// What waiting for input produced.
enum SessionInput: Equatable {
  case event(Event)
  /// The wait lasted the whole timeout.
  case timedOut
  /// A signal interrupted the wait: after `^Z` and `fg`, curses has cleared the screen.
  case interrupted
  /// A quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT, …) arrived, or the terminal went away
  /// (reported as SIGHUP).
  case signal(Int32)
}

extension CursesSession {
  /// Waits up to `milliseconds` (nil: as long as it takes) for the next event.
  ///
  /// curses may already hold decoded input, so it is asked first without waiting; only then
  /// does the session sleep in `poll`, on the terminal and on the signal handlers' wake-up
  /// pipe, so a signal ends the wait at once. SIGWINCH also interrupts `poll`, and curses
  /// then reports `KEY_RESIZE`.
  func nextInput(timeout milliseconds: Int?) -> SessionInput {
    let deadline = milliseconds.map { monotonicMilliseconds() + $0 }
    while true {
      let received = reader_received_signal()
      if received != 0 { return .signal(received) }
      if let event = readPendingEvent() { return .event(event) }

      var remaining: Int32 = -1
      if let deadline {
        let left = deadline - monotonicMilliseconds()
        if left <= 0 { return .timedOut }
        remaining = Int32(clamping: left)
      }
      var waits = [
        pollfd(fd: fileno(inputFile), events: Int16(POLLIN), revents: 0),
        pollfd(fd: reader_wake_fd(), events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&waits, 2, remaining)
      if ready < 0 && errno == EINTR && reader_received_signal() == 0 {
        if let event = readPendingEvent() { return .event(event) }
        return .interrupted
      }
      if ready > 0 && waits[1].revents != 0 { reader_drain_wake_pipe() }
      if ready > 0 && waits[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        && waits[0].revents & Int16(POLLIN) == 0
      {
        return .signal(SIGHUP)
      }
    }
  }

  /// Whether input is there to be read now: decoded events kept back, or bytes the terminal
  /// has sent and curses has not read (it reads one at a time). Bytes curses took and pushed
  /// back, after a sequence it did not know, are not seen: a frame is then drawn ahead for
  /// nothing, which costs only time.
  var hasWaitingInput: Bool {
    if !decoded.isEmpty { return true }
    var wait = pollfd(fd: fileno(inputFile), events: Int16(POLLIN), revents: 0)
    return poll(&wait, 1, 0) > 0
  }

  /// One event curses can give without waiting, skipping input the UI has no use for.
  ///
  /// Characters go through the session's `InputDecoder`, so an escape sequence curses does not
  /// know is read whole and dropped rather than acted on byte by byte. A sequence cut short by
  /// the end of what has arrived gets a short wait for its rest (terminals send one in one
  /// write, but a slow link may split it).
  private func readPendingEvent() -> Event? {
    if !decoded.isEmpty { return decoded.removeFirst() }
    wtimeout(window, 0)
    var waitedForRest = false
    while true {
      var value: wint_t = 0
      let status = readsBytes ? readByte(&value) : wget_wch(window, &value)
      var outputs: [InputDecoder.Output] = []
      if status == OK {
        if !readsBytes {
          outputs = decoder.feed(UInt32(value))
        } else if let scalar = bytes.feed(UInt8(truncatingIfNeeded: value)) {
          outputs = decoder.feed(scalar.value)
        }
      } else if status == KEY_CODE_YES {
        switch Int32(value) {
        case KEY_RESIZE:
          let size = self.size
          return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
          // Reports that arrive in one read (a quick click's press and release) come with one
          // KEY_MOUSE, and getmouse hands them back newest first: all are taken, oldest first.
          var reports: [MouseEvent] = []
          var report = MEVENT()
          while getmouse(&report) == OK {
            if let mouse = decodeMouse(
              buttonState: report.bstate, x: Int(report.x), y: Int(report.y))
            {
              reports.append(mouse)
            }
          }
          decoded += reports.reversed().map { .mouse($0) }
          if !decoded.isEmpty {
            wtimeout(window, 0)
            return decoded.removeFirst()
          }
        case let code:
          if let key = decodeKey(.keyCode(code)) { outputs = decoder.feed(key: key) }
        }
      } else if (decoder.awaitsRest || bytes.isPartial) && !waitedForRest {
        waitedForRest = true
        wtimeout(window, CursesSession.sequenceRestWait)
        continue
      } else {
        bytes.reset()
        outputs = decoder.flush()
        decoded += outputs.map(CursesSession.event)
        wtimeout(window, 0)
        return decoded.isEmpty ? nil : decoded.removeFirst()
      }
      decoded += outputs.map(CursesSession.event)
      if !decoded.isEmpty {
        wtimeout(window, 0)
        return decoded.removeFirst()
      }
    }
  }

  /// `wgetch`, answered as `wget_wch` answers: OK with a byte in `value`, KEY_CODE_YES with a
  /// key code, or ERR.
  private func readByte(_ value: inout wint_t) -> Int32 {
    let read = wgetch(window)
    if read == ERR { return ERR }
    value = wint_t(read)
    return read >= KEY_MIN ? KEY_CODE_YES : OK
  }

  /// Milliseconds to wait for the rest of a sequence that has begun.
  static let sequenceRestWait: Int32 = 25

  /// Milliseconds curses waits after a lone Esc, unless `ESCDELAY` says otherwise.
  static let escapeWait: Int32 = 10

  private static func event(_ output: InputDecoder.Output) -> Event {
    switch output {
    case .key(let key): .key(key)
    case .paste(let text): .paste(text)
    }
  }
}

func monotonicMilliseconds() -> Int {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
}
