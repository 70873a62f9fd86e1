/// An optional that JSON encodes as `null` when absent, so every documented key is always present
/// (synthesized `Encodable` leaves absent optionals out).
@propertyWrapper
public struct NullEncoded<Value: Encodable & Sendable & Equatable>: Encodable, Sendable, Equatable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
    }
}
