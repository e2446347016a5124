#ifndef VETDESK_CNCURSESW_SHIM_H
#define VETDESK_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE; without these the wide-character API is hidden. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

/* wcwidth is hidden without _XOPEN_SOURCE (dropped by SwiftPM); the drawing code uses it to
   detect characters the C library measures differently from TUIKit. */
int wcwidth(wchar_t character);
static inline int vetdesk_wcwidth(wchar_t character) { return wcwidth(character); }

/* Curses globals and function-like macros, which Swift cannot import safely. */
static inline WINDOW *vetdesk_stdscr(void) { return stdscr; }
static inline int vetdesk_lines(void) { return LINES; }
static inline int vetdesk_cols(void) { return COLS; }
static inline int vetdesk_color_pairs(void) { return COLOR_PAIRS; }
static inline int vetdesk_max_y(WINDOW *window) { return getmaxy(window); }
static inline int vetdesk_max_x(WINDOW *window) { return getmaxx(window); }
static inline attr_t vetdesk_a_normal(void) { return A_NORMAL; }
static inline attr_t vetdesk_a_bold(void) { return A_BOLD; }
static inline attr_t vetdesk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t vetdesk_a_reverse(void) { return A_REVERSE; }
static inline int vetdesk_key_f(int number) { return KEY_F(number); }
static inline int vetdesk_ccharw_max(void) { return CCHARW_MAX; }
static inline const char *vetdesk_codeset(void) { return nl_langinfo(CODESET); }

/* Signal handlers only record the signal; the event loop reads and clears it.
   Use these from a single Swift file: each object file gets its own copy of the static flag. */
static volatile sig_atomic_t vetdesk_pending_signal = 0;
static inline void vetdesk_record_signal(int number) { vetdesk_pending_signal = number; }
static inline int vetdesk_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = vetdesk_record_signal;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGINT, &action, NULL) | sigaction(SIGTERM, &action, NULL) | sigaction(SIGHUP, &action, NULL);
}
static inline void vetdesk_restore_default_signal_handlers(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}
static inline int vetdesk_take_pending_signal(void) {
    int number = vetdesk_pending_signal;
    vetdesk_pending_signal = 0;
    return number;
}

/* Restores the terminal if the process exits without shutting curses down. */
static inline void vetdesk_end_curses_if_active(void) {
    if (!isendwin()) { endwin(); }
}
static inline int vetdesk_restore_terminal_at_exit(void) { return atexit(vetdesk_end_curses_if_active); }
#endif
