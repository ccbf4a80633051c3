// GitHub's CommonMark parser (libcmark-gfm-dev). Only ReaderMarkup imports this module.
#include <cmark-gfm.h>
