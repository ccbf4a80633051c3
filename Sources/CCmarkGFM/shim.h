// GitHub's CommonMark parser (libcmark-gfm-dev) and its GitHub extensions — tables,
// strikethrough, autolinks, task lists (libcmark-gfm-extensions-dev). Only ReaderMarkup
// imports this module.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
