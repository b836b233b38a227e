@testable import RapportCore
@testable import RapportUI

/// The contacts screen's derived data as the harness's app has it, read the way its render does.
extension AppHarness {
    var contactsContext: ScreenContext<ContactsScreen> { ScreenContext(app: state, environment: environment) }
    var contactIndex: ContactIndex { ContactsScreen.index(state.contacts, contactsContext) }
    var contactEntries: [ContactListEntry] { ContactsScreen.entries(state.contacts, contactsContext) }
    var selectedContactID: ContactID? { ContactsScreen.selectedID(state.contacts, contactsContext) }
}
