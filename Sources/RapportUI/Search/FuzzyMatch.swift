import Dispatch
import RapportCanvas
import Foundation
import Synchronization

/// A candidate prepared for repeated fuzzy matching: folded once, matched against every query
/// the user types (keep these alongside the records for large lists).
public struct FuzzyCandidate: Hashable, Sendable {
    public let text: String
    /// Folded scalars (lowercase, no accents).
    let folded: [Unicode.Scalar]
    /// For each folded scalar, the index of the character of `text` it came from.
    let origins: [Int]
    /// For each folded scalar, whether it starts a word (first letter, after a space or
    /// punctuation, or an uppercase letter after a lowercase one: "McDonald", "iPhone").
    let wordStarts: [Bool]
    /// Length in characters.
    let length: Int

    public init(_ text: String) {
        self.text = text
        var folded: [Unicode.Scalar] = []
        var origins: [Int] = []
        var wordStarts: [Bool] = []
        // Classify by each character's first scalar: Character's own properties are far slower,
        // and this runs for every record of a large book.
        var previousKind = LetterKind.other
        var index = 0
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Pure ASCII (most names): bytes are characters, no grapheme breaking needed.
            folded.reserveCapacity(text.utf8.count)
            origins.reserveCapacity(text.utf8.count)
            wordStarts.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                let scalar = Unicode.Scalar(byte)
                let kind = LetterKind(scalar)
                folded.append(kind == .upper ? Unicode.Scalar(byte + 0x20) : scalar)
                origins.append(index)
                wordStarts.append(kind != .other && (previousKind == .other || (kind == .upper && previousKind == .lower)))
                previousKind = kind
                index += 1
            }
            self.folded = folded
            self.origins = origins
            self.wordStarts = wordStarts
            self.length = index
            return
        }
        for character in text {
            let kind = LetterKind(character.unicodeScalars.first)
            let startsWord = kind != .other && (previousKind == .other || (kind == .upper && previousKind == .lower))
            let scalars = SearchFolding.fold(character)
            for (offset, scalar) in scalars.enumerated() {
                folded.append(scalar)
                origins.append(index)
                wordStarts.append(startsWord && offset == 0)
            }
            previousKind = kind
            index += 1
        }
        self.folded = folded
        self.origins = origins
        self.wordStarts = wordStarts
        self.length = index
    }
}

/// Coarse character classes for finding word starts.
enum LetterKind {
    case upper, lower, otherWordCharacter, other

    init(_ scalar: Unicode.Scalar?) {
        guard let scalar else {
            self = .other
            return
        }
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: self = .upper
            case 0x61...0x7A: self = .lower
            case 0x30...0x39: self = .otherWordCharacter
            default: self = .other
            }
            return
        }
        let properties = scalar.properties
        if properties.isUppercase {
            self = .upper
        } else if properties.isLowercase {
            self = .lower
        } else if properties.isAlphabetic || properties.numericType != nil {
            self = .otherWordCharacter
        } else {
            self = .other
        }
    }
}

/// Fuzzy matching for search boxes and the command palette.
///
/// Case- and accent-insensitive ("amelie" finds "Amélie"). Ranking: an exact match, then a
/// prefix, then a match at the start of a word ("smi" in "John Smith"), then the query inside a
/// word ("ross" in "Barossa"), then any subsequence ("jsmt"), the latter scored as fzf does:
/// bonuses for letters on word starts and letters that run together, penalties for gaps; ties go
/// to the shorter candidate. Spaces in the query are ignored for subsequence matching.
///
/// A list searched by a person drops scattered matches once the query was found in one piece
/// somewhere (`keepsScattered`): "rossi" finding "Mario Rossi" should not also list "Ricardo
/// Oscar Sissi", whose letters only happen to occur in order.
public enum FuzzyMatch {
    public enum Kind: Int, Comparable, Sendable {
        case subsequence = 1, substring, wordPrefix, prefix, exact
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The query's letters occur together, in one piece (every kind but a subsequence).
        public var isContiguous: Bool { self != .subsequence }

        /// The kind a score was made for (scores are laid out kind first).
        public init?(score: Int) {
            self.init(rawValue: score / FuzzyQuery.kindWeight)
        }
    }

    /// Whether scattered (subsequence-only) matches still belong in the results, given the best
    /// score found: only when nothing matched in one piece. A scattered match is then far below
    /// the best hit by construction, and would bury it in noise.
    public static func keepsScattered(bestScore: Int?) -> Bool {
        guard let bestScore, let kind = Kind(score: bestScore) else { return true }
        return !kind.isContiguous
    }

