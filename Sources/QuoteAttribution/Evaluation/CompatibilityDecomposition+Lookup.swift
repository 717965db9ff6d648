extension CompatibilityDecomposition {
    /// The parsed table: sorted code points, each with a range of `scalars`.
    private struct Index: Sendable {
        /// The code points that decompose, ascending.
        var keys: [UInt32] = []
        /// `scalars[starts[i]..<starts[i + 1]]` is the decomposition of `keys[i]`.
        var starts: [Int32] = [0]
        /// Every decomposition, back to back.
        var scalars: [Unicode.Scalar] = []

        /// The decomposition of `value`, or nil when it decomposes to itself.
        func lookup(_ value: UInt32) -> ArraySlice<Unicode.Scalar>? {
            var low = 0
            var high = keys.count
            while low < high {
                let mid = (low + high) / 2
                if keys[mid] < value { low = mid + 1 } else { high = mid }
            }
            guard low < keys.count, keys[low] == value else { return nil }
            return scalars[Int(starts[low])..<Int(starts[low + 1])]
        }
    }

    /// `table` parsed on first use (about 5,800 entries; only `quotes eval` pays for it).
    private static let index: Index = {
        var index = Index()
        index.keys.reserveCapacity(6000)
        index.starts.reserveCapacity(6001)
        index.scalars.reserveCapacity(12000)
        var value: UInt32 = 0
        var field = 0  // 0 for the code point, then one per scalar of the line.
        func endField() {
            if field == 0 {
                index.keys.append(value)
            } else {
                index.scalars.append(Unicode.Scalar(value)!)
            }
            field += 1
            value = 0
        }
        for byte in table.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
            case UInt8(ascii: " "): endField()
            case UInt8(ascii: "\n"):
                endField()
                index.starts.append(Int32(index.scalars.count))
                field = 0
            default: preconditionFailure("CompatibilityDecomposition.table: unexpected byte \(byte)")
            }
        }
        endField()
        index.starts.append(Int32(index.scalars.count))
        return index
    }()

    /// The NFKD decomposition of `scalars`, without canonical reordering: each scalar is replaced by its full
    /// compatibility decomposition (Hangul syllables by the L/V/T formula), but combining marks (canonical
    /// combining class != 0) are left in the order they come in rather than sorted by class. That is exactly
    /// NFKD once the caller drops every combining mark, as `SpeakerMatcher` does right after.
    static func decomposed(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            let value = scalar.value
            if value < 0xA0 {
                out.append(scalar)
            } else if (hangulBase..<hangulBase + hangulCount).contains(value) {
                appendHangul(value, to: &out)
            } else if let decomposition = index.lookup(value) {
                out.append(contentsOf: decomposition)
            } else {
                out.append(scalar)
            }
        }
        return out
    }

    /// The first Hangul syllable, U+AC00.
    private static let hangulBase: UInt32 = 0xAC00
    /// The number of Hangul syllables (19 leading × 21 vowel × 28 trailing).
    private static let hangulCount: UInt32 = 19 * 21 * 28

    /// Appends the leading consonant, vowel and (if any) trailing consonant jamo of Hangul syllable `value`.
    private static func appendHangul(_ value: UInt32, to out: inout [Unicode.Scalar]) {
        let index = value - hangulBase
        out.append(Unicode.Scalar(0x1100 + index / (21 * 28))!)
        out.append(Unicode.Scalar(0x1161 + index % (21 * 28) / 28)!)
        if index % 28 != 0 { out.append(Unicode.Scalar(0x11A7 + index % 28)!) }
    }
}
