using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Rows for COPY … FROM STDIN (FORMAT BINARY) in PostgreSQL's binary COPY format, written straight into a growable
/// buffer that is reused (a chunk's rows for one table, or a batch of customers). NpgsqlBinaryImporter resolves and binds
/// a converter for every value, which cost the generator about as much CPU as making the data; the bytes here are the
/// ones it would send for the same values.
/// </summary>
internal sealed class CopyBuffer(short columns, int capacity = 64 * 1024)
{
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private const int TextOid = 25;

    private byte[] buffer = new byte[capacity];
    private int at;

    /// <summary>Bytes written so far.</summary>
    public int Length => at;

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, at);

    public void Clear() => at = 0;

    /// <summary>Overwrites the 8-byte value written at <paramref name="offset"/> (a bigint filled in later).</summary>
    public void PatchLong(int offset, long value) => BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(offset, 8), value);

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
        var n = Utf8(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, n);
        at += 4 + n;
    }

    /// <summary>One text value: the non-null <paramref name="parts"/> joined by spaces.</summary>
    public void TextJoined(ReadOnlySpan<string?> parts)
    {
        var start = BeginField();
        var first = true;
        foreach (var part in parts)
        {
            if (part is null)
            {
                continue;
            }

            if (!first)
            {
                Append((byte)' ');
            }

            first = false;
            AppendUtf8(part);
        }

        EndField(start);
    }

    /// <summary>
    /// UTF-8 of <paramref name="chars"/> into <paramref name="target"/> (room for the worst case): its ASCII start one
    /// byte per char, the rest through the encoder. Most values are short and ASCII, where the encoder's set-up cost
    /// more than the copy (a sixth of the generator's CPU went to transcoding).
    /// </summary>
    private static int Utf8(ReadOnlySpan<char> chars, Span<byte> target)
    {
        var i = 0;
        for (; i < chars.Length && chars[i] < 0x80; i++)
        {
            target[i] = (byte)chars[i];
        }

        return i == chars.Length ? i : i + Encoding.UTF8.GetBytes(chars[i..], target[i..]);
    }

    /// <summary>Starts a value whose length is known at its end (text, or json, whose binary input is the JSON text
    /// itself); the bytes follow with <see cref="Append(ReadOnlySpan{byte})"/> and friends, and <see cref="EndField"/>
    /// closes it. Returns its start.</summary>
    public int BeginField()
    {
        Reserve(4);
        var start = at;
        at += 4;
        return start;
    }

    /// <summary>Writes the length of the field that <see cref="BeginField"/> started.</summary>
    public void EndField(int start) => BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(start, 4), at - start - 4);

    public void Append(byte b)
    {
        Reserve(1)[0] = b;
        at++;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        at += bytes.Length;
    }

    /// <summary>The UTF-8 of <paramref name="chars"/>, without a length (inside a field).</summary>
    public void AppendUtf8(ReadOnlySpan<char> chars)
    {
        var span = Reserve(Encoding.UTF8.GetMaxByteCount(chars.Length));
        at += Utf8(chars, span);
    }

    /// <summary>Room for at least <paramref name="size"/> more bytes inside a field; <see cref="Advance"/> says how many were used.</summary>
    public Span<byte> Free(int size) => Reserve(size);

    public void Advance(int count) => at += count;

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

    /// <summary>A value already in its binary form (a text's UTF-8, a bytea's bytes).</summary>
    public void Bytes(ReadOnlySpan<byte> value) => value.CopyTo(Field(value.Length));

    /// <summary>A text already encoded as UTF-8, or null.</summary>
    public void TextUtf8(byte[]? value)
    {
        if (value is null)
        {
            Null();
        }
        else
        {
            Bytes(value);
        }
    }

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

    /// <summary>The length word of a field of <paramref name="size"/> bytes, and its bytes to fill.</summary>
    public Span<byte> Field(int size)
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
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, at + size));
        }

        return buffer.AsSpan(at, size);
    }
}

/// <summary>One COPY … FROM STDIN (FORMAT BINARY) through Npgsql's raw COPY stream: the header, rows that CopyBuffers
/// hold, the trailer.</summary>
internal sealed class CopyWriter : IDisposable
{
    private readonly NpgsqlRawCopyStream stream;
    private bool completed;

    /// <param name="copySql">COPY table (column, …) FROM STDIN (FORMAT BINARY): every row has one value per listed column.</param>
    public CopyWriter(NpgsqlConnection connection, string copySql)
    {
        Columns = ColumnCount(copySql);
        stream = connection.BeginRawBinaryCopy(copySql);
        stream.WriteTimeout = Timeout.Infinite;
        // Signature, flags, header extension length.
        stream.Write([(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    /// <summary>How many columns each row has (from the COPY's column list).</summary>
    public short Columns { get; }

    /// <summary>The number of columns a COPY statement lists: every row of it carries one value per column.</summary>
    public static short ColumnCount(string copySql)
    {
        var list = copySql[(copySql.IndexOf('(', StringComparison.Ordinal) + 1)..copySql.IndexOf(')', StringComparison.Ordinal)];
        return (short)list.Split(',').Length;
    }

    /// <summary>Sends the rows in <paramref name="rows"/> (whole rows of this COPY's columns).</summary>
    public void Send(CopyBuffer rows) => stream.Write(rows.Written);

    /// <summary>Ends the COPY: the trailer, then the stream's end (the transaction around it commits the rows).</summary>
    public void Complete()
    {
        stream.Write([0xFF, 0xFF]);
        completed = true;
        stream.Dispose();
    }

    public void Dispose()
    {
        if (!completed)
        {
            // Disposing the raw stream would end the COPY as if complete; an interrupted load must not.
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
}
