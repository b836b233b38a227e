#ifndef RAPPORT_CNCURSESW_SHIM_H
#define RAPPORT_CNCURSESW_SHIM_H

// SwiftPM drops the -D flags pkg-config gives, so the wide-character API must be switched on here,
// before curses.h is read, or wget_wch, wint_t and setcchar are missing.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 cannot touch C globals (shared mutable state) nor see function-like macros:
// these accessors are the only way in.
static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline int rapport_lines(void) { return LINES; }
static inline int rapport_cols(void) { return COLS; }
static inline attr_t rapport_a_normal(void) { return A_NORMAL; }
static inline attr_t rapport_a_bold(void) { return A_BOLD; }
static inline attr_t rapport_a_reverse(void) { return A_REVERSE; }
static inline attr_t rapport_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rapport_a_dim(void) { return A_DIM; }
static inline int rapport_key_resize(void) { return KEY_RESIZE; }
// glibc only declares wcwidth for _XOPEN_SOURCE, which SwiftPM's prohibited-flag filter drops.
extern int wcwidth(wchar_t c);
static inline int rapport_wcwidth(wchar_t c) { return wcwidth(c); }

static inline attr_t rapport_a_italic(void) { return A_ITALIC; }
static inline attr_t rapport_a_standout(void) { return A_STANDOUT; }
static inline int rapport_key_f(int n) { return KEY_F(n); }
static inline int rapport_colors(void) { return COLORS; }
static inline int rapport_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *rapport_curscr(void) { return curscr; }
static inline FILE *rapport_stdin(void) { return stdin; }
static inline FILE *rapport_stdout(void) { return stdout; }

// The mouse: the left button's press and the wheel (buttons 4 and 5 in ncurses 6). The button
// masks are function-like macros, out of Swift's reach.
static inline mmask_t rapport_mouse_mask(void) { return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
// 1 left press, 2 wheel up, 3 wheel down, 0 anything else (releases, other buttons).
static inline int rapport_mouse_kind(mmask_t state) {
    if (state & BUTTON1_PRESSED) return 1;
    if (state & BUTTON4_PRESSED) return 2;
    if (state & BUTTON5_PRESSED) return 3;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Signals. The handlers must be plain C: a signal can arrive in the middle of anything, and only
// async-signal-safe work is allowed there (endwin() is the documented exception curses programs
// such as htop rely on). The state below is `static`, so every translation unit that calls these
// functions gets its own copy: in Swift, call them from ONE source file only (Signals.swift).

static volatile sig_atomic_t rapport_curses_is_active = 0;
static volatile sig_atomic_t rapport_termination_signal = 0;
// A function-local static: Swift's importer does not emit file-scope tentative definitions.
static inline struct sigaction *rapport_previous_action(int sig) {
    static struct sigaction actions[65];
    return &actions[(sig > 0 && sig < 65) ? sig : 0];
}

static inline void rapport_set_curses_active(int active) { rapport_curses_is_active = active; }
static inline int rapport_pending_termination(void) { return (int)rapport_termination_signal; }
static inline void rapport_clear_pending_termination(void) { rapport_termination_signal = 0; }

static inline void rapport_restore_terminal_now(void) {
    if (rapport_curses_is_active) {
        rapport_curses_is_active = 0;
        endwin();
    }
}

// SIGINT/SIGTERM/SIGHUP: ask the main loop to quit cleanly (it may still save). If the loop does
// not react and a second one arrives, restore the terminal and die by the signal.
static void rapport_on_termination_signal(int sig) {
    if (rapport_termination_signal != 0) {
        rapport_restore_terminal_now();
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    rapport_termination_signal = sig;
}

// The sentence written after a crash once the terminal is restored (where the backtrace is),
// prepared in advance: a signal handler may not format text.
static inline char *rapport_crash_note(void) {
    static char note[4096];
    return note;
}

static inline void rapport_set_crash_note(const char *text) {
    char *note = rapport_crash_note();
    strncpy(note, text, 4095);
    note[4095] = 0;
}

// Crash signals (a fault, or one sent from outside): restore the terminal, let whoever handled
// the signal before us report it (the Swift runtime's backtracer, writing to the crash file),
// say where the report is, then die by the signal's default action. The backtracer returns
// after reporting: re-raising to it would let an external SIGSEGV or SIGQUIT leave the program
// running on, after a real fault unsafely. Nothing is saved on this path.
static void rapport_on_crash_signal(int sig, siginfo_t *info, void *context) {
    rapport_restore_terminal_now();
    if (sig > 0 && sig < 65) {
        struct sigaction *previous = rapport_previous_action(sig);
        if (previous->sa_flags & SA_SIGINFO) {
            if (previous->sa_sigaction) previous->sa_sigaction(sig, info, context);
        } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
            previous->sa_handler(sig);
        }
    }
    const char *note = rapport_crash_note();
    size_t length = strlen(note);
    if (length > 0) {
        ssize_t ignored = write(2, note, length);
        (void)ignored;
    }
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    sigemptyset(&fallback.sa_mask);
    fallback.sa_handler = SIG_DFL;
    sigaction(sig, &fallback, NULL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, sig);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    raise(sig);
}

static void rapport_restore_at_exit(void) { rapport_restore_terminal_now(); }

static inline void rapport_install_signal_handlers(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking read returns early so the loop sees the request promptly.
    action.sa_handler = rapport_on_termination_signal;
    int termination[] = { SIGINT, SIGTERM, SIGHUP };
    for (unsigned i = 0; i < sizeof termination / sizeof termination[0]; i++) {
        sigaction(termination[i], &action, rapport_previous_action(termination[i]));
    }
    action.sa_sigaction = rapport_on_crash_signal;
    // As the Swift runtime installs its own: the backtracer it starts reads memory that may
    // fault, and a fault while the signal is blocked would kill the process before the report.
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    int crashes[] = { SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGQUIT };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        sigaction(crashes[i], &action, rapport_previous_action(crashes[i]));
    }
    atexit(rapport_restore_at_exit);
}

// Ctrl-Z: leave curses mode, stop the process group as the shell expects, and come back here
// when continued. The caller restores curses mode afterwards.
static inline void rapport_stop_process_group(void) {
    struct sigaction previous;
    struct sigaction stop_default;
    memset(&stop_default, 0, sizeof stop_default);
    sigemptyset(&stop_default.sa_mask);
    stop_default.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &stop_default, &previous);
    kill(0, SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}

// While a child owns the terminal ($EDITOR): Ctrl-C and Ctrl-\ are the child's, so Rapport
// ignores them until it returns, as git does (the child gets the default actions back).
static inline void rapport_set_interrupts_ignored(int ignored) {
    static struct sigaction saved_interrupt;
    static struct sigaction saved_quit;
    static int is_ignored = 0;
    if (ignored && !is_ignored) {
        struct sigaction ignore;
        memset(&ignore, 0, sizeof ignore);
        sigemptyset(&ignore.sa_mask);
        ignore.sa_handler = SIG_IGN;
        sigaction(SIGINT, &ignore, &saved_interrupt);
        sigaction(SIGQUIT, &ignore, &saved_quit);
        is_ignored = 1;
    } else if (!ignored && is_ignored) {
        sigaction(SIGINT, &saved_interrupt, NULL);
        sigaction(SIGQUIT, &saved_quit, NULL);
        is_ignored = 0;
    }
}

#endif
