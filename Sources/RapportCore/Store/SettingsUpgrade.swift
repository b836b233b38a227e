/// Brings a settings object written by an earlier version to the current form before it is
/// decoded, so an old book opens unchanged and is written in the new form on its first save.
enum SettingsUpgrade {
    static let legacyPipelineKey = "pipeline"
    static let pipelinesKey = "pipelines"

    /// Before several pipelines, the settings had one stage list under `pipeline`: it becomes
    /// the first (and only) pipeline, `default`.
    static func upgrade(_ payload: JSONValue) -> JSONValue {
        guard case .object(var object) = payload, object[pipelinesKey] == nil,
              let stages = object.removeValue(forKey: legacyPipelineKey) else { return payload }
        let pipeline: JSONObject = [
            "id": .string(Pipeline.defaultID), "name": .string(Pipeline.defaultName), "stages": stages,
        ]
        object[pipelinesKey] = .array([.object(pipeline)])
        return .object(object)
    }
}
