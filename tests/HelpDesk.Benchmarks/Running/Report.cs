using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using HelpDesk.Benchmarks.Generator;
using HelpDesk.Benchmarks.Measurements;

namespace HelpDesk.Benchmarks.Running;

/// <summary>The Markdown the run prints and writes to BENCHMARKS.md: machine, data, every figure, targets met or missed.</summary>
internal sealed partial class Report(BenchOptions options, BenchPaths paths)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string PostgresVersion { get; set; } = "";
    public GeneratedData? Generated { get; set; }
    public Dictionary<string, long> Sizes { get; set; } = [];
    public TimeSpan? StartupEmpty { get; set; }
    public TimeSpan StartupFull { get; set; }
    public double RssAtEndMb { get; set; }
    public double PeakRssUnderLoadMb { get; set; }
    public double PeakRssMb { get; set; }
    public TimeSpan Elapsed { get; set; }

    /// <summary>/proc/loadavg at the start and the end of the run: how busy the shared machine was.</summary>
    public string LoadAtStart { get; } = LoadAverage();

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
    public List<ResultRow> Rows { get; } = [];
    public List<string> Notes { get; } = [];

    private const double GeneratorTarget = 50_000;

    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| measurement | p50 ms | p95 ms | p99 ms | throughput | errors | target | met |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---|---|");
        string? section = null;
        foreach (var r in Rows)
        {
            if (r.Section != section)
            {
                section = r.Section;
                sb.AppendLine(CultureInfo.InvariantCulture, $"| *{section}* | | | | | | | |");
            }

            var l = r.Latency;
            var throughput = r.Unit == "pass" ? "" : l.TargetRate > 0 ? $"{l.Throughput:0.0} of {l.TargetRate:0} {r.Unit}" : $"{l.Throughput:0.0} {r.Unit}";
            var note = r.Note.Length > 0 ? $" ({r.Note})" : "";
            sb.AppendLine(Inv, $"| {r.Name}{note} | {l.P50Ms:0.0} | {l.P95Ms:0.0} | {l.P99Ms:0.0} | {throughput} | {l.Errors} | {r.Target} | {Met(r.Met)} |");
        }

        var g = Generated;
        sb.AppendLine(Inv, $"| *5. Start-up and memory* | | | | | | | |");
        if (StartupEmpty is { } empty)
        {
            sb.AppendLine(Inv, $"| start-up on an empty database (migrations + demo data), to /health/ready | | | | {empty.TotalSeconds:0.00} s | | | |");
        }

        sb.AppendLine(Inv, $"| start-up at {Count("tickets.tickets")} tickets, to /health/ready | | | | {StartupFull.TotalSeconds:0.00} s | | < 5 s | {Met(options.Smoke ? null : StartupFull.TotalSeconds < 5)} |");
        sb.AppendLine(Inv, $"| app peak resident memory under the load above (sampled every 100 ms) | | | | {PeakRssUnderLoadMb:0} MB | | < 400 MB | {Met(options.Smoke ? null : PeakRssUnderLoadMb < 400)} |");
        sb.AppendLine(Inv, $"| app peak resident memory since start (kernel VmHWM) / at the end | | | | {PeakRssMb:0} MB / {RssAtEndMb:0} MB | | | |");
        if (g is not null)
        {
            var copyRate = g.Tickets / g.CopyTime.TotalSeconds;
            var totalRate = g.Tickets / g.TotalTime.TotalSeconds;
            sb.AppendLine(Inv, $"| *Generator* | | | | | | | |");
            var written = options.ListsOnly ? "tickets and customers only (--lists-only; stories made in full)" : "tickets with their events, messages, legs, SLA clocks";
            if (!double.IsNaN(g.CopyCpuMicrosecondsPerTicket))
            {
                written += $"; {g.CopyCpuMicrosecondsPerTicket:0} µs of CPU per ticket, generator and PostgreSQL, on {Environment.ProcessorCount} cores";
            }

            var target = options.ListsOnly ? "" : "≥ 50,000 tickets/s";
            sb.AppendLine(Inv, $"| generate + binary COPY ({written}) | | | | {copyRate:N0} tickets/s | | {target} | {Met(options.Smoke || options.ListsOnly ? null : copyRate >= GeneratorTarget)} |");
            sb.AppendLine(Inv, $"| whole load incl. index rebuild, VACUUM ANALYZE and checks | | | | {totalRate:N0} tickets/s ({g.TotalTime.TotalSeconds:0} s) | | | |");
        }

        return sb.ToString();
    }

    private static string Met(bool? met) => met switch { true => "met", false => "**missed**", null => "—" };

    private string Count(string table) => Sizes.TryGetValue(table, out var n) ? n.ToString("N0", Inv) : "?";

    public string ToMarkdown()
    {
        if (options.ListsOnly)
        {
            return ListsOnlyMarkdown();
        }

        var sb = new StringBuilder();
        sb.AppendLine("# Benchmarks");
        sb.AppendLine();
        sb.AppendLine(Inv, $"Written by `./helpdesk bench{(options.Smoke ? " --smoke" : "")}` (tests/HelpDesk.Benchmarks) on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; the run took {Elapsed.TotalMinutes:0.0} minutes.");
        sb.AppendLine();
        sb.AppendLine("## Machine");
        sb.AppendLine();
        AppendMachine(sb);
        sb.AppendLine();
        sb.AppendLine("## Data");
        sb.AppendLine();
        if (Generated is { } g)
        {
            sb.AppendLine(Inv, $"- {g.Tickets:N0} tickets over {options.Months} months ({g.Start:yyyy-MM-dd} to {g.Until:yyyy-MM-dd}), seed {options.Seed}, data digest `{g.Digest}` (same seed, size and dates give the same digest)");
            sb.AppendLine(Inv, $"- generated in {g.TotalTime.TotalSeconds:0} s: COPY {g.CopyTime.TotalSeconds:0.0} s ({g.Tickets / g.CopyTime.TotalSeconds:N0} tickets/s), index rebuild {g.IndexTime.TotalSeconds:0.0} s, VACUUM ANALYZE {g.AnalyzeTime.TotalSeconds:0.0} s, checks (foreign keys, numbers, search vectors, SLA clocks and views) the rest");
            sb.AppendLine(Inv, $"- open backlog: about {options.OpenBacklog:N0} of the most recent tickets' stories stop before the answer (--open-backlog; a holding reply, some waiting on the customer or on an area), so their clocks run at the end of the history");
            foreach (var note in g.Notes)
            {
                sb.AppendLine(Inv, $"- {note}");
            }
        }

        sb.AppendLine(Inv, $"- rows: {string.Join(", ", Sizes.Where(s => s.Key.Contains('.', StringComparison.Ordinal) && s.Key != "database bytes").Select(s => $"{s.Key} {s.Value:N0}"))}");
        sb.AppendLine(Inv, $"- open tickets {Count("open tickets")}, escalated tickets {Count("escalated tickets")}, open legs {Count("open legs")}; database {Sizes.GetValueOrDefault("database bytes") / 1024.0 / 1024 / 1024:0.0} GB");
        sb.AppendLine("- mixes: channels phone 70 %, mailbox 13 %, walk-in 11 %, web 5 %, partner 1 %; types claim 32 %, complaint 24 %, petition 18 %, information 14 %, suggestion 6 %, compliment 6 %; topics 1/rank^1.1 over the demo catalogue; about a third escalated (15 % of answers rejected and re-escalated, a few up to the manager); ~42 % of phone and walk-in contacts answered at first contact");
        sb.AppendLine();
        sb.AppendLine("## Results");
        sb.AppendLine();
        sb.AppendLine("Reads run open-loop at a fixed rate (latency counted from each request's intended send time, HdrHistogram); creation runs closed-loop at rising concurrency until p99 passes 100 ms, each level for "
                      + $"{options.CreateDuration.TotalSeconds:0} s, beside plain SQL writing the same rows from as many connections. Reads: {options.ReadDuration.TotalSeconds:0} s each after {options.Warmup.TotalSeconds:0} s of warm-up.");
        sb.AppendLine();
        sb.Append(Table());
        var scale = Path.Combine(paths.Root, "tests", "HelpDesk.Benchmarks", "SCALE-20M.md");
        if (options.Smoke || !File.Exists(scale))
        {
            sb.AppendLine();
            sb.AppendLine("Not measured yet: the 20-million-ticket figures "
                          + "(`./helpdesk bench --tickets 20000000` would take about an hour to generate here and ~110 GB of disk at 5.5 GB per million tickets, more than this machine has free).");
        }

        foreach (var note in Notes)
        {
            sb.AppendLine();
            sb.AppendLine(note);
        }

        if (!options.Smoke && File.Exists(scale))
        {
            // Written by ./helpdesk bench --tickets 20000000 --lists-only; its first line is the section's heading.
            sb.AppendLine();
            sb.Append(File.ReadAllText(scale));
        }

        var findings = Path.Combine(paths.Root, "tests", "HelpDesk.Benchmarks", "FINDINGS.md");
        if (!options.Smoke && File.Exists(findings))
        {
            sb.AppendLine();
            sb.Append(File.ReadAllText(findings));
        }

        return sb.ToString();
    }

    private void AppendMachine(StringBuilder sb)
    {
        sb.AppendLine(Inv, $"- {Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGb():0.0} GB memory, {RuntimeInformation.OSDescription}");
        sb.AppendLine(Inv, $"- PostgreSQL {PostgresVersion} (private cluster, durability off for the benchmark: fsync, synchronous_commit and full_page_writes off, which `./helpdesk run` keeps on; shared_buffers 256MB), .NET {Environment.Version}");
        sb.AppendLine(Inv, $"- The app, PostgreSQL and the load driver share these cores, and other work ran on the machine at the same time (load average {LoadAtStart} at the start, {LoadAverage()} at the end): figures are noisy; compare runs with care.");
        sb.AppendLine("- The app runs as `./helpdesk run` runs it (Release build, demo mode, Hangfire jobs on), with its rate limits raised so the benchmark measures capacity rather than the limiter.");
    }

    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static double MemoryGb()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], Inv) / 1024.0 / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
