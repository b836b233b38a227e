/// Repeating tasks and the calendar import (`rapport import ics`).
extension Messages {
    // A repeat rule, as `RecurrenceText.describe` writes it (and, in English, parses it back).
    public static let calendarRepeatDaily = Message("calendar.repeat.daily", "daily")
    public static let calendarRepeatWeekly = Message("calendar.repeat.weekly", "weekly")
    public static let calendarRepeatMonthly = Message("calendar.repeat.monthly", "monthly")
    public static let calendarRepeatYearly = Message("calendar.repeat.yearly", "yearly")
    public static let calendarRepeatEveryDays = Message("calendar.repeat.everyDays", "every {count} days")
    public static let calendarRepeatEveryWeeks = Message("calendar.repeat.everyWeeks", "every {count} weeks")
    public static let calendarRepeatEveryMonths = Message("calendar.repeat.everyMonths", "every {count} months")
    public static let calendarRepeatEveryYears = Message("calendar.repeat.everyYears", "every {count} years")
    public static let calendarRepeatOnDays = Message("calendar.repeat.onDays", "{rule} on {days}")
    public static let calendarRepeatOnDay = Message("calendar.repeat.onDay", "{rule} on {day}")
    public static let calendarRepeatOnWeekday = Message("calendar.repeat.onWeekday", "{rule} on {which} {weekday}")
    public static let calendarRepeatLast = Message("calendar.repeat.last", "last")
    public static let calendarRepeatFirst = Message("calendar.repeat.first", "first")
    public static let calendarRepeatSecond = Message("calendar.repeat.second", "second")
    public static let calendarRepeatThird = Message("calendar.repeat.third", "third")
    public static let calendarRepeatFourth = Message("calendar.repeat.fourth", "fourth")
    public static let calendarRepeatFifth = Message("calendar.repeat.fifth", "fifth")
    public static let calendarRepeatUntil = Message("calendar.repeat.until", "{rule} until {date}")
    public static let calendarRepeatTimes = Message("calendar.repeat.times", "{rule}, {count} time", plural: "{rule}, {count} times")
    public static let calendarWeekdayMon = Message("calendar.weekday.mon", "mon")
    public static let calendarWeekdayTue = Message("calendar.weekday.tue", "tue")
    public static let calendarWeekdayWed = Message("calendar.weekday.wed", "wed")
    public static let calendarWeekdayThu = Message("calendar.weekday.thu", "thu")
    public static let calendarWeekdayFri = Message("calendar.weekday.fri", "fri")
    public static let calendarWeekdaySat = Message("calendar.weekday.sat", "sat")
    public static let calendarWeekdaySun = Message("calendar.weekday.sun", "sun")

    // The task form and the command line.
    public static let calendarRepeatsLabel = Message("calendar.repeats.label", "Repeats")
    public static let calendarRepeatsPlaceholder = Message("calendar.repeats.placeholder", "e.g. weekly on mon, monthly on last fri (optional)")
    public static let calendarRepeatsInvalid = Message(
        "calendar.repeats.invalid",
        "a repeat rule reads like: daily, weekly on mon,thu, every 2 weeks, monthly on 15, monthly on last fri, yearly; then until DATE or 10 times")
    public static let calendarRepeatsNeedsDue = Message("calendar.repeats.needsDue", "a repeating task needs a due date")
    public static let calendarShowRepeats = Message("calendar.show.repeats", "repeats")
    public static let calendarSeriesMarker = Message("calendar.series.marker", "↻")
    public static let calendarSeriesDetail = Message("calendar.series.detail", "Repeats {rule}")
    public static let calendarDone = Message("calendar.done", "Done: {summary}")
    public static let calendarDoneNext = Message("calendar.done.next", "Done: {summary}; next on {date}")
    public static let calendarDoneLast = Message("calendar.done.last", "Done: {summary}; that was the last of the series")
    public static let calendarSkipped = Message("calendar.skip.done", "Skipped: {summary}; next on {date}")
    public static let calendarSkipLast = Message("calendar.skip.last", "{summary} is the last of its series: mark it done instead")
    public static let calendarSkipNotRecurring = Message("calendar.skip.notRecurring", "{summary} does not repeat: only a repeating task can be skipped")
    public static let calendarKeySkip = Message("calendar.key.skip", "Skip this occurrence of a repeating task")
    public static let calendarNotATask = Message("calendar.done.notATask", "{id} is not an open task")

