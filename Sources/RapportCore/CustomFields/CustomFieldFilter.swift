import Foundation

/// A filter on one custom field, as scripts write it: `Budget>10000`, `Renewal<2027-01-01`,
/// `Region=North`, `Region!=North`, `Region=` (no value). The value is read by the field's own
/// rule, so "10k" is refused where the form refuses it and "tomorrow" works for dates.
public struct CustomFieldFilter: Sendable {
    public enum Comparison: String, CaseIterable, Sendable {
        case lessOrEqual = "<=", greaterOrEqual = ">=", notEqual = "!=", equal = "=", less = "<", greater = ">"
    }

    public let field: CustomFieldDefinition
    public let comparison: Comparison
    /// The value compared with, in its stored form; nil for `Field=` and `Field!=`.
    public let operand: String?

    /// nil when the text does not name a field of the kind (then it is some other filter);
    /// `.failure` with the sentence to show when it names one but cannot be applied.
    public static func parse(_ text: String, kind: CustomFieldRecordKind, settings: Settings,
                             context: CustomFieldContext) -> Result<CustomFieldFilter, CustomFieldFilterProblem>? {
        guard let (name, comparison, value) = split(text),
              let field = settings.customField(named: name, for: kind) else { return nil }
        if comparison != .equal, comparison != .notEqual, !field.type.isOrdered {
            return .failure(CustomFieldFilterProblem(Messages.fieldsFilterNotOrdered.text(["field": field.name, "type": field.type.rawValue])))
        }
        switch CustomFieldRules.read(value, for: field, context: context) {
        case .value(let stored): return .success(CustomFieldFilter(field: field, comparison: comparison, operand: stored))
        case .cleared:
            guard comparison == .equal || comparison == .notEqual else {
                return .failure(CustomFieldFilterProblem(Messages.fieldsFilterNeedsValue.text(["field": field.name])))
            }
            return .success(CustomFieldFilter(field: field, comparison: comparison, operand: nil))
        case .invalid(let problem): return .failure(CustomFieldFilterProblem(problem))
        }
    }

    public func matches(_ values: [String: String]) -> Bool {
        let stored = values[field.name]
        guard let operand else { return (stored == nil) == (comparison == .equal) }
        guard let stored else { return comparison == .notEqual }
        if field.type.isOrdered {
            guard let lhs = CustomFieldValue(stored: stored, type: field.type), let rhs = CustomFieldValue(stored: operand, type: field.type),
                  let order = CustomFieldValue.ascending(lhs, rhs) else { return comparison == .notEqual }
            switch comparison {
            case .equal: return order == .orderedSame
            case .notEqual: return order != .orderedSame
            case .less: return order == .orderedAscending
            case .lessOrEqual: return order != .orderedDescending
            case .greater: return order == .orderedDescending
            case .greaterOrEqual: return order != .orderedAscending
            }
        }
        let same: Bool
        if field.type == .choices {
            let wanted = Set(CustomFieldValue.splitChoices(operand).map(TextFolding.fold))
            same = wanted.isSubset(of: Set(CustomFieldValue.splitChoices(stored).map(TextFolding.fold)))
        } else {
            same = TextFolding.fold(stored) == TextFolding.fold(operand)
        }
        return comparison == .notEqual ? !same : same
    }

    private static func split(_ text: String) -> (String, Comparison, String)? {
        guard let found = text.firstIndex(where: { "<>=!".contains($0) }) else { return nil }
        let rest = text[found...]
        guard let comparison = Comparison.allCases.first(where: { rest.hasPrefix($0.rawValue) }) else { return nil }
        let name = text[..<found].trimmingWhitespace()
        guard !name.isEmpty else { return nil }
        return (name, comparison, String(rest.dropFirst(comparison.rawValue.count)))
    }
}

public struct CustomFieldFilterProblem: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
