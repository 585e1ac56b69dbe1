/// The exit codes of every `ioc` command, chosen once here; each command's `--help` shows `help`.
enum ExitStatus {
    /// Done as asked (an empty listing is an answer too).
    static let ok: Int32 = 0
    /// Refused by the rules (a viewer acting, a state change the alarm's state forbids, a bad link, …) or the object
    /// named does not exist (no alarm A17, no handover #3). Nothing was changed.
    static let refused: Int32 = 1
    /// The command line is wrong (unknown option, bad value): the usage is printed.
    static let usage: Int32 = 2
    /// The database or the configuration could not be used (missing, not a database, unreadable, invalid).
    static let failure: Int32 = 3

    /// The exit codes, for the `--help` of every command.
    static let help = """
        Exit codes: 0 ok; 1 refused or not found (nothing changed); 2 usage error; 3 database or configuration \
        error (missing, unreadable, invalid). Errors and refusals go to standard error, in the --lang language.
        """
}
