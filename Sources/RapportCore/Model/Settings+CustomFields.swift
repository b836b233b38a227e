extension Settings {
    /// The fields defined for a kind of record, in the order they were added.
    public func customFields(for kind: CustomFieldRecordKind) -> [CustomFieldDefinition] {
        (customFields ?? []).filter { $0.kind == kind }
    }

    /// The field of that kind with this name, ignoring case: what users type.
    public func customField(named name: String, for kind: CustomFieldRecordKind) -> CustomFieldDefinition? {
        let key = name.lowercased()
        return customFields?.first { $0.kind == kind && $0.name.lowercased() == key }
    }
}
