#include "build_info.h"

// A C string, not a Swift constant: `-D` can carry a string only to the C compiler. The
// Makefile sets it from `git describe`, so a clean clone in CI gets its own commit without a
// build plugin; a plain `swift build` has no way to know and says so.
#ifndef READER_COMMIT
#define READER_COMMIT "unknown commit"
#endif

const char *reader_build_commit(void) { return READER_COMMIT; }
