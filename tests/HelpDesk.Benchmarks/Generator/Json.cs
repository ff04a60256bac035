using System.Buffers;
using System.Globalization;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Small JSON object writer for timeline event data (camelCase, as the app's JsonSerializerDefaults.Web), writing the
/// UTF-8 text straight into a json field of a COPY buffer: Begin, the members, End.
/// </summary>
internal sealed class Json
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    private CopyBuffer b = null!;
    private int field;
    private bool first;

    /// <summary>Starts the object as the next (json) value of <paramref name="target"/>.</summary>
    public Json Begin(CopyBuffer target)
    {
        b = target;
        field = b.BeginField();
        b.Append((byte)'{');
        first = true;
        return this;
    }

    private void Name(ReadOnlySpan<byte> name)
    {
        if (!first)
        {
            b.Append((byte)',');
        }

        first = false;
        b.Append((byte)'"');
        b.Append(name);
        b.Append("\":"u8);
    }

    public Json Str(ReadOnlySpan<byte> name, string? value)
    {
        Name(name);
        if (value is null)
        {
            b.Append("null"u8);
            return this;
        }

        b.Append((byte)'"');
        if (value.AsSpan().IndexOfAny(Escaped) < 0)
        {
            // Most values need no escaping: one transcoding instead of one per character.
            b.AppendUtf8(value);
            b.Append((byte)'"');
            return this;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""u8); break;
                case '\\': b.Append("\\\\"u8); break;
                case '\n': b.Append("\\n"u8); break;
                case '\r': b.Append("\\r"u8); break;
                case '\t': b.Append("\\t"u8); break;
                default:
                    if (c < 0x20)
                    {
                        b.AppendUtf8($"\\u{(int)c:x4}");
                    }
                    else
                    {
                        b.AppendUtf8([c]);
                    }

                    break;
            }
        }

        b.Append((byte)'"');
        return this;
    }

    public Json Id(ReadOnlySpan<byte> name, Guid? value)
    {
        Name(name);
        if (value is null)
        {
            b.Append("null"u8);
            return this;
        }

        var span = b.Free(38);
        span[0] = (byte)'"';
        value.Value.TryFormat(span[1..], out _);
        span[37] = (byte)'"';
        b.Advance(38);
        return this;
    }

    public Json Bool(ReadOnlySpan<byte> name, bool value)
    {
        Name(name);
        b.Append(value ? "true"u8 : "false"u8);
        return this;
    }

    public Json Int(ReadOnlySpan<byte> name, int value)
    {
        Name(name);
        var span = b.Free(11);
        value.TryFormat(span, out var n, default, CultureInfo.InvariantCulture);
        b.Advance(n);
        return this;
    }

    public Json Time(ReadOnlySpan<byte> name, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out var n, "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        return Str(name, text[..n]);
    }

    private Json Str(ReadOnlySpan<byte> name, ReadOnlySpan<char> value)
    {
        // Only for the formatted times, which need no escaping.
        Name(name);
        b.Append((byte)'"');
        b.AppendUtf8(value);
        b.Append((byte)'"');
        return this;
    }

    /// <summary>A string member "[number] text" (an email subject): neither part needs escaping.</summary>
    public Json TicketSubject(ReadOnlySpan<byte> name, string number, ReadOnlySpan<byte> text)
    {
        Name(name);
        b.Append("\"["u8);
        b.AppendUtf8(number);
        b.Append("] "u8);
        b.Append(text);
        b.Append((byte)'"');
        return this;
    }

    public Json Strings(ReadOnlySpan<byte> name, string[] values)
    {
        Name(name);
        b.Append((byte)'[');
        for (var i = 0; i < values.Length; i++)
        {
            b.Append(i == 0 ? "\""u8 : ",\""u8);
            b.AppendUtf8(values[i]);
            b.Append((byte)'"');
        }

        b.Append((byte)']');
        return this;
    }

    public void End()
    {
        b.Append((byte)'}');
        b.EndField(field);
    }
}
