// Google's HTML5 parser (libgumbo-dev). Only ReaderMarkup imports this module.
#include <gumbo.h>
