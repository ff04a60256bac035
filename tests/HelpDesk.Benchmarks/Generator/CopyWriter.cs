using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Rows for COPY … FROM STDIN (FORMAT BINARY) written straight into a buffer in PostgreSQL's binary COPY format, sent
/// through Npgsql's raw COPY stream. NpgsqlBinaryImporter resolves and binds a converter for every value, which cost
/// the generator about as much CPU as making the data; the bytes here are the ones it would send for the same values.
/// </summary>
internal sealed class CopyWriter : IDisposable
{
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private const int TextOid = 25;

    private readonly NpgsqlRawCopyStream stream;
    private readonly short columns;
    private readonly byte[] buffer = new byte[256 * 1024];
    private int at;
    private bool completed;

    /// <param name="copySql">COPY table (column, …) FROM STDIN (FORMAT BINARY): every row has one value per listed column.</param>
    public CopyWriter(NpgsqlConnection connection, string copySql)
    {
        var list = copySql[(copySql.IndexOf('(', StringComparison.Ordinal) + 1)..copySql.IndexOf(')', StringComparison.Ordinal)];
        columns = (short)list.Split(',').Length;
        stream = connection.BeginRawBinaryCopy(copySql);
        stream.WriteTimeout = Timeout.Infinite;
        // Signature, flags, header extension length.
        ReadOnlySpan<byte> header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];
        header.CopyTo(Reserve(header.Length));
        at += header.Length;
    }

    public void StartRow()
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), columns);
        at += 2;
    }

    public void Null()
    {
        BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);
        at += 4;
    }

    public void Uuid(Guid value)
    {
        var span = Field(16);
        value.TryWriteBytes(span, bigEndian: true, out _);
    }

    public void Uuid(Guid? value)
    {
        if (value is { } v)
        {
            Uuid(v);
        }
        else
        {
            Null();
        }
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var span = Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var n = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, n);
        at += 4 + n;
    }

    /// <summary>jsonb's binary input: a version byte (1), then the JSON text.</summary>
    public void Jsonb(string value)
    {
        var span = Reserve(5 + Encoding.UTF8.GetMaxByteCount(value.Length));
        span[4] = 1;
        var n = Encoding.UTF8.GetBytes(value, span[5..]);
        BinaryPrimitives.WriteInt32BigEndian(span, n + 1);
        at += 5 + n;
    }

    /// <summary>timestamptz: microseconds since 2000-01-01 UTC.</summary>
    public void Time(DateTimeOffset value) => BinaryPrimitives.WriteInt64BigEndian(Field(8), (value.UtcTicks - PostgresEpochTicks) / 10);

    public void Time(DateTimeOffset? value)
    {
        if (value is { } v)
        {
            Time(v);
        }
        else
        {
            Null();
        }
    }

    public void Int(int value) => BinaryPrimitives.WriteInt32BigEndian(Field(4), value);

    public void Long(long value) => BinaryPrimitives.WriteInt64BigEndian(Field(8), value);

    public void Bool(bool value) => Field(1)[0] = value ? (byte)1 : (byte)0;

    public void Bytes(byte[] value) => value.CopyTo(Field(value.Length));

    /// <summary>text[] in array_recv's format: dimensions, null flag, element type, size and lower bound, then the elements.</summary>
    public void TextArray(string[] values)
    {
        var size = values.Length == 0 ? 12 : 20;
        foreach (var v in values)
        {
            size += 4 + Encoding.UTF8.GetByteCount(v);
        }

        var span = Field(size);
        BinaryPrimitives.WriteInt32BigEndian(span, values.Length == 0 ? 0 : 1);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], 0);
        BinaryPrimitives.WriteInt32BigEndian(span[8..], TextOid);
        if (values.Length == 0)
        {
            return;
        }

        BinaryPrimitives.WriteInt32BigEndian(span[12..], values.Length);
        BinaryPrimitives.WriteInt32BigEndian(span[16..], 1);
        var k = 20;
        foreach (var v in values)
        {
            var n = Encoding.UTF8.GetBytes(v, span[(k + 4)..]);
            BinaryPrimitives.WriteInt32BigEndian(span[k..], n);
            k += 4 + n;
        }
    }

    /// <summary>Ends the COPY: the trailer, then the stream's end commits the rows.</summary>
    public void Complete()
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        at += 2;
        Flush();
        completed = true;
        stream.Dispose();
    }

    public void Dispose()
    {
        if (!completed)
        {
            // Disposing the raw stream would commit what was sent; an interrupted load must not.
            try
            {
                stream.Cancel();
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                // The connection is broken or the COPY already failed: nothing was committed.
            }

            stream.Dispose();
        }
    }

    /// <summary>The length word of a field of <paramref name="size"/> bytes, and its bytes to fill.</summary>
    private Span<byte> Field(int size)
    {
        var span = Reserve(4 + size);
        BinaryPrimitives.WriteInt32BigEndian(span, size);
        at += 4 + size;
        return span.Slice(4, size);
    }

    private Span<byte> Reserve(int size)
    {
        if (at + size > buffer.Length)
        {
            Flush();
            if (size > buffer.Length)
            {
                throw new InvalidOperationException($"a COPY value of {size} bytes is larger than the buffer");
            }
        }

        return buffer.AsSpan(at, size);
    }

    private void Flush()
    {
        stream.Write(buffer, 0, at);
        at = 0;
    }
}
