#include "terminal_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t signal_received = 0;
static volatile sig_atomic_t terminal_active = 0;
static int wake_pipe[2] = {-1, -1};
static int terminal_fd = -1;
static struct termios saved_termios;
static struct sigaction previous_actions[NSIG];
static volatile sig_atomic_t installed[NSIG];
static char alternate_stack[64 * 1024];
/* While curses runs, what is written to standard error (a library's warning, Swift's "Fatal
 * error" message) would land on the alternate screen and vanish with it: it goes to a pipe and
 * is written out once the terminal is back. */
static int stderr_copy = -1;
static int stderr_pipe_read = -1;
/* On a terminal without an alternate screen, leaving it brings nothing back: the frame would
 * stay under the crash report. The session hands over its clean-up bytes while the terminal
 * is known, so that the crash path, which cannot ask terminfo, writes them too. */
static char exit_cleanup[256];
static volatile sig_atomic_t exit_cleanup_count = 0;
static volatile sig_atomic_t suspend_count = 0;

/* Also normal cursor keys and a numeric keypad (what curses' keypad mode set), so the shell's
 * arrow keys work again after a crash. */
static const char restore_bytes[] =
    "\033[?2004l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h\033[?1l\033>"
    "\033[?1049l";

static void set_flags(int fd, int status_flags, int descriptor_flags) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | status_flags);
  fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | descriptor_flags);
}

static void capture_stderr(void) {
  int ends[2];
  if (!isatty(STDERR_FILENO) || pipe(ends) != 0) return;
  stderr_copy = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (stderr_copy < 0 || dup2(ends[1], STDERR_FILENO) < 0) {
    if (stderr_copy >= 0) close(stderr_copy);
    stderr_copy = -1;
    close(ends[0]);
    close(ends[1]);
    return;
  }
  close(ends[1]);
  /* Never block a writer: beyond the pipe's capacity, output is dropped. */
  set_flags(STDERR_FILENO, O_NONBLOCK, 0);
  set_flags(ends[0], O_NONBLOCK, FD_CLOEXEC);
  stderr_pipe_read = ends[0];
}

/* Async-signal-safe. */
static void release_stderr(void) {
  if (stderr_copy < 0) return;
  dup2(stderr_copy, STDERR_FILENO);
  close(stderr_copy);
  stderr_copy = -1;
  char buffer[512];
  ssize_t count;
  while ((count = read(stderr_pipe_read, buffer, sizeof buffer)) > 0) {
    ssize_t ignored = write(STDERR_FILENO, buffer, (size_t)count);
    (void)ignored;
  }
  close(stderr_pipe_read);
  stderr_pipe_read = -1;
}

void reader_emergency_restore(void) {
  if (!terminal_active || terminal_fd < 0) return;
  terminal_active = 0;
  int saved_errno = errno;
  tcsetattr(terminal_fd, TCSANOW, &saved_termios);
  ssize_t ignored = write(terminal_fd, restore_bytes, sizeof restore_bytes - 1);
  if (exit_cleanup_count > 0) ignored = write(terminal_fd, exit_cleanup, exit_cleanup_count);
  (void)ignored;
  release_stderr();
  errno = saved_errno;
}

static void on_quit_signal(int signal_number) {
  int saved_errno = errno;
  if (signal_received == 0) signal_received = signal_number;
  if (wake_pipe[1] >= 0) {
    ssize_t ignored = write(wake_pipe[1], "!", 1);
    (void)ignored;
  }
  errno = saved_errno;
}

/* Restore the terminal first, so whatever reports the crash writes to a usable terminal. */
static void on_crash_signal(int signal_number) {
  reader_emergency_restore();
  struct sigaction previous;
  memset(&previous, 0, sizeof previous);
  previous.sa_handler = SIG_DFL;
  if (installed[signal_number]) {
    previous = previous_actions[signal_number];
    installed[signal_number] = 0;
    if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN) {
      previous.sa_handler = SIG_DFL;
    }
  }
  sigaction(signal_number, &previous, NULL);
  /* Blocked while this handler runs, so it reaches the previous handler right after. A fault
   * would also recur when the faulting instruction runs again. */
  raise(signal_number);
}

static int install(int signal_number, void (*handler)(int), int flags) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = flags;
  if (sigaction(signal_number, &action, &previous_actions[signal_number]) != 0) return -1;
  installed[signal_number] = 1;
  return 0;
}

