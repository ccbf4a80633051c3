/*
 * pty-floor: the least a terminal program can answer a key in, for a given size of answer.
 *
 * It prints "ready here", then answers every key but `q` with BYTES bytes of text in rows of
 * 190 columns, each row placed by a cursor motion, in one write; `q` quits. Timed with
 * termtime beside `reader`, the difference is what the reader itself spends on a key:
 *
 *   cc -O2 -o /tmp/pty-floor Scripts/pty-floor.c
 *   python3 ../shared/tools/termtime.py --size 200x60 --ready "ready here" --keys j \
 *     -n 10 --repeat 3 -- /tmp/pty-floor 1500
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

int main(int argc, char **argv) {
  long bytes = argc > 1 ? atol(argv[1]) : 1500;
  if (bytes < 16 || bytes > (1L << 24)) {
    fprintf(stderr, "usage: pty-floor BYTES (16 to 16777216)\n");
    return 2;
  }
  struct termios saved, raw;
  if (tcgetattr(0, &saved) != 0) {
    perror("pty-floor: standard input is not a terminal");
    return 1;
  }
  raw = saved;
  cfmakeraw(&raw);
  tcsetattr(0, TCSANOW, &raw);

  /* Room for the text and one motion (at most 10 bytes) per 190 columns. */
  char *answer = malloc((size_t)bytes + (size_t)bytes / 190 * 10 + 32);
  const char *hello = "\x1b[H\x1b[2Jready here\r\n";
  if (write(1, hello, strlen(hello)) < 0) return 1;
  for (long press = 0;; press++) {
    char key;
    if (read(0, &key, 1) != 1 || key == 'q') break;
    long length = sprintf(answer, "\x1b[%ld;1H", press % 50 + 2);
    for (long column = 0; length < bytes; column++) {
      answer[length++] = (char)('a' + column % 26);
      if (column % 190 == 189)
        length += sprintf(answer + length, "\x1b[%ld;1H", (column / 190) % 50 + 2);
    }
    if (write(1, answer, (size_t)length) < 0) break;
  }
  tcsetattr(0, TCSANOW, &saved);
  free(answer);
  return 0;
}
