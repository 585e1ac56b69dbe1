/// What an operator can ask the console to do; keys map to these through the `Keymap`.
public enum ConsoleAction: String, Sendable, CaseIterable, Hashable {
    case focusNext, focusPrevious
    case up, down, left, right, pageUp, pageDown, top, bottom
    case drillDown, back
    case sort
    case help, command, quit, redraw
    // Alarms (ISA-18.2): where alarms are in front of the operator.
    case alarmScreen, alarmLoadScreen
    case acknowledge, acknowledgeAll, shelve, note, assign, escalate, resolve, removeFromService, filter
    /// From an alarm about items (overdue dossiers, reports due soon, a directive late) to the list of them.
    case alarmItems
    // Logbook and handover (issue 4).
    case logbookScreen, handoverScreen, logSelection
    case newLogEntry, correctLogEntry, logSearch, logCategoryFilter, logShiftFilter
    case startHandover, acceptHandover, acceptHandoverWithReservations
    // The sources screen and a source's screen (issue 14).
    case sourcesScreen, toggleSourcePause, pollSourceNow
    // Operating scenarios (issue 18): from an alarm to its procedure and run; a run's steps.
    case runsScreen, openProcedure
    case runBegin, runDone, runSkip, runChoose, runAccept, runDecline, runNote, runClose, runEnterStage
}
