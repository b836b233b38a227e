/// One contact as read from (or to be written to) a vCard, without any CRM semantics.
///
/// Values are decoded text: quoted-printable and charsets resolved, backslash escapes removed,
/// line breaks as `\n`. Type names are lower-cased (`"work"`, `"cell"`); `pref` is not a type
/// here but `isPreferred`.
public struct VCard: Sendable, Hashable {
    /// `"2.1"`, `"3.0"` or `"4.0"` as declared; empty when the card has no VERSION line.
    public var version: String
    /// FN.
    public var formattedName: String?
    /// N.
    public var name: VCardName?
    /// NICKNAME, every list item of every NICKNAME line.
    public var nicknames: [String]
    public var emails: [VCardTypedValue]
    public var phones: [VCardTypedValue]
    public var addresses: [VCardAddress]
    /// First component of the first ORG.
    public var organization: String?
    /// The remaining ORG components (department, then sub-units).
    public var organizationUnits: [String]
    public var title: String?
    public var role: String?
    /// NOTE; several NOTE lines are joined with a line break.
    public var note: String?
    public var birthday: VCardDate?
    public var urls: [VCardTypedValue]
    public var categories: [String]
    public var uid: String?
    /// REV as written.
    public var revision: String?
    /// Everything not mapped above, in file order: X- properties, IMPP, GEO, LABEL, PRODID,
    /// repeated ORG/TITLE/… lines, photos given as URIs.
    public var otherProperties: [VCardProperty]
    /// Names of properties with inline binary data (PHOTO, LOGO, KEY, SOUND in base64),
    /// which are skipped on purpose.
    public var skippedBinaryProperties: [String]
    /// 1-based line of the card's BEGIN:VCARD (0 for cards built in code).
    public var line: Int
    /// `X-` properties to write, name (without "X-") and value, in order: the CRM's own fields.
    public var extensions: [VCardExtension] = []

    public init(
        version: String = "4.0",
        formattedName: String? = nil,
        name: VCardName? = nil,
        nicknames: [String] = [],
        emails: [VCardTypedValue] = [],
        phones: [VCardTypedValue] = [],
        addresses: [VCardAddress] = [],
        organization: String? = nil,
        organizationUnits: [String] = [],
        title: String? = nil,
        role: String? = nil,
        note: String? = nil,
        birthday: VCardDate? = nil,
        urls: [VCardTypedValue] = [],
        categories: [String] = [],
        uid: String? = nil,
        revision: String? = nil,
        otherProperties: [VCardProperty] = [],
        skippedBinaryProperties: [String] = [],
        line: Int = 0
    ) {
        self.version = version
        self.formattedName = formattedName
        self.name = name
        self.nicknames = nicknames
        self.emails = emails
        self.phones = phones
        self.addresses = addresses
        self.organization = organization
        self.organizationUnits = organizationUnits
        self.title = title
        self.role = role
        self.note = note
        self.birthday = birthday
        self.urls = urls
        self.categories = categories
        self.uid = uid
        self.revision = revision
        self.otherProperties = otherProperties
        self.skippedBinaryProperties = skippedBinaryProperties
        self.line = line
    }

    /// The first organizational unit, which every client uses for "department".
    public var department: String? {
        get { organizationUnits.first }
        set {
            if let newValue {
                if organizationUnits.isEmpty { organizationUnits = [newValue] } else { organizationUnits[0] = newValue }
            } else if !organizationUnits.isEmpty {
                organizationUnits.removeFirst()
            }
        }
    }

    /// The other properties with this (upper-case) name, e.g. `"X-ABRELATEDNAMES"`.
    public func otherProperties(named name: String) -> [VCardProperty] {
        let wanted = name.uppercased()
        return otherProperties.filter { $0.name == wanted }
    }
}

/// N: each component is a list (RFC 6350 allows `Richter,James` for two additional names).
public struct VCardName: Sendable, Hashable {
    public var familyNames: [String]
    public var givenNames: [String]
    public var additionalNames: [String]
    public var honorificPrefixes: [String]
    public var honorificSuffixes: [String]

    public init(familyNames: [String] = [], givenNames: [String] = [], additionalNames: [String] = [],
                honorificPrefixes: [String] = [], honorificSuffixes: [String] = []) {
        self.familyNames = familyNames
        self.givenNames = givenNames
        self.additionalNames = additionalNames
        self.honorificPrefixes = honorificPrefixes
        self.honorificSuffixes = honorificSuffixes
    }

