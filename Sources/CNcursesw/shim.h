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


#include <termios.h>
#include <signal.h>
#include <unistd.h>
#include <string.h>

/* Crash-path terminal restore: async-signal-safe (tcsetattr and write only). The termios saved before initscr
   is put back and the alternate screen left, the cursor shown and attributes reset; then the signal is re-raised
   with its default action so the process still dies with the right status (and a core if enabled). */
static struct termios ioc_saved_termios;
static volatile sig_atomic_t ioc_saved_termios_valid = 0;
static volatile sig_atomic_t ioc_terminal_active = 0;

static inline void ioc_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &ioc_saved_termios) == 0) ioc_saved_termios_valid = 1;
}

static inline void ioc_set_terminal_active(int active) { ioc_terminal_active = active; }

static inline void ioc_restore_terminal_raw(void) {
    static const char seq[] = "\033[0m\033[?1049l\033[?25h\033[?1l\033>\r\n";
    if (ioc_saved_termios_valid) tcsetattr(STDIN_FILENO, TCSAFLUSH, &ioc_saved_termios);
    ssize_t ignored = write(STDOUT_FILENO, seq, sizeof(seq) - 1);
    (void)ignored;
}

static void ioc_crash_handler(int sig) {
    if (ioc_terminal_active) { ioc_terminal_active = 0; ioc_restore_terminal_raw(); }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Installs the crash handlers for SIGSEGV, SIGBUS, SIGILL, SIGTRAP (Swift traps), SIGABRT and SIGFPE. */
static inline void ioc_install_crash_handlers(void) {
    int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = ioc_crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, NULL);
    }
}

#endif
