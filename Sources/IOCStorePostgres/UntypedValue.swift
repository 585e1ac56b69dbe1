import NIOCore
import PostgresNIO

/// An argument sent as text with no type (OID 0): the server gives it the type its place in the statement calls
/// for, as it does for a quoted literal — so one statement text binds the same Swift values on SQLite and here
/// (`substr(x, 1, ?)` takes an integer, `ts < ?` a bigint, `value > ?` a double) without casts in the SQL.
struct UntypedValue: PostgresDynamicTypeEncodable {
    let text: String

    var psqlType: PostgresDataType { PostgresDataType(0) }
    var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer,
                                                  context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeString(text)
    }
}
