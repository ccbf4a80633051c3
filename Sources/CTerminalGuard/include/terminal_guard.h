#ifndef READER_TERMINAL_GUARD_H
#define READER_TERMINAL_GUARD_H

/* Puts the terminal back on every way out of the UI, including signals and crashes.
 *
 * The signal handlers must be async-signal-safe, so they are written in C: they only store a
 * flag, write one byte to a pipe, call tcsetattr and write, and re-raise. NcursesBackend calls
 * these functions; nothing else should. */

/* Saves the modes of the terminal on `terminal_fd`, opens the wake-up pipe and installs the
 * handlers: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM and
 * SIGPROF (unless ignored) set a flag and wake the event loop; SIGSEGV, SIGBUS, SIGILL, SIGFPE,
 * SIGTRAP, SIGABRT, SIGXCPU, SIGXFSZ and SIGSYS restore the terminal and pass the signal on to
 * the handler they replaced (Swift's backtracer) or the default action. Call before curses
 * starts: ncurses then leaves SIGINT and SIGTERM alone (it only takes signals still at SIG_DFL)
 * and keeps its own SIGTSTP and SIGWINCH handlers. When standard error is a terminal, what is
 * written to it meanwhile is held in a pipe and written out when the terminal is restored (a
 * crash message would otherwise vanish with the alternate screen). Returns 0, or -1 with errno
 * set. */
int reader_guard_terminal(int terminal_fd);

/* Whether curses owns the terminal (1) or not (0): a crash restores the terminal only while it
 * does. */
void reader_set_terminal_active(int active);

/* Bytes a crash writes after the fixed restore bytes: on a terminal without an alternate screen,
 * what clears the frame. At most 256 bytes; longer or empty clears them. Call while the
 * terminal is not active. */
void reader_set_exit_cleanup(const char *bytes, int count);

/* Call after curses has started: ^Z then clears the frame first where the terminal has no
 * alternate screen (the clean-up bytes of reader_set_exit_cleanup), before curses' handler
 * stops the program. Put back by reader_unguard_terminal. */
int reader_wrap_suspend(void);

/* How many times the program was suspended with ^Z and resumed, through the handler
 * reader_wrap_suspend wrapped: curses has cleared the screen each time. The terminal loop
 * compares it, as a ^Z during its work interrupts no wait. */
int reader_suspend_count(void);

/* Puts back every handler reader_guard_terminal replaced, closes the pipe and writes out what
 * standard error received meanwhile. Call after curses has restored the terminal. */
void reader_unguard_terminal(void);

/* Puts back the terminal modes saved by reader_guard_terminal. */
void reader_restore_saved_modes(void);

/* What a crash does first: the saved modes, then bytes that leave the alternate screen, show
 * the cursor, stop mouse reporting and reset attributes, then the clean-up bytes of
 * reader_set_exit_cleanup, then what standard error received.
 * Async-signal-safe; does nothing unless the terminal is active. */
void reader_emergency_restore(void);

/* The first quit signal received since reader_guard_terminal, or 0. */
int reader_received_signal(void);

/* Forgets a SIGINT received (and no other signal): the program took it as Ctrl-C, to cancel
 * what was open. */
void reader_forget_interrupt(void);

/* The read end of the wake-up pipe, for poll(); drain it once it is readable. */
int reader_wake_fd(void);
void reader_drain_wake_pipe(void);

#endif
