/// Writes an export file the way the book's own files are written: a temporary file beside it,
/// flushed, renamed over the old one, so a reader never sees half an export.
public enum ExportFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(StoreError) {
        try FileSystem.writeAtomically(bytes, to: path)
    }
}
