/*
 * start-time: how long a terminal program takes to draw its first screen, started many times
 * in a pseudo-terminal of 200x60, with less of the measuring harness's own cost than termtime
 * (a Python loop reading through pyte). The time runs from fork to the last byte written before
 * 30 ms of quiet; then `q` is sent and the program's exit awaited. Prints the median, the 10th
 * and the 90th percentile in milliseconds.
 *
 *   cc -O2 -o /tmp/start-time Scripts/start-time.c -lutil
 *   /tmp/start-time 50 .build/release/reader --no-history SEED.txt
 *   /tmp/start-time 50 less SEED.txt
 *
 * Run the builds and less in turn, a few rounds: the machine's speed drifts over minutes.
 */
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double milliseconds_now(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)now.tv_sec * 1e3 + (double)now.tv_nsec / 1e6;
}

static int by_value(const void *left, const void *right) {
  double a = *(const double *)left, b = *(const double *)right;
  return (a > b) - (a < b);
}

/* Reads what `terminal` writes until it has been quiet for `quiet_ms`; returns when the last
   byte came (or `since` if none did). */
static double drain(int terminal, int quiet_ms, double since) {
  char buffer[65536];
  double last = since;
  for (;;) {
    struct pollfd waiting = {terminal, POLLIN, 0};
    if (poll(&waiting, 1, quiet_ms) <= 0) return last;
    if (read(terminal, buffer, sizeof buffer) <= 0) return last;
    last = milliseconds_now();
  }
}

int main(int argc, char **argv) {
  int starts = argc > 2 ? atoi(argv[1]) : 0;
  if (starts < 1) {
    fprintf(stderr, "usage: start-time STARTS PROGRAM [ARGUMENT...]\n");
    return 2;
  }
  double *times = calloc((size_t)starts, sizeof *times);
  struct winsize size = {.ws_row = 60, .ws_col = 200};
  for (int start = 0; start < starts; start++) {
    int terminal;
    double began = milliseconds_now();
    pid_t child = forkpty(&terminal, NULL, NULL, &size);
    if (child < 0) {
      perror("start-time: forkpty");
      return 1;
    }
    if (child == 0) {
      execvp(argv[2], argv + 2);
      _exit(127);
    }
    times[start] = drain(terminal, 30, began) - began;
    if (write(terminal, "q", 1) != 1) perror("start-time: write");
    drain(terminal, 1000, began);
    waitpid(child, NULL, 0);
    close(terminal);
  }
  qsort(times, (size_t)starts, sizeof *times, by_value);
  printf("median %.2f ms  p10 %.2f  p90 %.2f  (%d starts)\n", times[starts / 2],
         times[starts / 10], times[starts * 9 / 10], starts);
  free(times);
  return 0;
}