    public struct Result: Hashable, Sendable {
        /// Higher is better; comparable across candidates for the same query.
        public var score: Int
        public var kind: Kind
        /// Indices (in characters of the candidate) of the matched letters, ascending: for
        /// highlighting.
        public var matchedIndices: [Int]
    }

    /// Matches `query` against `candidate`; nil when it does not match. An empty query matches
    /// everything with score 0.
    public static func score(_ query: String, _ candidate: String) -> Result? {
        FuzzyQuery(query).match(FuzzyCandidate(candidate))
    }

    /// Items that match, best first; ties keep the input order.
    public static func rank<Item>(_ query: String, _ items: [Item], limit: Int? = nil,
                                  text: (Item) -> String) -> [(item: Item, result: Result)] {
        let prepared = FuzzyQuery(query)
        var matches: [(offset: Int, item: Item, result: Result)] = []
        for (offset, item) in items.enumerated() {
            if let result = prepared.match(FuzzyCandidate(text(item))) {
                matches.append((offset, item, result))
            }
        }
        matches.sort { $0.result.score != $1.result.score ? $0.result.score > $1.result.score : $0.offset < $1.offset }
        let kept = limit.map { Array(matches.prefix($0)) } ?? matches
        return kept.map { ($0.item, $0.result) }
    }
}

/// A query prepared once for matching against many candidates.
public struct FuzzyQuery: Hashable, Sendable {
    public let text: String
    /// Folded query with whitespace runs collapsed to one space and trimmed.
    let phrase: [Unicode.Scalar]
    /// Folded query without whitespace (for subsequence matching).
    let letters: [Unicode.Scalar]

    public init(_ text: String) {
        self.text = text
        var phrase: [Unicode.Scalar] = []
        for character in text {
            if character.isWhitespace {
                if let last = phrase.last, last != " " { phrase.append(" ") }
                continue
            }
            phrase += SearchFolding.fold(character)
        }
        if phrase.last == " " { phrase.removeLast() }
        self.phrase = phrase
        self.letters = phrase.filter { $0 != " " }
    }

    public var isEmpty: Bool { letters.isEmpty }

    /// Matches prepared candidates (fold them once, keep them with the records); returns the
    /// indices of the matches, best first, ties in input order.
    ///
    /// Ranking needs only scores: they are computed first without the matched positions and
    /// without allocating per candidate, and the positions only for the results returned. One
    /// keystroke over 50,000 contacts stays within a frame.
    public func rank(_ candidates: [FuzzyCandidate], limit: Int? = nil) -> [(index: Int, result: FuzzyMatch.Result)] {
        // First how each candidate matches (cheap); the subsequence score (a small dynamic
        // program) only when it can still make the list: an exact, prefix or word-prefix match
        // always ranks above any subsequence match, so with `limit` of those, none is needed.
        let classified = scoreInParallel(Array(candidates.indices), of: candidates, subsequences: false)
        var scored = classified.scored
        if limit.map({ scored.count < $0 }) ?? true {
            scored += scoreInParallel(classified.subsequences, of: candidates, subsequences: true).scored
        }
        let precedes: ((index: Int, score: Int), (index: Int, score: Int)) -> Bool = {
            $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index
        }
        if let limit, scored.count > limit * 4 {
            // Only the best `limit` are returned: keep them in a sorted window instead of sorting
            // every match (a one-letter query matches nearly every contact).
            var best: [(index: Int, score: Int)] = []
            best.reserveCapacity(limit + 1)
            for entry in scored {
                if best.count == limit, let last = best.last, !precedes(entry, last) { continue }
                var low = 0, high = best.count
                while low < high {
                    let middle = (low + high) / 2
                    if precedes(best[middle], entry) { low = middle + 1 } else { high = middle }
                }
                best.insert(entry, at: low)
                if best.count > limit { best.removeLast() }
            }
            scored = best
        } else {
            scored.sort(by: precedes)
            if let limit, scored.count > limit { scored.removeSubrange(limit...) }
        }
        return scored.compactMap { entry in match(candidates[entry.index]).map { (entry.index, $0) } }
    }

