#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes every byte of `bytes` to a file descriptor, going on after short and interrupted
/// writes and waiting (up to 100 ms a time) while a non-blocking descriptor is full. Returns
/// false when the descriptor is gone: a closed terminal or pipe is not an error for the reader,
/// whose event loop sees the hang-up.
///
/// The only write loop in the reader: the command line's output and messages and the
/// backend's frames both go through it.
@discardableResult
public func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
  guard let base = bytes.baseAddress else { return true }
  var offset = 0
  while offset < bytes.count {
    let written = write(descriptor, base + offset, bytes.count - offset)
    if written > 0 {
      offset += written
    } else if written < 0 && errno == EINTR {
      continue
    } else if written < 0 && errno == EAGAIN {
      var wait = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
      _ = poll(&wait, 1, 100)
    } else {
      return false
    }
  }
  return true
}

/// `writeAll` for an array of bytes.
@discardableResult
public func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
  bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
}

/// `writeAll` for the UTF-8 of `text`.
@discardableResult
public func writeAll(_ text: String, to descriptor: Int32) -> Bool {
  var text = text
  return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
}
