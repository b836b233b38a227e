import RapportCanvas

/// What a region of the frame does under the mouse: the actions of a click, a double click and
/// the wheel. Widgets and screens mark it while rendering (`mark(on:)`); `App.handlePointer`
/// performs it.
public struct PointerTarget: Hashable, Sendable {
    public var click: AppAction?
    /// After the click's action (the first press of a double click already did it): a row is
    /// selected, then opened.
    public var doubleClick: AppAction?
    public var wheelUp: AppAction?
    public var wheelDown: AppAction?

    public init(click: AppAction? = nil, doubleClick: AppAction? = nil, wheelUp: AppAction? = nil, wheelDown: AppAction? = nil) {
        self.click = click
        self.doubleClick = doubleClick
        self.wheelUp = wheelUp
        self.wheelDown = wheelDown
    }

    /// Answers nothing: marked over a region so that what lies under it does not answer either.
    public static let inert = PointerTarget()

    /// Rows a notch of the wheel moves a list by.
    public static let wheelStep = 3

    /// This target, clicking and double clicking as given (a row that scrolls like its list).
    public func with(click: AppAction?, doubleClick: AppAction? = nil) -> PointerTarget {
        var result = self
        result.click = click
        result.doubleClick = doubleClick
        return result
    }

    /// The actions an event calls for, in order.
    func actions(for kind: MouseEvent.Kind) -> [AppAction] {
        switch kind {
        case .click: return [click].compactMap { $0 }
        case .doubleClick: return [click, doubleClick].compactMap { $0 }
        case .wheelUp: return [wheelUp].compactMap { $0 }
        case .wheelDown: return [wheelDown].compactMap { $0 }
        }
    }

    public func mark(_ area: Rect, on buffer: inout CellBuffer) {
        buffer.mark(area, self)
    }
}