    /// Scores the candidates at `indices` on every core, in contiguous chunks merged in order.
    /// Without `subsequences`, a candidate that only matches as a subsequence is set aside
    /// (returned in `subsequences`) instead of scored.
    private func scoreInParallel(_ indices: [Int], of candidates: [FuzzyCandidate], subsequences: Bool)
        -> (scored: [(index: Int, score: Int)], subsequences: [Int]) {
        let chunkCount = indices.count >= 4_096 ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
        let chunkSize = (indices.count + chunkCount - 1) / max(chunkCount, 1)
        let chunks = Mutex<[(scored: [(index: Int, score: Int)], subsequences: [Int])]>(Array(repeating: ([], []), count: chunkCount))
        let query = self
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var found: [(index: Int, score: Int)] = []
            var setAside: [Int] = []
            var rows = ScoreRows()
            let range = (chunk * chunkSize)..<min(indices.count, (chunk + 1) * chunkSize)
            // Candidates are read through their addresses and the query's arrays are opened once:
            // copying a candidate costs four retains and releases, more than scoring most of them.
            candidates.withUnsafeBufferPointer { all in
                query.phrase.withUnsafeBufferPointer { phrase in
                    query.letters.withUnsafeBufferPointer { letters in
                        guard let base = all.baseAddress else { return }
                        for position in range {
                            let index = indices[position]
                            let candidate = base + index
                            let outcome = candidate.pointee.folded.withUnsafeBufferPointer { folded in
                                candidate.pointee.wordStarts.withUnsafeBufferPointer { wordStarts in
                                    Self.score(folded: folded, wordStarts: wordStarts, length: candidate.pointee.length,
                                               phrase: phrase, letters: letters, rows: &rows, subsequences: subsequences)
                                }
                            }
                            switch outcome {
                            case .score(let score): found.append((index, score))
                            case .subsequenceOnly: setAside.append(index)
                            case .none: break
                            }
                        }
                    }
                }
            }
            chunks.withLock { $0[chunk] = (found, setAside) }
        }
        return chunks.withLock { ($0.flatMap(\.scored), $0.flatMap(\.subsequences)) }
    }

    private enum ScoreOutcome {
        case score(Int)
        /// Matches only as a subsequence; not scored yet.
        case subsequenceOnly
    }

    /// Two rows of the subsequence table, reused from one candidate to the next.
    struct ScoreRows {
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The score `match` gives, without the matched positions.
    func score(_ candidate: FuzzyCandidate, rows: inout ScoreRows) -> Int? {
        candidate.folded.withUnsafeBufferPointer { folded in
            candidate.wordStarts.withUnsafeBufferPointer { wordStarts in
                phrase.withUnsafeBufferPointer { phrase in
                    letters.withUnsafeBufferPointer { letters in
                        guard case .score(let score)? = Self.score(folded: folded, wordStarts: wordStarts, length: candidate.length,
                                                                    phrase: phrase, letters: letters, rows: &rows, subsequences: true)
                        else { return nil }
                        return score
                    }
                }
            }
        }
    }

    private static func score(folded: UnsafeBufferPointer<Unicode.Scalar>, wordStarts: UnsafeBufferPointer<Bool>, length: Int,
                              phrase: UnsafeBufferPointer<Unicode.Scalar>, letters: UnsafeBufferPointer<Unicode.Scalar>,
                              rows: inout ScoreRows, subsequences: Bool) -> ScoreOutcome? {
        guard !letters.isEmpty else { return .score(0) }
        let shortness = 999 - min(length, 999)
        guard let kind = kind(folded: folded, wordStarts: wordStarts, phrase: phrase, letters: letters) else { return nil }
        guard kind == .subsequence else { return .score(kind.rawValue * kindWeight + shortness) }
        guard subsequences else { return .subsequenceOnly }
        let n = folded.count
        let unreachable = Int.min / 4
        if rows.previous.count < n {
            rows.previous = [Int](repeating: unreachable, count: n)
            rows.current = rows.previous
        }
        let quality = rows.previous.withUnsafeMutableBufferPointer { previous in
            rows.current.withUnsafeMutableBufferPointer { current in
                subsequenceQuality(folded: folded, wordStarts: wordStarts, letters: letters, previous: previous, current: current)
            }
        }
        guard let quality else { return nil }
        let clampedQuality = min(max(0, quality), 999)
        return .score(FuzzyMatch.Kind.subsequence.rawValue * kindWeight + clampedQuality * qualityWeight + shortness)
    }

    /// How the candidate matches, as `match` decides it (exact, prefix, word prefix), or
    /// `.subsequence` when only the scored subsequence can still match; nil when the letters do
    /// not even occur in order (most candidates of a longer query), checked first because every
    /// other kind implies it.
    private static func kind(folded: UnsafeBufferPointer<Unicode.Scalar>, wordStarts: UnsafeBufferPointer<Bool>,
                             phrase: UnsafeBufferPointer<Unicode.Scalar>, letters: UnsafeBufferPointer<Unicode.Scalar>) -> FuzzyMatch.Kind? {
        let n = folded.count
        guard letters.count <= n else { return nil }
        var cursor = 0
        for letter in letters {
            while cursor < n, folded[cursor] != letter { cursor += 1 }
            if cursor == n { return nil }
            cursor += 1
        }
        func occurs(at start: Int) -> Bool {
            for offset in 0..<phrase.count where folded[start + offset] != phrase[offset] { return false }
            return true
        }
        if phrase.count <= n, occurs(at: 0) { return phrase.count == n ? .exact : .prefix }
        if phrase.count <= n, let first = phrase.first {
            for start in 0...(n - phrase.count) where wordStarts[start] && folded[start] == first && occurs(at: start) {
                return .wordPrefix
            }
            for start in 0...(n - phrase.count) where folded[start] == first && occurs(at: start) {
                return .substring
            }
        }
        return .subsequence
    }

    /// The recurrence of `bestSubsequence` on two rows of scratch memory, swapped per letter.
    ///
    /// Each letter's row is only computed between the first position it can take (matching the
    /// letters before it as early as possible) and the last (leaving room for the letters after
    /// it): no complete match goes through a cell outside, so the best score is the same, and
    /// a long candidate costs a fraction of its length per letter.
    private static func subsequenceQuality(folded: UnsafeBufferPointer<Unicode.Scalar>, wordStarts: UnsafeBufferPointer<Bool>,
                                           letters: UnsafeBufferPointer<Unicode.Scalar>,
                                           previous previousRows: UnsafeMutableBufferPointer<Int>,
                                           current currentRows: UnsafeMutableBufferPointer<Int>) -> Int? {
        let n = folded.count
        let m = letters.count
        let unreachable = Int.min / 4
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * m) { bounds -> Int? in
            // bounds[j]: the earliest position of letter j; bounds[m + j]: the latest.
            var cursor = 0
            for j in 0..<m {
                while cursor < n, folded[cursor] != letters[j] { cursor += 1 }
                if cursor == n { return nil }
                bounds[j] = cursor
                cursor += 1
            }
            cursor = n - 1
            for j in stride(from: m - 1, through: 0, by: -1) {
                while cursor >= 0, folded[cursor] != letters[j] { cursor -= 1 }
                if cursor < 0 { return nil }
                bounds[m + j] = cursor
                cursor -= 1
            }
            var rows = (previous: previousRows, current: currentRows)
            for j in 0..<m {
                let letter = letters[j]
                let low = bounds[j], high = bounds[m + j]
                if j == 0 {
                    for i in low...high {
                        rows.current[i] = folded[i] == letter
                            ? matchScore + (wordStarts[i] ? wordStartBonus : 0) - min(i, maxGapPenalty) : unreachable
                    }
                    rows = (rows.current, rows.previous)
                    continue
                }
                let previousLow = bounds[j - 1], previousHigh = bounds[m + j - 1]
                let previous = rows.previous
                func before(_ k: Int) -> Int { k >= previousLow && k <= previousHigh ? previous[k] : unreachable }
                // Best (score - maxGapPenalty) of the previous row at positions <= i - 4.
                var farBest = unreachable
                var k = previousLow
                while k <= low - 5 {
                    let value = before(k)
                    if value > unreachable, value - maxGapPenalty > farBest { farBest = value - maxGapPenalty }
                    k += 1
                }
                for i in low...high {
                    rows.current[i] = unreachable
                    if i >= 4 {
                        let value = before(i - 4)
                        if value > unreachable, value - maxGapPenalty > farBest { farBest = value - maxGapPenalty }
                    }
                    guard folded[i] == letter else { continue }
                    let gain = matchScore + (wordStarts[i] ? wordStartBonus : 0)
                    var best = unreachable
                    var found = false
                    for gap in 0..<3 where i - 1 - gap >= 0 {
                        let value = before(i - 1 - gap)
                        guard value > unreachable else { continue }
                        let candidate = value + (gap == 0 ? consecutiveBonus : -gap * gapPenalty)
                        if candidate > best {
                            best = candidate
                            found = true
                        }
                    }
                    if farBest > best {
                        best = farBest
                        found = true
                    }
                    guard found else { continue }
                    rows.current[i] = best + gain
                }
                rows = (rows.current, rows.previous)
            }
            var bestEnd = unreachable
            for i in bounds[m - 1]...bounds[2 * m - 1] where rows.previous[i] > bestEnd { bestEnd = rows.previous[i] }
            guard bestEnd > unreachable else { return nil }
            return bestEnd * 10 / m
        }
    }

    // Score layout: kind dominates, then match quality, then shorter candidates.
    static let kindWeight = 1_000_000
    private static let qualityWeight = 1_000

    public func match(_ candidate: FuzzyCandidate) -> FuzzyMatch.Result? {
        guard !letters.isEmpty else { return FuzzyMatch.Result(score: 0, kind: .subsequence, matchedIndices: []) }
        let shortness = 999 - min(candidate.length, 999)
        let folded = candidate.folded
        if folded == phrase {
            return result(.exact, quality: 0, shortness: shortness, positions: Array(folded.indices), candidate)
        }
        if folded.starts(with: phrase) {
            return result(.prefix, quality: 0, shortness: shortness, positions: Array(0..<phrase.count), candidate)
        }
        if let start = wordPrefixStart(in: candidate) {
            return result(.wordPrefix, quality: 0, shortness: shortness, positions: Array(start..<(start + phrase.count)), candidate)
        }
        if let start = substringStart(in: candidate) {
            return result(.substring, quality: 0, shortness: shortness, positions: Array(start..<(start + phrase.count)), candidate)
        }
        guard let (quality, positions) = bestSubsequence(in: candidate) else { return nil }
        return result(.subsequence, quality: quality, shortness: shortness, positions: positions, candidate)
    }

    /// The score `match` would give, without working out which letters matched: what ranking
    /// needs for every candidate (the letters are only needed for the rows on screen).
    public func score(_ candidate: FuzzyCandidate) -> Int? {
        guard !letters.isEmpty else { return 0 }
        return contiguousScore(candidate) ?? subsequenceScore(candidate)
    }

    /// The score of an exact, prefix, word-prefix or substring match, nil otherwise: cheap, and always
    /// better than any subsequence score, so a list can skip `subsequenceScore` for a record once
    /// one of its fields matched this way.
    func contiguousScore(_ candidate: FuzzyCandidate) -> Int? {
        candidate.folded.withUnsafeBufferPointer { folded in
            candidate.wordStarts.withUnsafeBufferPointer { wordStarts in
                contiguousScore(folded: folded, wordStarts: wordStarts, length: candidate.length)
            }
        }
    }

    /// The score of the best subsequence match, nil when the letters do not occur in order.
    /// `score` uses it only when `contiguousScore` found nothing.
    func subsequenceScore(_ candidate: FuzzyCandidate) -> Int? {
        candidate.folded.withUnsafeBufferPointer { folded in
            candidate.wordStarts.withUnsafeBufferPointer { wordStarts in
                subsequenceScore(folded: folded, wordStarts: wordStarts, length: candidate.length)
            }
        }
    }

    /// `contiguousScore` on a candidate's folded scalars and word starts laid out in flat
    /// memory (a large list keeps all its candidates so: no reference counting per candidate).
    func contiguousScore(folded: UnsafeBufferPointer<Unicode.Scalar>, wordStarts: UnsafeBufferPointer<Bool>, length: Int) -> Int? {
        let count = phrase.count
        let n = folded.count
        guard count > 0, count <= n else { return nil }
        let shortness = 999 - min(length, 999)
        return phrase.withUnsafeBufferPointer { phrase -> Int? in
            let letter = phrase[0]
            if count == 1 {
                // One letter: a single pass over the candidate.
                if folded[0] == letter {
                    return (n == 1 ? FuzzyMatch.Kind.exact : .prefix).rawValue * Self.kindWeight + shortness
                }
                for i in 1..<n where folded[i] == letter && wordStarts[i] {
                    return FuzzyMatch.Kind.wordPrefix.rawValue * Self.kindWeight + shortness
                }
                for i in 1..<n where folded[i] == letter {
                    return FuzzyMatch.Kind.substring.rawValue * Self.kindWeight + shortness
                }
                return nil
            }
            func occurs(at start: Int) -> Bool {
                for k in 0..<count where folded[start + k] != phrase[k] { return false }
                return true
            }
            if occurs(at: 0) {
                return (n == count ? FuzzyMatch.Kind.exact : .prefix).rawValue * Self.kindWeight + shortness
            }
            if n > count {
                for start in 1...(n - count) where wordStarts[start] && folded[start] == letter && occurs(at: start) {
                    return FuzzyMatch.Kind.wordPrefix.rawValue * Self.kindWeight + shortness
                }
                for start in 1...(n - count) where folded[start] == letter && occurs(at: start) {
                    return FuzzyMatch.Kind.substring.rawValue * Self.kindWeight + shortness
                }
            }
            return nil
        }
    }

    /// `contiguousScore(folded:wordStarts:length:)` from a field's first scalar and the positions
    /// and letters where its words start, kept compact beside the folded text (the same result;
    /// a test compares the two): `wordStartScore`, then `substringScore`.
    func contiguousScore(folded: UnsafeBufferPointer<Unicode.Scalar>, first: Unicode.Scalar,
                         wordStartPositions: UnsafeBufferPointer<Int32>, wordStartLetters: UnsafeBufferPointer<Unicode.Scalar>,
                         length: Int) -> Int? {
        wordStartScore(folded: folded, first: first, wordStartPositions: wordStartPositions, wordStartLetters: wordStartLetters,
                       length: length) ?? substringScore(folded: folded, length: length)
    }

    /// The score of an exact, prefix or word-prefix match from the compact word starts: a word
    /// prefix can only begin there, so the text itself is read only where the query's first
    /// letter is. Over 50,000 contacts this is the difference between reading every field's text
    /// per keystroke and reading a few bytes of most; a list tries `substringScore` (which reads
    /// the whole text) only on the records none of their fields matched this way.
    func wordStartScore(folded: UnsafeBufferPointer<Unicode.Scalar>, first: Unicode.Scalar,
                        wordStartPositions: UnsafeBufferPointer<Int32>, wordStartLetters: UnsafeBufferPointer<Unicode.Scalar>,
                        length: Int) -> Int? {
        let count = phrase.count
        let n = folded.count
        guard count > 0, count <= n else { return nil }
        let shortness = 999 - min(length, 999)
        return phrase.withUnsafeBufferPointer { phrase -> Int? in
            let letter = phrase[0]
            func occurs(at start: Int) -> Bool {
                for k in 1..<count where folded[start + k] != phrase[k] { return false }
                return true
            }
            if first == letter, occurs(at: 0) {
                return (n == count ? FuzzyMatch.Kind.exact : .prefix).rawValue * Self.kindWeight + shortness
            }
            for (slot, position) in wordStartPositions.enumerated() where wordStartLetters[slot] == letter {
                let start = Int(position)
                guard start >= 1 else { continue }
                if start > n - count { break }
                if occurs(at: start) { return FuzzyMatch.Kind.wordPrefix.rawValue * Self.kindWeight + shortness }
            }
            return nil
        }
    }

    /// The score of the query inside a word, found anywhere after the first scalar (a match at a
    /// word start is `wordStartScore`'s, which ranks higher and is tried first); nil otherwise.
    func substringScore(folded: UnsafeBufferPointer<Unicode.Scalar>, length: Int) -> Int? {
        let count = phrase.count
        let n = folded.count
        guard count > 0, n > count else { return nil }
        let shortness = 999 - min(length, 999)
        return phrase.withUnsafeBufferPointer { phrase -> Int? in
            let letter = phrase[0]
            search: for start in 1...(n - count) where folded[start] == letter {
                for k in 1..<count where folded[start + k] != phrase[k] { continue search }
                return FuzzyMatch.Kind.substring.rawValue * Self.kindWeight + shortness
            }
            return nil
        }
    }

    /// `subsequenceScore` on flat memory, like `contiguousScore(folded:wordStarts:length:)`.
    func subsequenceScore(folded: UnsafeBufferPointer<Unicode.Scalar>, wordStarts: UnsafeBufferPointer<Bool>, length: Int) -> Int? {
        guard !letters.isEmpty else { return nil }
        let quality: Int
        if letters.count == 1 {
            // The recurrence with one letter: the best single position.
            let letter = letters[0]
            var top = Int.min
            for i in 0..<folded.count where folded[i] == letter {
                let gain = Self.matchScore + (wordStarts[i] ? Self.wordStartBonus : 0) - min(i, Self.maxGapPenalty)
                if gain > top { top = gain }
            }
            guard top > Int.min else { return nil }
            quality = top * 10
        } else if letters.count == 2 {
            guard let value = twoLetterSubsequenceScore(folded: folded, wordStarts: wordStarts) else { return nil }
            quality = value
        } else {
            guard let value = bestSubsequenceScore(folded: folded, wordStarts: wordStarts) else { return nil }
            quality = value
        }
        let shortness = 999 - min(length, 999)
        let clampedQuality = min(max(0, quality), 999)
        return FuzzyMatch.Kind.subsequence.rawValue * Self.kindWeight + clampedQuality * Self.qualityWeight + shortness
    }

    private func result(_ kind: FuzzyMatch.Kind, quality: Int, shortness: Int, positions: [Int],
                        _ candidate: FuzzyCandidate) -> FuzzyMatch.Result {
        var indices: [Int] = []
        for position in positions where candidate.folded[position] != " " {
            let origin = candidate.origins[position]
            if indices.last != origin { indices.append(origin) }
        }
        let clampedQuality = min(max(0, quality), 999)
        return FuzzyMatch.Result(score: kind.rawValue * Self.kindWeight + clampedQuality * Self.qualityWeight + shortness,
                                 kind: kind, matchedIndices: indices)
    }

    /// Where the phrase occurs starting at a word start, if anywhere.
    private func wordPrefixStart(in candidate: FuzzyCandidate) -> Int? {
        let folded = candidate.folded
        guard phrase.count <= folded.count else { return nil }
        for start in 0...(folded.count - phrase.count) where candidate.wordStarts[start] {
            if folded[start..<(start + phrase.count)].elementsEqual(phrase) { return start }
        }
        return nil
    }

    /// Where the phrase occurs anywhere (the first place), if it does.
    private func substringStart(in candidate: FuzzyCandidate) -> Int? {
        let folded = candidate.folded
        guard phrase.count <= folded.count else { return nil }
        for start in 0...(folded.count - phrase.count) where folded[start..<(start + phrase.count)].elementsEqual(phrase) {
            return start
        }
        return nil
    }

    // Subsequence scoring weights.
    private static let matchScore = 16
    private static let wordStartBonus = 24
    private static let consecutiveBonus = 16
    private static let gapPenalty = 3  // per skipped scalar, capped
    private static let maxGapPenalty = 9

    /// `bestSubsequence`'s score alone: the same recurrence over two rows in scratch memory,
    /// without back pointers, so ranking a large list allocates nothing per candidate.
    /// The recurrence of `bestSubsequenceScore` for two letters in one pass: the first letter's
    /// row is cheap to compute at any position, so no scratch rows are needed.
    private func twoLetterSubsequenceScore(folded: UnsafeBufferPointer<Unicode.Scalar>, wordStarts: UnsafeBufferPointer<Bool>) -> Int? {
        let a = letters[0], b = letters[1]
        let n = folded.count
        let unreachable = Int.min / 4
        @inline(__always) func first(_ i: Int) -> Int {
            folded[i] == a ? Self.matchScore + (wordStarts[i] ? Self.wordStartBonus : 0) - min(i, Self.maxGapPenalty) : unreachable
        }
        var farBest = unreachable
        var top = unreachable
        for k in 0..<n {
            if k >= 4 {
                let before = first(k - 4)
                if before > unreachable, before - Self.maxGapPenalty > farBest { farBest = before - Self.maxGapPenalty }
            }
            guard folded[k] == b else { continue }
            var best = unreachable
            for gap in 0..<3 where k - 1 - gap >= 0 {
                let before = first(k - 1 - gap)
                guard before > unreachable else { continue }
                best = max(best, before + (gap == 0 ? Self.consecutiveBonus : -gap * Self.gapPenalty))
            }
            best = max(best, farBest)
            guard best > unreachable else { continue }
            top = max(top, best + Self.matchScore + (wordStarts[k] ? Self.wordStartBonus : 0))
        }
        return top > unreachable ? top * 10 / 2 : nil
    }

    private func bestSubsequenceScore(folded: UnsafeBufferPointer<Unicode.Scalar>, wordStarts: UnsafeBufferPointer<Bool>) -> Int? {
        let n = folded.count
        let m = letters.count
        guard m <= n else { return nil }
        var cursor = 0
        for letter in letters {
            while cursor < n, folded[cursor] != letter { cursor += 1 }
            if cursor == n { return nil }
            cursor += 1
        }
        let unreachable = Int.min / 4
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * n) { scratch -> Int? in
            var previousRow = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            var row = UnsafeMutableBufferPointer(rebasing: scratch[n..<(2 * n)])
            previousRow.initialize(repeating: unreachable)
            for j in 0..<m {
                row.update(repeating: unreachable)
                var farBest = unreachable
                let letter = letters[j]
                for i in 0..<n {
                    if j > 0, i >= 4, previousRow[i - 4] > unreachable, previousRow[i - 4] - Self.maxGapPenalty > farBest {
                        farBest = previousRow[i - 4] - Self.maxGapPenalty
                    }
                    guard folded[i] == letter else { continue }
                    var gain = Self.matchScore + (wordStarts[i] ? Self.wordStartBonus : 0)
                    if j == 0 {
                        gain -= min(i, Self.maxGapPenalty)
                        row[i] = gain
                        continue
                    }
                    var best = unreachable
                    for gap in 0..<3 where i - 1 - gap >= 0 {
                        let before = previousRow[i - 1 - gap]
                        guard before > unreachable else { continue }
                        best = max(best, before + (gap == 0 ? Self.consecutiveBonus : -gap * Self.gapPenalty))
                    }
                    best = max(best, farBest)
                    guard best > unreachable else { continue }
                    row[i] = best + gain
                }
                swap(&previousRow, &row)
            }
            let top = previousRow.max() ?? unreachable
            return top > unreachable ? top * 10 / m : nil
        }
    }

    /// The best-scoring way to match every query letter in order, by dynamic programming over
    /// (query letter, candidate position). Gap penalties are capped, so the best predecessor is
    /// one of the three nearest positions or the best of all earlier ones: O(query × candidate).
    private func bestSubsequence(in candidate: FuzzyCandidate) -> (Int, [Int])? {
        let folded = candidate.folded
        let n = folded.count
        let m = letters.count
        guard m <= n else { return nil }
        // Quick rejection: greedy subsequence check.
        var cursor = 0
        for letter in letters {
            while cursor < n, folded[cursor] != letter { cursor += 1 }
            if cursor == n { return nil }
            cursor += 1
        }
        let unreachable = Int.min / 4
        var previousRow = [Int](repeating: unreachable, count: n)
        var backPointers = [[Int]](repeating: [Int](repeating: -1, count: n), count: m)
        for j in 0..<m {
            var row = [Int](repeating: unreachable, count: n)
            // Best (score - maxGapPenalty) over positions <= i - 4 of the previous row.
            var farBest = unreachable
            var farBestIndex = -1
            for i in 0..<n {
                if j > 0, i >= 4, previousRow[i - 4] > unreachable, previousRow[i - 4] - Self.maxGapPenalty > farBest {
                    farBest = previousRow[i - 4] - Self.maxGapPenalty
                    farBestIndex = i - 4
                }
                guard folded[i] == letters[j] else { continue }
                var gain = Self.matchScore + (candidate.wordStarts[i] ? Self.wordStartBonus : 0)
                if j == 0 {
                    // Letters skipped before the first match cost a little.
                    gain -= min(i, Self.maxGapPenalty)
                    row[i] = gain
                    continue
                }
                var best = unreachable
                var bestIndex = -1
                for gap in 0..<3 where i - 1 - gap >= 0 {
                    let before = previousRow[i - 1 - gap]
                    guard before > unreachable else { continue }
                    let value = before + (gap == 0 ? Self.consecutiveBonus : -gap * Self.gapPenalty)
                    if value > best {
                        best = value
                        bestIndex = i - 1 - gap
                    }
                }
                if farBest > best {
                    best = farBest
                    bestIndex = farBestIndex
                }
                guard bestIndex >= 0 else { continue }
                row[i] = best + gain
                backPointers[j][i] = bestIndex
            }
            previousRow = row
        }
        guard let end = previousRow.indices.max(by: { previousRow[$0] < previousRow[$1] }),
              previousRow[end] > unreachable else { return nil }
        var positions = [Int](repeating: 0, count: m)
        var position = end
        for j in stride(from: m - 1, through: 0, by: -1) {
            positions[j] = position
            position = backPointers[j][position]
        }
        // Normalise so quality does not simply grow with query length.
        let quality = previousRow[end] * 10 / m
        return (quality, positions)
    }
}
