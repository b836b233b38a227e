/// A working day: the day-start banner, reminders, the overdue count, keep-in-touch cadences,
/// `rapport today`, `rapport remind` and `rapport keep-in-touch`.
extension Messages {
    // The day's agenda, in the TUI's banner and `rapport today`.
    public static let todayTitle = Message("today.title", "Today, {date}")
    public static let todayOverdue = Message("today.overdue", "Overdue ({count})")
    public static let todayToday = Message("today.today", "Today ({count})")
    public static let todayDeals = Message("today.deals", "Deals to look at ({count})")
    public static let todayTouches = Message("today.touches", "Keep in touch ({count})")
    public static let todayNothing = Message("today.nothing", "Nothing due today.")
    public static let todayAllDay = Message("today.allDay", "any time")
    public static let todayDaysLate = Message("today.daysLate", "{count} day late", plural: "{count} days late")
    public static let todayDealRotting = Message("today.deal.rotting", "rotting: idle {count} day", plural: "rotting: idle {count} days")
    public static let todayDealPastClose = Message("today.deal.pastClose", "close date {date} passed")
    public static let todayTouchLast = Message("today.touch.last", "last touch {count} day ago, every {cadence}",
                                               plural: "last touch {count} days ago, every {cadence}")
    public static let todayTouchNever = Message("today.touch.never", "no touch yet (added {count} day ago), every {cadence}",
                                                plural: "no touch yet (added {count} days ago), every {cadence}")
    public static let todayCadence = Message("today.cadence", "{count} day", plural: "{count} days")
    public static let todayBannerHint = Message("today.banner.hint", "Esc closes · any key closes it and acts: 4 agenda, 2 contacts")
    public static let todayBannerMore = Message("today.banner.more", "… and {count} more", plural: "… and {count} more")

    // The status bar and the reminders of timed tasks.
    public static let todayOverdueCount = Message("today.overdueCount", "{count} overdue")
    public static let todayReminder = Message("today.reminder", "{summary} at {time} — now")
    public static let todayReminderMore = Message("today.reminder.more", "{summary} at {time} — now (+{count} more)")

    // The contact form, the contacts filter and the agenda's group.
    public static let todayFieldKeepInTouch = Message("today.field.keepInTouch", "Keep in touch")
    public static let todayFieldKeepInTouchPlaceholder = Message("today.field.keepInTouch.placeholder", "30, 30d, 2w, 3m; empty: none")
    public static let todayFieldKeepInTouchInvalid = Message("today.field.keepInTouch.invalid",
                                                             "A cadence: 30 or 30d (days), 2w (weeks), 3m (months), or empty")
    public static let todayFieldDueTouch = Message("today.field.dueTouch", "Due a touch")
    public static let todayFieldDueTouchPlaceholder = Message("today.field.dueTouch.placeholder", "yes: only contacts due a touch")
    public static let todayAgendaTouchTitle = Message("today.agenda.touchTitle", "Keep in touch ({count})")

