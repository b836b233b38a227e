// The keys of forms, dialogs and text inputs, as the `?` overlay and the status bar show them
// while a dialog is open.
extension Messages {
    // Forms.
    public static let dialogsFormGroup = Message("dialogs.form.group", "Form")
    public static let dialogsFormNext = Message("dialogs.form.next", "Next")
    public static let dialogsFormPrevious = Message("dialogs.form.previous", "Previous")
    public static let dialogsFormSubmit = Message("dialogs.form.submit", "Save")
    public static let dialogsCancel = Message("dialogs.cancel", "Cancel")

    // Yes/No questions.
    public static let dialogsConfirmGroup = Message("dialogs.confirm.group", "Question")
    public static let dialogsConfirmYes = Message("dialogs.confirm.yes", "Yes")
    public static let dialogsConfirmNo = Message("dialogs.confirm.no", "No")
    public static let dialogsConfirmSwitch = Message("dialogs.confirm.switch", "Switch button")
    public static let dialogsConfirmTake = Message("dialogs.confirm.take", "Take the selected button")

    // A search box being typed into (the contacts, the companies).
    public static let dialogsSearchGroup = Message("dialogs.search.group", "Search")
    public static let dialogsSearchKeep = Message("dialogs.search.keep", "Open the match")
    public static let dialogsSearchClear = Message("dialogs.search.clear", "Clear")
    public static let dialogsSearchNext = Message("dialogs.search.next", "Next match")
    public static let dialogsSearchPrevious = Message("dialogs.search.previous", "Previous match")

    // The template form's own key (the Campaigns screen).
    public static let campaignsKeysTemplateGroup = Message("dialogs.template.group", "Template")
    public static let campaignsKeyBodyInEditor = Message("dialogs.template.bodyInEditor", "Body in $EDITOR")

    // One-line questions.
    public static let dialogsPromptGroup = Message("dialogs.prompt.group", "Prompt")
    public static let dialogsPromptSubmit = Message("dialogs.prompt.submit", "Submit")

    // Completion in a form's field.
    public static let dialogsCompletionGroup = Message("dialogs.completion.group", "Completion")
    public static let dialogsCompletionNext = Message("dialogs.completion.next", "Next suggestion")
    public static let dialogsCompletionPrevious = Message("dialogs.completion.previous", "Previous suggestion")
    public static let dialogsCompletionChoose = Message("dialogs.completion.choose", "Choose a suggestion")
    public static let dialogsCompletionAccept = Message("dialogs.completion.accept", "Take the suggestion")
    public static let dialogsCompletionAcceptAndNext = Message("dialogs.completion.acceptAndNext",
                                                               "Take the suggestion, then the next field")

    // Editing one line of text (readline-style).
    public static let dialogsEditGroup = Message("dialogs.edit.group", "Editing text")
    public static let dialogsEditLeft = Message("dialogs.edit.left", "Left")
    public static let dialogsEditRight = Message("dialogs.edit.right", "Right")
    public static let dialogsEditStart = Message("dialogs.edit.start", "Start of the text")
    public static let dialogsEditEnd = Message("dialogs.edit.end", "End of the text")
    public static let dialogsEditWordLeft = Message("dialogs.edit.wordLeft", "Word left")
    public static let dialogsEditWordRight = Message("dialogs.edit.wordRight", "Word right")
    public static let dialogsEditDeleteBackward = Message("dialogs.edit.deleteBackward", "Delete before")
    public static let dialogsEditDeleteForward = Message("dialogs.edit.deleteForward", "Delete after")
    public static let dialogsEditDeleteWord = Message("dialogs.edit.deleteWord", "Delete back to the space")
    public static let dialogsEditDeleteWordPart = Message("dialogs.edit.deleteWordPart", "Delete the word before")
    public static let dialogsEditDeleteWordForward = Message("dialogs.edit.deleteWordForward", "Delete the word after")
    public static let dialogsEditDeleteToStart = Message("dialogs.edit.deleteToStart", "Delete to the start")
    public static let dialogsEditDeleteToEnd = Message("dialogs.edit.deleteToEnd", "Delete to the end")

    static var dialogsMessages: [Message] {
        [dialogsFormGroup, dialogsFormNext, dialogsFormPrevious, dialogsFormSubmit, dialogsCancel,
         dialogsConfirmGroup, dialogsConfirmYes, dialogsConfirmNo, dialogsConfirmSwitch, dialogsConfirmTake,
         dialogsPromptGroup, dialogsPromptSubmit,
         campaignsKeysTemplateGroup, campaignsKeyBodyInEditor,
         dialogsSearchGroup, dialogsSearchKeep, dialogsSearchClear, dialogsSearchNext, dialogsSearchPrevious,
         dialogsCompletionGroup, dialogsCompletionNext, dialogsCompletionPrevious, dialogsCompletionChoose, dialogsCompletionAccept,
         dialogsCompletionAcceptAndNext,
         dialogsEditGroup, dialogsEditLeft, dialogsEditRight, dialogsEditStart, dialogsEditEnd, dialogsEditWordLeft,
         dialogsEditWordRight, dialogsEditDeleteBackward, dialogsEditDeleteForward, dialogsEditDeleteWord,
         dialogsEditDeleteWordPart, dialogsEditDeleteWordForward, dialogsEditDeleteToStart, dialogsEditDeleteToEnd]
    }
}
