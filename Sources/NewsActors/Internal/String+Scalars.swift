extension String {
    /// A string of `scalars`, written as UTF-8 straight into the string's storage (appending to a
    /// `String.UnicodeScalarView` is many times slower).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self.init(scalars: scalars, lowercasingASCII: false)
    }

    /// Like `init(scalars:)`, with ASCII capitals lower-cased on the way.
    init(scalars: ArraySlice<Unicode.Scalar>, lowercasingASCII: Bool) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        // The exact size: a string of up to 15 bytes is then stored inline, with no allocation.
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var count = 0
            for scalar in scalars {
                if scalar.isASCII {
                    let isCapital = lowercasingASCII && scalar.value >= 65 && scalar.value <= 90
                    buffer[count] = UInt8(truncatingIfNeeded: isCapital ? scalar.value + 32 : scalar.value)
                    count += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }
}
