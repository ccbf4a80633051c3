// The system SQLite (libsqlite3-dev). Only ReaderStore imports this module.
#include <sqlite3.h>
