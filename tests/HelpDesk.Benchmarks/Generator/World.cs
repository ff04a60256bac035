namespace HelpDesk.Benchmarks.Generator;

/// <summary>What every ticket story draws from: the demo catalogue read from the database, the generated staff, partners and customers.</summary>
internal sealed class World
{
    public required ulong Seed { get; init; }
    public required long TicketCount { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset Until { get; init; }

    /// <summary>The SLA policies and calendars (clocks are written as the Sla module would).</summary>
    public required SlaModel Sla { get; init; }

    /// <summary>Tickets from this index on may stall (the open backlog): still open at Until, clocks running.</summary>
    public long BacklogFrom { get; init; } = long.MaxValue;
    public required TimeModel Time { get; init; }
    public required SearchVectors Vectors { get; init; }
    public required AreaInfo[] Areas { get; init; }
    public required TopicInfo[] Topics { get; init; }

    /// <summary>Matrix row of each topic after the parent fallback (the demo matrix has a row per top-level topic).</summary>
    public required Dictionary<Guid, MatrixInfo> MatrixByTopic { get; init; }

    public required StaffUser[] FrontLine { get; init; }
    public required StaffUser[] BackOffice { get; init; }
    public required Dictionary<Guid, StaffUser[]> RespondersByArea { get; init; }
    public required (Guid Id, string Name)[] Partners { get; init; }
    public required CustomerInfo[] Customers { get; init; }
    public required Dictionary<int, long> FirstTicketOfYear { get; init; }

    public static readonly Weighted<string> Channels = new([("phone", 70), ("mailbox", 13), ("walk_in", 11), ("web", 5), ("partner", 1)]);

    /// <summary>Claims and complaints dominate (the semiannual comments report's columns).</summary>
    public static readonly Weighted<string> Types = new([("claim", 32), ("complaint", 24), ("petition", 18), ("information", 14), ("suggestion", 6), ("compliment", 6)]);

    public static readonly Weighted<string> Priorities = new([("normal", 75), ("high", 15), ("low", 7), ("urgent", 3)]);

    public static readonly Weighted<string> Resolutions = new([("answered", 40), ("favourable", 25), ("unfavourable", 12), ("information_given", 20), ("not_applicable", 2), ("duplicate", 1)]);

    /// <summary>Long tail: topic popularity falls as 1/rank^1.1 over a seed-shuffled order of the demo topics.</summary>
    public Weighted<TopicInfo> TopicPopularity { get; private set; } = null!;

    public void Prepare()
    {
        var rng = new Rng(Seed, 77);
        var shuffled = Topics.OrderBy(t => t.Code, StringComparer.Ordinal).ToArray();
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        TopicPopularity = new Weighted<TopicInfo>(shuffled.Select((t, rank) => (t, 1.0 / Math.Pow(rank + 1, 1.1))));
    }

    public static string TicketNumber(int year, long n) => $"PQRS-{year}-{(n < 1_000_000 ? n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) : n.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
