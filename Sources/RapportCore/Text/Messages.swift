/// Every message a person reads is declared as a `Message` in an extension of `Messages`, one
/// file per area (`Messages+Board.swift`, `Messages+CLI.swift`, …), so the catalogue can be
/// listed, checked and translated in one place. Write `Messages.boardEmpty.text`, or
/// `Messages.boardMatches.text(["count": n])` for a message with placeholders.
///
/// Each area's file lists its messages in its `[Message]` array; `all` joins them so the
/// catalogue's tests see every one (unique keys, placeholders agreeing across languages).
public enum Messages {
    public static var all: [Message] {
        let areas: [[Message]] = [
            commonMessages,
            boardMessages,
            formsMessages,
            interfaceMessages,
            cliMessages,
            reportsMessages,
            storeMessages,
            importMessages,
            mailMessages,
            savedViewsMessages,
            reviewMessages,
            calendarMessages,
            todayMessages,
            configMessages,
            dialogsMessages,
            pipelinesMessages,
            forecastMessages,
            fieldsMessages,
            currencyMessages,
        ]
        return areas.flatMap { $0 }
    }
}