int reader_guard_terminal(int fd) {
  if (tcgetattr(fd, &saved_termios) != 0) return -1;
  terminal_fd = fd;
  signal_received = 0;
  if (pipe(wake_pipe) != 0) return -1;
  for (int i = 0; i < 2; i++) set_flags(wake_pipe[i], O_NONBLOCK, FD_CLOEXEC);
  capture_stderr();
  /* A stack overflow can only be handled on a stack of its own. */
  stack_t current;
  if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
    stack_t alternate;
    alternate.ss_sp = alternate_stack;
    alternate.ss_size = sizeof alternate_stack;
    alternate.ss_flags = 0;
    sigaltstack(&alternate, NULL);
  }
  /* No SA_RESTART: a blocking poll or read returns EINTR and the loop sees the flag. A signal
   * the parent chose to ignore (nohup, a background job) stays ignored. */
  /* Every signal whose default action ends the process without a core, so none of them leaves
   * the terminal in the alternate screen with the cursor hidden. */
  const int quit_signals[] = {SIGINT,  SIGTERM, SIGHUP,    SIGQUIT, SIGPIPE,
                              SIGUSR1, SIGUSR2, SIGALRM,   SIGVTALRM, SIGPROF};
  for (unsigned i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++) {
    struct sigaction current;
    if (sigaction(quit_signals[i], NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO)
        && current.sa_handler == SIG_IGN) {
      continue;
    }
    if (install(quit_signals[i], on_quit_signal, 0) != 0) return -1;
  }
  /* Not SA_NODEFER: the re-raise must wait until the handler has returned. */
  const int crash_signals[] = {SIGSEGV, SIGBUS,  SIGILL,  SIGFPE, SIGTRAP,
                               SIGABRT, SIGXCPU, SIGXFSZ, SIGSYS};
  for (unsigned i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
    if (install(crash_signals[i], on_crash_signal, SA_ONSTACK) != 0) return -1;
  }
  return 0;
}

/* ^Z on a terminal without an alternate screen: the frame is cleared first (the clean-up bytes
 * of reader_set_exit_cleanup), then curses' own handler restores the modes and stops; without
 * it the shell's "Stopped" and prompt land on top of the last frame. */
static void on_suspend(int signal_number) {
  int saved_errno = errno;
  if (terminal_active && terminal_fd >= 0 && exit_cleanup_count > 0) {
    ssize_t ignored = write(terminal_fd, exit_cleanup, exit_cleanup_count);
    (void)ignored;
  }
  errno = saved_errno;
  previous_actions[SIGTSTP].sa_handler(signal_number);
  /* Curses' handler returns once the program is resumed, the screen cleared. */
  suspend_count = suspend_count + 1;
}

int reader_suspend_count(void) { return suspend_count; }

int reader_wrap_suspend(void) {
  struct sigaction current;
  if (sigaction(SIGTSTP, NULL, &current) != 0) return -1;
  /* Only a plain handler of curses' is wrapped: the default stops with nothing to clear
   * after it, and an ignored ^Z stays ignored. */
  if ((current.sa_flags & SA_SIGINFO) || current.sa_handler == SIG_DFL
      || current.sa_handler == SIG_IGN || installed[SIGTSTP]) {
    return 0;
  }
  struct sigaction action = current;
  action.sa_handler = on_suspend;
  if (sigaction(SIGTSTP, &action, &previous_actions[SIGTSTP]) != 0) return -1;
  installed[SIGTSTP] = 1;
  return 0;
}

void reader_set_terminal_active(int active) { terminal_active = active; }

void reader_set_exit_cleanup(const char *bytes, int count) {
  exit_cleanup_count = 0;
  if (bytes == NULL || count <= 0 || (size_t)count > sizeof exit_cleanup) return;
  memcpy(exit_cleanup, bytes, (size_t)count);
  exit_cleanup_count = count;
}

void reader_unguard_terminal(void) {
  terminal_active = 0;
  release_stderr();
  for (int i = 1; i < NSIG; i++) {
    if (installed[i]) {
      sigaction(i, &previous_actions[i], NULL);
      installed[i] = 0;
    }
  }
  for (int i = 0; i < 2; i++) {
    if (wake_pipe[i] >= 0) close(wake_pipe[i]);
    wake_pipe[i] = -1;
  }
}

void reader_restore_saved_modes(void) {
  if (terminal_fd >= 0) tcsetattr(terminal_fd, TCSANOW, &saved_termios);
}

int reader_received_signal(void) { return signal_received; }

void reader_forget_interrupt(void) {
  if (signal_received == SIGINT) signal_received = 0;
}

int reader_wake_fd(void) { return wake_pipe[0]; }

void reader_drain_wake_pipe(void) {
  char buffer[64];
  while (wake_pipe[0] >= 0 && read(wake_pipe[0], buffer, sizeof buffer) > 0) {
  }
}
