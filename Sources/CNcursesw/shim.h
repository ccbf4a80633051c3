#ifndef READER_CNCURSESW_SHIM_H
#define READER_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#endif
