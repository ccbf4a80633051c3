import Foundation

extension Scratch {
  /// `scenario(arguments:)` with shell `redirections` for `reader` itself (`<&-` closes its
  /// standard input, `</dev/null` empties it), and its errors in `errors`. The script records
  /// the terminal modes before and after as `scenario` does, from its own standard input.
  func scenario(arguments: [String], redirections: String) throws -> String {
    let command = ([EndToEnd.readerPath] + arguments).map(shellQuoted).joined(separator: " ")
    try write(
      """
      stty -g > before
      sh -c 'echo $$ > pid; exec "$@"' sh \(command) \(redirections) 2> errors
      echo $? > status
      stty -g > after
      exec sleep 600

      """, to: "scenario.sh")
    return "sh ./scenario.sh"
  }
}