    // rapport import ics.
    public static let calendarImportUntitled = Message("calendar.import.untitled", "Meeting")
    public static let calendarImportLocation = Message("calendar.import.location", "Where: {location}")

    public static let calendarImportDone = Message(
        "calendar.import.done", "read {count} meeting from {from} to {to}: {created} created, {updated} updated, {unchanged} unchanged, {unmatched} with no contact",
        plural: "read {count} meetings from {from} to {to}: {created} created, {updated} updated, {unchanged} unchanged, {unmatched} with no contact")
    public static let calendarImportDryRun = Message(
        "calendar.import.dryRun",
        "dry run, nothing written: read {count} meeting from {from} to {to}: would create {created}, update {updated}; {unchanged} unchanged, {unmatched} with no contact",
        plural: "dry run, nothing written: read {count} meetings from {from} to {to}: would create {created}, update {updated}; {unchanged} unchanged, {unmatched} with no contact")
    public static let calendarImportNothingChanged = Message("calendar.import.nothingChanged", "nothing changed: the book already has these meetings as they are")
    public static let calendarImportCreated = Message("calendar.import.created", "created:")
    public static let calendarImportUpdated = Message("calendar.import.updated", "updated:")
    public static let calendarImportMore = Message("calendar.import.more", "… and {count} more (--verbose lists them all)")
    public static let calendarImportCancelled = Message("calendar.import.cancelled", "{count} cancelled meeting left out",
                                                        plural: "{count} cancelled meetings left out")
    public static let calendarImportUnmatchedTitle = Message("calendar.import.unmatchedTitle", "with no attendee or organizer among the contacts:")
    public static let calendarImportUnmatchedHint = Message(
        "calendar.import.unmatchedHint", "{count} meeting has no attendee or organizer among the contacts (--verbose lists it)",
        plural: "{count} meetings have no attendee or organizer among the contacts (--verbose lists them)")
    public static let calendarImportNotExpanded = Message(
        "calendar.import.notExpanded", "warning: \"{summary}\" repeats by a rule Rapport does not expand; only its first meeting was read")
    public static let calendarImportUnknownZone = Message(
        "calendar.import.unknownZone", "warning: the time zone \"{zone}\" is neither in the file nor known here; its times were read as local time")
    public static let calendarImportNotICS = Message("calendar.import.notICS", "{file}: not an iCalendar file (no BEGIN:VCALENDAR)")
    public static let calendarImportWindowBackwards = Message("calendar.import.windowBackwards", "--from {from} is after --to {to}")

    static var calendarMessages: [Message] {
        [calendarRepeatDaily, calendarRepeatWeekly, calendarRepeatMonthly, calendarRepeatYearly, calendarRepeatEveryDays,
         calendarRepeatEveryWeeks, calendarRepeatEveryMonths, calendarRepeatEveryYears, calendarRepeatOnDays, calendarRepeatOnDay,
         calendarRepeatOnWeekday, calendarRepeatLast, calendarRepeatFirst, calendarRepeatSecond, calendarRepeatThird,
         calendarRepeatFourth, calendarRepeatFifth, calendarRepeatUntil, calendarRepeatTimes,
         calendarWeekdayMon, calendarWeekdayTue, calendarWeekdayWed, calendarWeekdayThu, calendarWeekdayFri, calendarWeekdaySat,
         calendarWeekdaySun, calendarRepeatsLabel, calendarRepeatsPlaceholder, calendarRepeatsInvalid, calendarRepeatsNeedsDue,
         calendarShowRepeats, calendarSeriesMarker, calendarSeriesDetail, calendarDone, calendarDoneNext, calendarDoneLast, calendarSkipped, calendarSkipLast,
         calendarSkipNotRecurring, calendarKeySkip, calendarNotATask, calendarImportUntitled, calendarImportLocation,
         calendarImportDone, calendarImportDryRun, calendarImportNothingChanged, calendarImportCreated, calendarImportUpdated,
         calendarImportMore, calendarImportCancelled, calendarImportUnmatchedTitle, calendarImportUnmatchedHint,
         calendarImportNotExpanded, calendarImportUnknownZone, calendarImportNotICS, calendarImportWindowBackwards]
    }
}
