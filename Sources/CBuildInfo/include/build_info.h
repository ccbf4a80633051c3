#ifndef READER_BUILD_INFO_H
#define READER_BUILD_INFO_H

/// The commit `reader` was built from, as `make` passes it (`-Xcc -DREADER_COMMIT="..."`), or
/// "unknown commit" for a plain `swift build`.
const char *reader_build_commit(void);

#endif
