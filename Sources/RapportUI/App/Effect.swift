import RapportCore
import RapportCanvas

/// What `update` asks the outside world to do; the runner performs it, outside the pure code.
public enum Effect: Hashable, Sendable {
    /// Write the book's changed collections to disk; the outcome comes back as
    /// `EffectOutcome.saved` or `.saveFailed`. Asked for by the shell after any change.
    case save
    case quit
    /// Quit although the book has changes that could not be saved, as the user chose.
    case quitWithUnsavedChanges(UnsavedQuitChoice)
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    case suspend
    /// Ctrl-L: repaint every cell.
    case redraw
    /// Long text in the user's `$EDITOR`; the text comes back as `EffectOutcome.edited`.
    case editText(EditRequest)
    /// Deliver a campaign through the configured transport (I/O: a mail command or the outbox);
    /// the report comes back as `EffectOutcome.campaignSent`.
    case sendCampaign(CampaignID)
}

/// Text to edit outside the program, and where the result goes.
public struct EditRequest: Hashable, Sendable {
    public var text: String
    public var target: EditTarget

    public init(text: String, target: EditTarget) {
        self.text = text
        self.target = target
    }
}

/// The fields that can be edited in `$EDITOR`.
public enum EditTarget: Hashable, Sendable {
    case opportunityNotes(OpportunityID)
    case contactNotes(ContactID)
    case companyNotes(CompanyID)
    /// The body of the template form open in view 5 (new or edited): it goes back into the form.
    case templateFormBody
}

/// What the pure code may ask of the world without performing I/O: the time.
public struct AppEnvironment: Sendable {
    public var clock: any Clock

    public init(clock: any Clock) {
        self.clock = clock
    }
}

