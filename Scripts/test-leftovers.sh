#!/usr/bin/env bash
# Lists what one `swift test` run left behind and exits 1 if anything: tmux servers and their
# sockets, processes still working in its scratch folders (`sh ./scenario.sh`, `sleep 600`,
# `reader document.txt`), `reader` processes started from this package's build folder, and
# its temporary folders. Everything a test makes is named `reader-test-RUN-…` (RUN is the
# run's READER_TEST_RUN; see Tests/TestSupport/TestRun.swift), so runs beside it in other
# clones are not counted.
#
#   Scripts/test-leftovers.sh RUN
set -uo pipefail
run=${1:?usage: Scripts/test-leftovers.sh RUN}
cd "$(dirname "$0")/.."
root=$(pwd -P)
prefix="reader-test-$run-"
sockets="${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)"

leftovers() {
  local found=""
  local socket
  for socket in "$sockets/$prefix"*; do
    [ -e "$socket" ] && found+="socket $socket"$'\n'
  done
  local folder
  for folder in /tmp/"$prefix"*; do
    [ -e "$folder" ] && found+="folder $folder"$'\n'
  done
  local proc pid command cwd
  for proc in /proc/[0-9]*; do
    pid=${proc#/proc/}
    [ "$pid" = "$$" ] && continue
    command=$(tr '\0' ' ' 2>/dev/null <"$proc/cmdline") || continue
    [ -n "$command" ] || continue
    cwd=$(readlink "$proc/cwd" 2>/dev/null) || cwd=""
    if [[ $command == *"$prefix"* ]] && [[ $command != *test-leftovers.sh* ]] ||
      [[ $cwd == /tmp/"$prefix"* ]] ||
      [[ $command =~ ^$root/\.build/[^\ ]*/reader(\ |$) ]]; then
      found+="process $pid ($cwd): $command"$'\n'
    fi
  done
  printf '%s' "$found"
}

# A test's clean-up kills synchronously; a second covers a process still being reaped.
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  left=$(leftovers)
  [ -z "$left" ] && exit 0
  sleep 0.2
done
echo "test-leftovers.sh: the tests of run $run left these behind:" >&2
printf '%s\n' "$left" >&2
exit 1
