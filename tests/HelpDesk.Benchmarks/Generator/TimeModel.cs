namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// When ticket i was created: contacts follow the contact centre's week (Mon–Fri 07:00–19:00 busiest, Saturday morning,
/// little at night and on Sundays, in Bogotá time) with mild growth over the months. Ticket i's instant is a pure
/// function of (seed, i) and grows with i, so any chunk can be made alone and ticket numbers follow creation order.
/// </summary>
internal sealed class TimeModel
{
    public static readonly TimeSpan Bogota = TimeSpan.FromHours(-5); // no DST in Colombia

    private readonly DateTimeOffset start;
    private readonly double[] cumulative; // per hour, normalised to 1
    private readonly long count;
    private readonly ulong seed;

    public TimeModel(DateTimeOffset start, DateTimeOffset until, long count, ulong seed)
    {
        this.start = start;
        this.count = count;
        this.seed = seed;
        var hours = (int)Math.Ceiling((until - start).TotalHours);
        cumulative = new double[hours];
        var total = 0.0;
        for (var h = 0; h < hours; h++)
        {
            var local = start.AddHours(h).ToOffset(Bogota);
            var growth = 1.0 + 0.01 * ((local - start).TotalDays / 30.0);
            total += Weight(local) * growth;
            cumulative[h] = total;
        }

        for (var h = 0; h < hours; h++)
        {
            cumulative[h] /= total;
        }
    }

    private static double Weight(DateTimeOffset local) => local.DayOfWeek switch
    {
        DayOfWeek.Sunday => 0.4,
        DayOfWeek.Saturday => local.Hour is >= 8 and < 13 ? 6 : 0.5,
        _ => local.Hour switch
        {
            >= 7 and < 19 => 10,
            >= 19 and < 22 => 2,
            _ => 0.3,
        },
    };

    public DateTimeOffset CreatedAt(long i)
    {
        var u = (i + Unit(i)) / count;
        var h = Array.BinarySearch(cumulative, u);
        if (h < 0)
        {
            h = ~h;
        }

        h = Math.Min(h, cumulative.Length - 1);
        var before = h == 0 ? 0 : cumulative[h - 1];
        var within = (u - before) / Math.Max(1e-12, cumulative[h] - before);
        var ticks = (long)(Math.Clamp(within, 0, 0.999999) * TimeSpan.TicksPerHour);
        // Whole milliseconds, as timestamptz keeps microseconds and the ids carry milliseconds.
        var at = start.AddHours(h).AddTicks(ticks);
        return new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public static int LocalYear(DateTimeOffset instant) => instant.ToOffset(Bogota).Year;

    /// <summary>Index of the first ticket created in the local year (or count if none).</summary>
    public long FirstOfYear(int year)
    {
        long lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (LocalYear(CreatedAt(mid)) >= year)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private double Unit(long i)
    {
        var z = (ulong)i * 0x9E3779B97F4A7C15UL ^ seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
