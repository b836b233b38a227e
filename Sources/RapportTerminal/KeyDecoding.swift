import CNcursesw
import RapportCanvas

/// Turns what `wget_wch` returns into a `KeyEvent`. Escape/Alt need a second read, so that part
/// lives in the backend; this is the pure mapping.
struct KeyDecoder {
    /// Codes of extended keys that terminfo defines per terminal (Ctrl-arrows in xterm).
    var ctrlLeftCode: Int32?
    var ctrlRightCode: Int32?

    /// A key code (wget_wch returned KEY_CODE_YES). Nil for codes Rapport does not use.
    func decodeKeyCode(_ code: Int32, size: () -> (width: Int, height: Int)) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            let current = size()
            return .resize(width: current.width, height: current.height)
        default:
            if let ctrlLeftCode, code == ctrlLeftCode { return .ctrlLeft }
            if let ctrlRightCode, code == ctrlRightCode { return .ctrlRight }
            let functionBase = rapport_key_f(0)
            if code > functionBase, code <= functionBase + 63 {
                return .function(Int(code - functionBase))
            }
            return nil
        }
    }

    /// A character (wget_wch returned OK), other than Escape which the backend handles.
    static func decodeCharacter(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return nil }  // 1 -> "a"
            return .ctrl(Character(scalar))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
