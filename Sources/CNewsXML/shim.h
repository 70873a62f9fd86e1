#ifndef CNEWSXML_SHIM_H
#define CNEWSXML_SHIM_H
// libxml2's HTML parser (Debian's libxml2-dev): a tolerant parser that builds a tree from real-world pages.
//
// Debian builds libxml2 with ICU, so its encoding.h includes ICU's headers, whose enums clash with the copy
// of ICU inside Foundation in the same Swift module graph. Nothing here reaches into the encoding handler
// (the only struct whose fields ICU changes; everything else holds it by pointer), so the ICU part is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
