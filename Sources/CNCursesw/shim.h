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
#include <termios.h>
#include <unistd.h>
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

/* Signal handlers only record the signal; the event loop reads and clears it. One flag per
   signal, so a resume (SIGCONT) can never hide a quit or hang-up that came just before it.
   Use these from a single Swift file: each object file gets its own copy of the static flags.
   SIGQUIT (Ctrl-backslash) is caught like SIGINT, so it asks before losing typed input instead of
   killing the program; SIGTSTP (Ctrl-Z) is caught so the loop can put the terminal back
   before stopping; SIGCONT tells it to take the terminal again and redraw. */
static const int vetdesk_caught_signals[] = { SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGTSTP, SIGCONT };
enum { vetdesk_caught_signal_count = 6 };
static volatile sig_atomic_t vetdesk_pending_signals[6] = { 0, 0, 0, 0, 0, 0 };
static inline void vetdesk_record_signal(int number) {
    for (int index = 0; index < vetdesk_caught_signal_count; index++) {
        if (vetdesk_caught_signals[index] == number) { vetdesk_pending_signals[index] = 1; }
    }
}
static inline int vetdesk_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = vetdesk_record_signal;
    sigemptyset(&action.sa_mask);
    int result = 0;
    for (int index = 0; index < vetdesk_caught_signal_count; index++) {
        result |= sigaction(vetdesk_caught_signals[index], &action, NULL);
    }
    return result;
}
static inline void vetdesk_restore_default_signal_handlers(void) {
    for (int index = 0; index < vetdesk_caught_signal_count; index++) {
        signal(vetdesk_caught_signals[index], SIG_DFL);
    }
}
/* Whether any signal is waiting to be taken. */
static inline int vetdesk_signal_is_pending(void) {
    for (int index = 0; index < vetdesk_caught_signal_count; index++) {
        if (vetdesk_pending_signals[index]) { return 1; }
    }
    return 0;
}
/* The most urgent pending signal (hang-up first, resume last), cleared; 0 when none. */
static inline int vetdesk_take_pending_signal(void) {
    for (int index = 0; index < vetdesk_caught_signal_count; index++) {
        if (vetdesk_pending_signals[index]) {
            vetdesk_pending_signals[index] = 0;
            return vetdesk_caught_signals[index];
        }
    }
    return 0;
}
/* Stops the process as Ctrl-Z would have, with the default action, and returns once resumed.
   The handler goes back afterwards; a resume already noticed here needs no second redraw. */
static inline void vetdesk_stop_until_resumed(void) {
    signal(SIGTSTP, SIG_DFL);
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &stop, NULL);
    raise(SIGTSTP);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = vetdesk_record_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTSTP, &action, NULL);
    vetdesk_pending_signals[5] = 0;
}

/* Flow control off: without it Ctrl-S freezes the output while keys keep acting unseen, and
   Ctrl-S and Ctrl-Q never reach the program. NOFLSH on: Ctrl-C, Ctrl-\ and Ctrl-Z would
   otherwise throw away keys typed just before them that the program had not yet read.
   Returns 0 when done or when `fd` is no terminal. curses keeps the change (def_prog_mode)
   and endwin puts the user's settings back. */
static inline int vetdesk_set_input_modes(int fd) {
    struct termios modes;
    if (!isatty(fd)) { return 0; }
    if (tcgetattr(fd, &modes) != 0) { return -1; }
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF | IXANY);
    modes.c_lflag |= NOFLSH;
    if (tcsetattr(fd, TCSANOW, &modes) != 0) { return -1; }
    return def_prog_mode();
}
/* Bracketed paste (xterm mode 2004): a pasted block arrives framed by ESC[200~ … ESC[201~.
   Written straight to the terminal, only just after curses has flushed its own output
   (a refresh or endwin), since putp would go through stdio's separately buffered stdout. */
static inline int vetdesk_set_bracketed_paste(int fd, int on) {
    const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
    return write(fd, sequence, strlen(sequence)) < 0 ? -1 : 0;
}
/* The window curses compares against; clearok on it repaints everything on the next refresh. */
static inline WINDOW *vetdesk_curscr(void) { return curscr; }

/* Restores the terminal if the process exits without shutting curses down. */
static inline void vetdesk_end_curses_if_active(void) {
    if (!isendwin()) {
        endwin();
        vetdesk_set_bracketed_paste(STDOUT_FILENO, 0);
    }
}
static inline int vetdesk_restore_terminal_at_exit(void) { return atexit(vetdesk_end_curses_if_active); }
#endif
