import RapportCanvas
import RapportCore

/// The contract every top-level screen follows (the board, the contacts, the reports…), in the
/// spirit of Elm's and bubbletea's Model/Update/View: its own state, its own actions, its own
/// keymap, a pure `update` and a pure `render`. The shell (App/) keeps one `State` per registered
/// screen, turns keys into actions through the keymaps and carries out the effects; a screen sees
/// the rest of the app only through its `ScreenContext`.
///
/// A new screen is one folder holding a type that conforms to this, and one line in `Screens.all`.
public protocol Screen {
    associatedtype State: Sendable
    associatedtype Action: Hashable & Sendable

    /// Who the screen is, for the tab bar, the number keys and the registry.
    static var id: ViewID { get }
    /// The name on its tab and in the help.
    static var title: String { get }
    /// The state the screen starts in when the app opens.
    static func makeState() -> State

    /// The screen's keys while none of its dialogs is open. Help, hints and the palette are made
    /// from it, so what they say is what the keys do.
    static var keymap: Keymap<Action> { get }
    /// What the screen's symbols mean, shown with its keys in the `?` overlay and the Help view.
    static var legend: [KeyHelpSection] { get }

    /// Whether a form, dialog or text input of the screen is open: it then takes every key.
    static func hasModal(_ state: State) -> Bool
    /// A key while `hasModal`: the open dialog turns it into its own action through its keymap.
    static func handleModalKey(_ key: KeyEvent, state: inout State, context: inout ScreenContext<Self>) -> [Effect]
    /// The keys of the open dialog, for the status bar and the `?` overlay (nil: none open).
    static func modalKeys(_ state: State) -> KeyGuide?

    /// Carries out an action: changes the state, commits changes to the book through the
    /// context, and asks for effects it cannot perform itself.
    static func update(_ action: Action, state: inout State, context: inout ScreenContext<Self>) -> [Effect]
    /// Draws the screen into `area`; returns where the text cursor goes (a text input), or nil.
    static func render(_ state: State, context: ScreenContext<Self>, into buffer: inout CellBuffer, area: Rect) -> CursorPosition?

    /// The record the selection is on, read against the book it was made on (see `HeldSelection`).
    static func heldSelection(_ state: State, context: ScreenContext<Self>) -> HeldSelection?
    /// Selects the held record again after the book changed, if the screen still lists it.
    static func follow(_ held: HeldSelection, state: inout State, context: ScreenContext<Self>)
}

extension Screen {
    public static var legend: [KeyHelpSection] { [] }
    public static func hasModal(_ state: State) -> Bool { false }
    public static func handleModalKey(_ key: KeyEvent, state: inout State, context: inout ScreenContext<Self>) -> [Effect] { [] }
    public static func modalKeys(_ state: State) -> KeyGuide? { nil }
    public static func heldSelection(_ state: State, context: ScreenContext<Self>) -> HeldSelection? { nil }
    public static func follow(_ held: HeldSelection, state: inout State, context: ScreenContext<Self>) {}

    /// This screen's action as the app carries it (in keymaps, the palette, follow-up requests).
    public static func action(_ action: Action) -> AppAction { .screen(ScreenAction(Self.self, action)) }
}
