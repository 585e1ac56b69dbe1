#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static volatile sig_atomic_t saved_valid = 0;
static volatile sig_atomic_t active = 0;

void ioc_guard_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) saved_valid = 1;
}

void ioc_guard_set_active(int value) { active = value; }

void ioc_guard_restore(void) {
    /* reset attributes, bracketed paste off, leave the alternate screen, show the cursor, normal cursor keys and
       keypad */
    static const char seq[] = "\033[0m\033[?2004l\033[?1049l\033[?25h\033[?1l\033>\r\n";
    if (saved_valid) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_termios);
    ssize_t ignored = write(STDOUT_FILENO, seq, sizeof(seq) - 1);
    (void)ignored;
}

void ioc_guard_bracketed_paste(int on) {
    static const char on_seq[] = "\033[?2004h";
    static const char off_seq[] = "\033[?2004l";
    ssize_t ignored = on ? write(STDOUT_FILENO, on_seq, sizeof(on_seq) - 1) : write(STDOUT_FILENO, off_seq, sizeof(off_seq) - 1);
    (void)ignored;
}

static void crash_handler(int sig) {
    if (active) {
        active = 0;
        ioc_guard_restore();
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* An alternate stack, so that a stack overflow (SIGSEGV on a full stack) can still run the handler. */
static char alternate_stack[64 * 1024];

void ioc_guard_install_crash_handlers(void) {
    stack_t ss;
    memset(&ss, 0, sizeof(ss));
    ss.ss_sp = alternate_stack;
    ss.ss_size = sizeof(alternate_stack);
    sigaltstack(&ss, NULL);
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND | SA_ONSTACK;
        sigaction(sigs[i], &sa, NULL);
    }
}
