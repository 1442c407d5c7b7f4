// The only door to curses. Wide characters need these defines before the header; the C globals
// (stdscr, LINES, COLS, COLOR_PAIRS, COLORS) are not concurrency-safe in Swift 6, so small accessors read them.
#ifndef NNPLAY_CNCURSES_SHIM_H
#define NNPLAY_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *nnplay_stdscr(void) { return stdscr; }
/// newterm on the process's own stdout/stdin (Swift 6 cannot touch those C globals); NULL when TERM is unusable.
static inline SCREEN *nnplay_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int nnplay_lines(void) { return LINES; }
static inline int nnplay_cols(void) { return COLS; }
static inline int nnplay_color_pairs(void) { return COLOR_PAIRS; }
static inline int nnplay_colors(void) { return COLORS; }
static inline int nnplay_key_resize(void) { return KEY_RESIZE; }
static inline int nnplay_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t nnplay_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t nnplay_button3_pressed(void) { return BUTTON3_PRESSED | BUTTON3_CLICKED; }
static inline mmask_t nnplay_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t nnplay_button_ctrl(void) { return BUTTON_CTRL | BUTTON_ALT; }
/* Releases are asked for too (and ignored): with them outside the mask, a release arriving apart from its
   press left wget_wch waiting past its timeout and the screen stale. */
static inline mmask_t nnplay_button_released(void) { return BUTTON1_RELEASED | BUTTON3_RELEASED; }
static inline mmask_t nnplay_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline int nnplay_err(void) { return ERR; }
static inline attr_t nnplay_a_normal(void) { return A_NORMAL; }
static inline attr_t nnplay_a_bold(void) { return A_BOLD; }
static inline attr_t nnplay_a_reverse(void) { return A_REVERSE; }

/// Draws one cell: a wide character in an extended colour pair (pairs ≥ 256 need setcchar's opts).
static inline int nnplay_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cell;
    int p = pair;
    setcchar(&cell, wch, attrs, 0, &p);
    return mvadd_wch(y, x, &cell);
}

#endif
