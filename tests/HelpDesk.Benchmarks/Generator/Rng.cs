namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// xoshiro256** seeded through SplitMix64: fast, and the same sequence for the same seed on every machine and .NET
/// version (System.Random's seeded sequence is an implementation detail). One instance per chunk of tickets, seeded from
/// (seed, chunk), so chunks can be made in any order and the data set is still a pure function of the seed.
/// </summary>
internal struct Rng
{
    private ulong s0, s1, s2, s3;

    public Rng(ulong seed, ulong stream)
    {
        var x = seed ^ (stream * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>[0, 1)</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>[0, n)</summary>
    public int Next(int n) => (int)((NextULong() >> 33) * (ulong)n >> 31);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Log-normal minutes around a median (sigma in log space), at least 1.</summary>
    public double LogNormalMinutes(double median, double sigma)
    {
        // Box–Muller.
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Max(1, median * Math.Exp(sigma * z));
    }

    public void Fill(Span<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var v = NextULong();
            for (var k = 0; k < 8 && i < bytes.Length; k++, i++)
            {
                bytes[i] = (byte)(v >> (8 * k));
            }
        }
    }

    /// <summary>A UUIDv7 for the instant (as the app's Guid.CreateVersion7), with random bits from this generator.</summary>
    public Guid UuidV7(DateTimeOffset at)
    {
        Span<byte> b = stackalloc byte[16];
        var ms = (ulong)at.ToUnixTimeMilliseconds();
        var r1 = NextULong();
        var r2 = NextULong();
        b[0] = (byte)(ms >> 40);
        b[1] = (byte)(ms >> 32);
        b[2] = (byte)(ms >> 24);
        b[3] = (byte)(ms >> 16);
        b[4] = (byte)(ms >> 8);
        b[5] = (byte)ms;
        b[6] = (byte)(0x70 | ((r1 >> 8) & 0x0F));
        b[7] = (byte)r1;
        b[8] = (byte)(0x80 | ((r2 >> 56) & 0x3F));
        for (var k = 9; k < 16; k++)
        {
            b[k] = (byte)(r2 >> (8 * (15 - k)));
        }

        return new Guid(b, bigEndian: true);
    }
}

/// <summary>Picks from weighted items with a precomputed cumulative table (binary search).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public Weighted(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.ToList();
        items = [.. list.Select(w => w.Item)];
        cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            cumulative[i] = total;
        }

        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= total;
        }
    }

    public IReadOnlyList<T> Items => items;

    public T Pick(ref Rng rng)
    {
        var u = rng.NextDouble();
        var i = Array.BinarySearch(cumulative, u);
        if (i < 0)
        {
            i = ~i;
        }

        return items[Math.Min(i, items.Length - 1)];
    }
}
