#ifndef IOC_TERMINAL_GUARD_H
#define IOC_TERMINAL_GUARD_H

/* Crash-path terminal restore. Saves the terminal state before curses starts; on SIGSEGV, SIGBUS, SIGILL,
   SIGTRAP (Swift traps), SIGABRT or SIGFPE restores it with async-signal-safe calls only (tcsetattr, write),
   then re-raises the signal with its default action so the exit status stays honest. */
void ioc_guard_save_termios(void);
void ioc_guard_set_active(int active);
void ioc_guard_install_crash_handlers(void);
/* Turns the terminal's bracketed paste on (ESC[?2004h) or off (ESC[?2004l); the crash-path restore turns it off. */
void ioc_guard_bracketed_paste(int on);
/* Restores now (tests and the normal path do not need it: curses' endwin does the same). */
void ioc_guard_restore(void);

#endif