    // The commands.
    public static let todayCommandSummary = Message("today.command.summary", "the day's agenda: overdue, today, deals to look at, contacts due a touch")
    public static let todayCommandUsage = Message("today.command.usage", """
        Usage: rapport today [--json] [--data DIR]

        Lists what is due: overdue tasks, today's tasks (with their times), open deals that rot or
        whose expected close date has passed, and contacts due a touch (docs/WORKDAY.md).
          --json   the same as one JSON object, for scripts
        """)
    public static let remindCommandSummary = Message("remind.command.summary", "timed tasks due in the next minutes (exit 0 if any, 1 if none)")
    public static let remindCommandUsage = Message("remind.command.usage", """
        Usage: rapport remind [--within 15m] [--json] [--data DIR]

        Prints the open tasks with a time due from now to the end of the window, one a line
        ("14:30 Call Giulia Rossi · Giulia Rossi"), and exits 0; with none it prints nothing and
        exits 1, so cron or a systemd timer can pass the lines to notify-send (docs/WORKDAY.md).
          --within SPAN   15m (default), 90, 1h
          --json          an array of the tasks as stored
        """)
    public static let remindWithinInvalid = Message("remind.within.invalid", "--within takes minutes such as 15m, 90 or 1h, not \"{text}\"")
    public static let remindLine = Message("remind.line", "{time} {summary}")
    public static let keepInTouchCommandSummary = Message("keepInTouch.command.summary", "set how often to keep in touch with a contact, a tag or a customer segment")
    public static let keepInTouchCommandUsage = Message("keepInTouch.command.usage", """
        Usage: rapport keep-in-touch CONTACT 30d|2w|3m|off [--data DIR]
               rapport keep-in-touch --tag TAG 14d|off [--data DIR]
               rapport keep-in-touch --segment SEGMENT 30d|off [--data DIR]

        A contact is due a touch when its last logged interaction or done task is older than its
        cadence: its own, else the shortest of its tags' and its customer segment's (loyal,
        regular, occasional, at-risk, ex-customer, new, prospect: from its purchases, as the
        segments report computes them). 30 and 30d are days, 2w weeks, 3m months
        of 30 days; off removes the cadence. CONTACT is an id, an email or a name.
        """)
    public static let keepInTouchNeedsCadence = Message("keepInTouch.needsCadence", "keep-in-touch needs a contact (or --tag TAG, or --segment SEGMENT) and a cadence: 30d, 2w, 3m or off")
    public static let keepInTouchInvalid = Message("keepInTouch.invalid", "a cadence is 30 or 30d (days), 2w (weeks), 3m (months) or off, not \"{text}\"")
    public static let keepInTouchContactSet = Message("keepInTouch.contact.set", "{contact}: keep in touch every {cadence}")
    public static let keepInTouchContactOff = Message("keepInTouch.contact.off", "{contact}: no cadence of its own")
    public static let keepInTouchTagSet = Message("keepInTouch.tag.set", "tag {tag}: keep in touch every {cadence}")
    public static let keepInTouchTagOff = Message("keepInTouch.tag.off", "tag {tag}: no cadence")
    public static let keepInTouchSegmentSet = Message("keepInTouch.segment.set", "segment {segment}: keep in touch every {cadence}")
    public static let keepInTouchSegmentOff = Message("keepInTouch.segment.off", "segment {segment}: no cadence")
    public static let keepInTouchUnknownSegment = Message("keepInTouch.segment.unknown", "no segment \"{segment}\": the segments are {segments}")
    public static let listDueTouchOnlyContacts = Message("list.dueTouch.onlyContacts", "--due-touch is for contacts")

    static var todayMessages: [Message] {
        [todayTitle, todayOverdue, todayToday, todayDeals, todayTouches, todayNothing, todayAllDay, todayDaysLate,
         todayDealRotting, todayDealPastClose, todayTouchLast, todayTouchNever, todayCadence, todayBannerHint, todayBannerMore,
         todayOverdueCount, todayReminder, todayReminderMore,
         todayFieldKeepInTouch, todayFieldKeepInTouchPlaceholder, todayFieldKeepInTouchInvalid, todayFieldDueTouch,
         todayFieldDueTouchPlaceholder, todayAgendaTouchTitle,
         todayCommandSummary, todayCommandUsage, remindCommandSummary, remindCommandUsage, remindWithinInvalid, remindLine,
         keepInTouchCommandSummary, keepInTouchCommandUsage, keepInTouchNeedsCadence, keepInTouchInvalid,
         keepInTouchContactSet, keepInTouchContactOff, keepInTouchTagSet, keepInTouchTagOff, keepInTouchSegmentSet,
         keepInTouchSegmentOff, keepInTouchUnknownSegment, listDueTouchOnlyContacts] + todayColumnMessages + todayFilterMessages + todayAgendaMessages
    }
}

extension Messages {
    // The columns of `rapport today`.
    public static let todayColumnID = Message("today.column.id", "ID")
    public static let todayColumnWhen = Message("today.column.when", "WHEN")
    public static let todayColumnWhat = Message("today.column.what", "WHAT")
    public static let todayColumnSummary = Message("today.column.summary", "SUMMARY")
    public static let todayColumnAbout = Message("today.column.about", "ABOUT")
    public static let todayColumnWhy = Message("today.column.why", "WHY")
    public static let todayColumnName = Message("today.column.name", "NAME")

    static var todayColumnMessages: [Message] {
        [todayColumnID, todayColumnWhen, todayColumnWhat, todayColumnSummary, todayColumnAbout, todayColumnWhy, todayColumnName]
    }
}

extension Messages {
    /// The contacts list's filter label while "Due a touch" is on.
    public static let todayFilterDueTouch = Message("today.filter.dueTouch", "due a touch")
    public static let todayFieldDueTouchInvalid = Message("today.field.dueTouch.invalid", "yes or no (empty: every contact)")
    static var todayFilterMessages: [Message] { [todayFilterDueTouch, todayFieldDueTouchInvalid] }
}

extension Messages {
    /// x or r on a contact due a touch in the agenda.
    public static let todayTouchNotATask = Message("today.touch.notATask", "{contact} is due a touch: Enter opens the contact, a there logs it")
    public static let todayTouchOverdue = Message("today.touch.overdue", "{count}d over")
    public static let todayEncodeFailed = Message("today.encodeFailed", "cannot write the JSON: {error}")
    static var todayAgendaMessages: [Message] { [todayTouchNotATask, todayTouchOverdue, todayEncodeFailed] }
}
