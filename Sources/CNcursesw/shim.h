#ifndef READER_CNCURSESW_SHIM_H
#define READER_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <termios.h>
#include <malloc.h>

/* ---------------------------------------------------------------------------------------------
 * Curses macros that Swift cannot import (expressions and function-like macros), as functions.
 * Plain integer macros (KEY_UP, KEY_RESIZE, ERR, OK, ...) import as they are.
 * ------------------------------------------------------------------------------------------- */

static inline attr_t reader_a_normal(void) { return A_NORMAL; }
static inline attr_t reader_a_bold(void) { return A_BOLD; }
static inline attr_t reader_a_dim(void) { return A_DIM; }
static inline attr_t reader_a_italic(void) { return A_ITALIC; }
static inline attr_t reader_a_underline(void) { return A_UNDERLINE; }
static inline attr_t reader_a_reverse(void) { return A_REVERSE; }
static inline attr_t reader_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline WINDOW *reader_stdscr(void) { return stdscr; }
static inline WINDOW *reader_curscr(void) { return curscr; }
static inline WINDOW *reader_newscr(void) { return newscr; }
static inline int reader_colors(void) { return COLORS; }
static inline int reader_color_pairs(void) { return COLOR_PAIRS; }

/* The width curses gives a character (the C library's, after setlocale). Declared here because
 * <wchar.h> only declares it under _XOPEN_SOURCE, which the shim does not define. */
extern int wcwidth(wchar_t character);
static inline int reader_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/* tiparm is variadic, which Swift cannot call: the one- and two-parameter forms used to build
 * escape sequences (colours, cursor motion). NULL when `capability` is absent or cancelled. */
static inline const char *reader_tiparm1(const char *capability, int first) {
  if (capability == NULL || capability == (const char *)-1) return NULL;
  return tiparm(capability, first);
}
static inline const char *reader_tiparm2(const char *capability, int first, int second) {
  if (capability == NULL || capability == (const char *)-1) return NULL;
  return tiparm(capability, first, second);
}

static inline int reader_key_f(int n) { return KEY_F(n); }
static inline int reader_key_f_max(void) { return 63; }

static inline mmask_t reader_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t reader_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t reader_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t reader_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t reader_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t reader_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/* The reader's own terminal modes, on top of curses' cbreak/noecho/nonl, saved as curses'
 * program mode so that curses keeps them when it gives the terminal back after ^Z; the shell's
 * mode, saved when curses started, comes back on every exit.
 * - Software flow control off: with it on, Ctrl-S froze the screen until Ctrl-Q, and neither
 *   key could be bound.
 * - Output post-processing off: with nonl() no output flag is left for it to apply, but the
 *   kernel still looked at every byte of every frame on its way to the terminal (10-15 us more
 *   for a 5 KB page, measured writing to a pty with and without OPOST). */
static inline int reader_set_program_modes(int fd) {
  struct termios mode;
  if (tcgetattr(fd, &mode) != 0) return -1;
  mode.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  mode.c_oflag &= ~(tcflag_t)OPOST;
  if (tcsetattr(fd, TCSANOW, &mode) != 0) return -1;
  return def_prog_mode();
}

/* Freed memory kept for the next frame. The terminal loop draws frames ahead (a screen of
 * 200x60 cells is 192 KB) and frees those not used at every key: with malloc's defaults the
 * heap was given back to the system after each key and taken again, 96 page faults a key.
 * Blocks up to 4 MB (a screen of 260,000 cells) come from the heap, and up to 16 MB freed at
 * its top is kept; larger blocks (a large file's tables) are mapped and unmapped as before. */
static inline void reader_keep_freed_memory(void) {
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
}

#endif
