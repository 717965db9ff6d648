/// The first flagged byte of a sixteen-byte comparison, shared by the scanners that test sixteen bytes at once
/// (line breaks, JSON strings in and out).
extension SIMDMask where Storage == SIMD16<Int8> {
    /// The index of the first true lane, or 16 when none is.
    ///
    /// The mask is read through its two 64-bit halves, as little-endian: a true lane is all ones and lane `k` is
    /// byte `k` in memory, so the first true lane holds the lowest set bit. (`any(_:)` or a lane loop compiled to
    /// a call or to lane-by-lane code instead of a few SSE2 instructions.)
    @inlinable package var firstTrueLane: Int {
        let halves = unsafeBitCast(self, to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: halves[0])
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        return 8 + UInt64(littleEndian: halves[1]).trailingZeroBitCount >> 3  // 8 + 64 / 8 = 16 when none is
    }
}
