/// Why a change to the pipelines was refused, in words for the person who asked.
public struct PipelineEditError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ message: Message, _ arguments: [String: any CustomStringConvertible] = [:]) {
        description = message.text(arguments)
    }
}