    public var isEmpty: Bool {
        familyNames.isEmpty && givenNames.isEmpty && additionalNames.isEmpty && honorificPrefixes.isEmpty && honorificSuffixes.isEmpty
    }
}

/// An EMAIL, TEL or URL with its TYPE parameters and group label.
public struct VCardTypedValue: Sendable, Hashable {
    public var value: String
    /// Lower-cased TYPE values without `pref`, e.g. `["work", "voice"]`.
    public var types: [String]
    /// Custom label from a grouped `X-ABLabel` (Apple, Gmail), with Apple's `_$!<…>!$_`
    /// wrapper removed: `"HomePage"`, `"AssistantPhone"`, `"CustomEmailCategory"`.
    public var label: String?
    /// TYPE=pref (2.1/3.0) or PREF=1 (4.0).
    public var isPreferred: Bool

    public init(value: String, types: [String] = [], label: String? = nil, isPreferred: Bool = false) {
        self.value = value
        self.types = types
        self.label = label
        self.isPreferred = isPreferred
    }
}

/// ADR: the seven components, each a list.
public struct VCardAddress: Sendable, Hashable {
    public var postOfficeBox: [String]
    public var extendedAddress: [String]
    public var streetAddress: [String]
    public var locality: [String]
    public var region: [String]
    public var postalCode: [String]
    public var country: [String]
    public var types: [String]
    public var label: String?
    public var isPreferred: Bool

    public init(postOfficeBox: [String] = [], extendedAddress: [String] = [], streetAddress: [String] = [],
                locality: [String] = [], region: [String] = [], postalCode: [String] = [], country: [String] = [],
                types: [String] = [], label: String? = nil, isPreferred: Bool = false) {
        self.postOfficeBox = postOfficeBox
        self.extendedAddress = extendedAddress
        self.streetAddress = streetAddress
        self.locality = locality
        self.region = region
        self.postalCode = postalCode
        self.country = country
        self.types = types
        self.label = label
        self.isPreferred = isPreferred
    }

    var components: [[String]] {
        [postOfficeBox, extendedAddress, streetAddress, locality, region, postalCode, country]
    }
}

/// A date as written (BDAY accepts free text in 4.0) plus the parts that could be read.
public struct VCardDate: Sendable, Hashable {
    public var text: String
    /// nil for `--0203` (no year) or when the text is not a date.
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(text: String, year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.text = text
        self.year = year
        self.month = month
        self.day = day
    }
}

/// A property kept generically (see `VCard.otherProperties`).
public struct VCardProperty: Sendable, Hashable {
    /// `"item1"` in `item1.X-ABDATE`.
    public var group: String?
    /// Upper-cased name.
    public var name: String
    public var parameters: [VCardParameter]
    /// Value after quoted-printable/charset decoding, escapes still in place (needed to split
    /// structured values such as `X-FOO:a\;b;c`).
    public var rawValue: String
    /// `rawValue` with text escapes resolved.
    public var value: String
    /// Label of the property's group (`X-ABLabel`), if any.
    public var label: String?
    public var line: Int

    public init(group: String? = nil, name: String, parameters: [VCardParameter] = [], rawValue: String,
                value: String, label: String? = nil, line: Int = 0) {
        self.group = group
        self.name = name
        self.parameters = parameters
        self.rawValue = rawValue
        self.value = value
        self.label = label
        self.line = line
    }

    /// All values of the parameters with this (upper-case) name.
    public func parameterValues(_ name: String) -> [String] {
        let wanted = name.uppercased()
        return parameters.filter { $0.name == wanted }.flatMap(\.values)
    }
}

public struct VCardParameter: Sendable, Hashable {
    /// Upper-cased; 2.1 bare parameters (`TEL;WORK:`) are given the name they stand for
    /// (`TYPE`, or `ENCODING` for `QUOTED-PRINTABLE`/`BASE64`).
    public var name: String
    public var values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// Something the parser skipped or could not read, with the line it is on.
public struct VCardWarning: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public func formatted(file: String) -> String { "\(file):\(line): \(message)" }
    public var description: String { "line \(line): \(message)" }
}

public struct VCardParseResult: Sendable, Hashable {
    public var cards: [VCard]
    public var warnings: [VCardWarning]
}
