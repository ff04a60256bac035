using System.Buffers;
using System.Globalization;
using System.Text;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>Small JSON object writer for timeline event data (camelCase, as the app's JsonSerializerDefaults.Web).</summary>
internal sealed class Json
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    private readonly StringBuilder sb = new(512);
    private bool first;

    public Json Begin()
    {
        sb.Clear();
        sb.Append('{');
        first = true;
        return this;
    }

    private void Name(string name)
    {
        if (!first)
        {
            sb.Append(',');
        }

        first = false;
        sb.Append('"').Append(name).Append("\":");
    }

    public Json Str(string name, string? value)
    {
        Name(name);
        if (value is null)
        {
            sb.Append("null");
            return this;
        }

        sb.Append('"');
        if (value.AsSpan().IndexOfAny(Escaped) < 0)
        {
            // Most values need no escaping: one append instead of one per character.
            sb.Append(value).Append('"');
            return this;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        return this;
    }

    public Json Id(string name, Guid? value)
    {
        if (value is null)
        {
            return Raw(name, "null");
        }

        Name(name);
        Span<char> text = stackalloc char[36];
        value.Value.TryFormat(text, out _);
        sb.Append('"').Append(text).Append('"');
        return this;
    }

    public Json Bool(string name, bool value) => Raw(name, value ? "true" : "false");

    public Json Int(string name, int value) => Raw(name, value.ToString(CultureInfo.InvariantCulture));

    public Json Time(string name, DateTimeOffset value) => Str(name, value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));

    public Json Strings(string name, string[] values)
    {
        Name(name);
        sb.Append('[');
        for (var i = 0; i < values.Length; i++)
        {
            sb.Append(i == 0 ? "\"" : ",\"").Append(values[i]).Append('"');
        }

        sb.Append(']');
        return this;
    }

    private Json Raw(string name, string raw)
    {
        Name(name);
        sb.Append(raw);
        return this;
    }

    public string End()
    {
        sb.Append('}');
        return sb.ToString();
    }
}
