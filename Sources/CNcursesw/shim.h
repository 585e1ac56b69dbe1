#ifndef IOC_CNCURSESW_SHIM_H
#define IOC_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#include <langinfo.h>

/* glibc hides wcwidth without _XOPEN_SOURCE; declare it. */
int wcwidth(wchar_t c);

/* Swift 6 rejects C mutable globals: accessors. */
static inline WINDOW *ioc_stdscr(void) { return stdscr; }
static inline int ioc_colors(void) { return COLORS; }
static inline int ioc_color_pairs(void) { return COLOR_PAIRS; }
static inline int ioc_lines(void) { return LINES; }
static inline int ioc_cols(void) { return COLS; }

/* Attributes that do not import as macros. */
static inline unsigned int ioc_a_bold(void) { return A_BOLD; }
static inline unsigned int ioc_a_dim(void) { return A_DIM; }
static inline unsigned int ioc_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int ioc_a_reverse(void) { return A_REVERSE; }
static inline unsigned int ioc_a_blink(void) { return A_BLINK; }
static inline unsigned int ioc_a_italic(void) { return A_ITALIC; }
static inline int ioc_key_f(int n) { return KEY_F(n); }
static inline const char *ioc_codeset(void) { return nl_langinfo(CODESET); }


#endif
