using System.Globalization;

namespace HelpDesk.Benchmarks.Running;

/// <summary>Command line of ./helpdesk bench.</summary>
internal sealed record BenchOptions
{
    public long Tickets { get; init; } = 1_000_000;
    public int? MonthsGiven { get; init; }
    public ulong Seed { get; init; } = 42;
    public DateTimeOffset Until { get; init; } = new(DateTime.UtcNow.Date, TimeSpan.Zero);
    public bool Smoke { get; init; }

    /// <summary>About this many tickets still open at Until, their clocks running (the breach check's load); default a fifth of the tickets, at most 200,000.</summary>
    public long? OpenBacklogGiven { get; init; }

    public long OpenBacklog => OpenBacklogGiven ?? Math.Min(200_000, Tickets / 5);
    public bool Keep { get; init; }
    public bool Reuse { get; init; }

    /// <summary>Generate the database and stop (with --keep, for --reuse or for looking at plans).</summary>
    public bool GenerateOnly { get; init; }
    public string? Output { get; init; }
    public string? DataDirectory { get; init; }
    public string Root { get; init; } = "";
    public string? ApiDll { get; init; }

    /// <summary>Run only the measurements whose section or name contains one of these words (e.g. "creation", "search"); empty: all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>
    /// Generate only what the queue list, filtered list and search read (customers and tickets) and run only those
    /// measurements: the 20-million-ticket figures in a database that fits this machine's disk.
    /// </summary>
    public bool ListsOnly { get; init; }

    /// <summary>Comfama's rate (≈ 310,000 contacts a month; 20 million tickets ≈ five years).</summary>
    public int Months => MonthsGiven ?? (int)Math.Max(1, Math.Ceiling(Tickets / 333_334.0));

    /// <summary>The size in a file name: 20M, 200K.</summary>
    public string SizeName => Tickets % 1_000_000 == 0 ? $"{Tickets / 1_000_000}M" : Tickets % 1_000 == 0 ? $"{Tickets / 1_000}K" : $"{Tickets}";

    public TimeSpan ReadDuration => Smoke ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(30);
    public TimeSpan Warmup => Smoke ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(5);
    public TimeSpan CreateDuration => Smoke ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(8);
    public int[] CreationLevels => Smoke ? [1, 2] : [1, 2, 4, 8, 16, 32, 64];

    public const string Usage = """
        usage: ./helpdesk bench [--tickets N] [--open-backlog N] [--months M] [--seed S] [--until YYYY-MM-DD] [--smoke] [--keep] [--reuse] [--lists-only] [--out FILE]
          --tickets N   tickets to generate (default 1,000,000; 20,000,000 is five years of a Comfama-sized department)
          --open-backlog N  about N tickets still open at the end, clocks running (default: a fifth of the tickets, at most 200,000; 0: none)
          --months M    months of history (default: N / 333,334, at least 1)
          --seed S      the data set is a pure function of seed, size, months and --until (default 42)
          --until DATE  end of the generated history (default: today, UTC)
          --smoke       tiny data and a few seconds per measurement: checks that the benchmark works (./helpdesk test runs it)
          --keep        keep the database (under .data/bench) and leave it stopped
          --reuse       reuse the database a previous --keep run generated with the same parameters
          --generate-only  generate the database and stop (with --keep: keep it for --reuse or for EXPLAIN)
          --only WORDS  run only the measurements whose name contains one of these comma-separated words (e.g. creation,search)
          --lists-only  write only customers and tickets (no timeline, messages, legs, clocks) and the surveys made from them, and
                        measure only the queue list, filtered list, search and survey results: ~1.5 GB per million tickets
                        instead of 5.5 (for --tickets 20000000 on this disk)
          --out FILE    where the report goes (default BENCHMARKS.md at the repository root; .data/bench/BENCHMARKS.md with --smoke;
                        tests/HelpDesk.Benchmarks/SCALE-<N>.md with --lists-only, e.g. SCALE-20M.md)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--tickets" => o with { Tickets = long.Parse(Next().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) },
                "--months" => o with { MonthsGiven = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = ulong.Parse(Next(), CultureInfo.InvariantCulture) },
                "--until" => o with { Until = new DateTimeOffset(DateTime.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero) },
                "--smoke" => o with { Smoke = true },
                "--open-backlog" => o with { OpenBacklogGiven = long.Parse(Next().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) },
                "--keep" => o with { Keep = true },
                "--reuse" => o with { Reuse = true, Keep = true },
                "--out" => o with { Output = Next() },
                "--generate-only" => o with { GenerateOnly = true },
                "--lists-only" => o with { ListsOnly = true },
                "--data-dir" => o with { DataDirectory = Next() },
                "--root" => o with { Root = Next() },
                "--api-dll" => o with { ApiDll = Next() },
                "--only" => o with { Only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (o.Smoke && !args.Contains("--tickets"))
        {
            o = o with { Tickets = 3_000 };
        }

        if (o.Tickets < 100)
        {
            throw new ArgumentException("--tickets must be at least 100");
        }

        return o;
    }
}
