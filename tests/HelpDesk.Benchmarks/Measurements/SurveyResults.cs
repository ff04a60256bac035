using System.Diagnostics;
using System.Globalization;
using HelpDesk.Benchmarks.Load;
using HelpDesk.Benchmarks.Running;

namespace HelpDesk.Benchmarks.Measurements;

// Measurement 6: GET /api/surveys/results (GetSurveyResults) as the results page and the reports ask for it.

/// <summary>The requests: the hot template by each kind of period and slice, the cold one by campaign; dates at the end of the history.</summary>
internal static class SurveyResultsRequests
{
    public const string Section = "6. Survey results";

    public static async Task<(string Variant, string Path)[]> LoadAsync(BenchContext context, CancellationToken ct)
    {
        async Task<Guid> Id(string sql)
        {
            await using var cmd = context.Database.CreateCommand(sql);
            return await cmd.ExecuteScalarAsync(ct) is Guid id ? id : throw new InvalidOperationException($"no survey data: {sql}");
        }

        var hot = await Id("SELECT id FROM surveys.templates WHERE purpose = 'hot' ORDER BY created_at, id LIMIT 1");
        var cold = await Id("SELECT id FROM surveys.templates WHERE purpose = 'cold' ORDER BY created_at, id LIMIT 1");
        // The last local day of the history (Bogotá, as the app's default zone).
        var day = DateOnly.FromDateTime(context.Options.Until.ToOffset(TimeSpan.FromHours(-5)).AddMinutes(-1).DateTime);
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var at = D(day);
        return
        [
            ("month", $"templateId={hot}&period=month&date={at}"),
            ("year", $"templateId={hot}&period=year&date={at}"),
            ("bimester by topic", $"templateId={hot}&period=bimester&date={at}&sliceBy=topic"),
            ("semester by area", $"templateId={hot}&period=semester&date={at}&sliceBy=area"),
            ("month by agent", $"templateId={hot}&period=month&date={at}&sliceBy=agent"),
            ("year by channel", $"templateId={hot}&period=year&date={at}&sliceBy=channel"),
            ("90-day range by segment", $"templateId={hot}&period=range&from={D(day.AddDays(-89))}&to={at}&sliceBy=segment"),
            ("week, hot only", $"templateId={hot}&period=week&date={at}&kind=hot"),
            ("day", $"templateId={hot}&period=day&date={at}"),
            ("cold year by campaign", $"templateId={cold}&period=year&date={at}&sliceBy=campaign"),
            ("year by agent", $"templateId={hot}&period=year&date={at}&sliceBy=agent"),
        ];
    }

    public static async Task<bool> SendAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri($"/api/surveys/results?{path}", UriKind.Relative), ct);
        return await Clients.EnsureOkAsync(response, ct);
    }
}

/// <summary>The results page's requests at 50 a second (open loop), as the administrator (a report reader).</summary>
internal sealed class SurveyResultsAtRate : FixedRateMeasurement
{
    private (string Variant, string Path)[] requests = [];

    public override string Section => SurveyResultsRequests.Section;

    protected override string Name => "survey results (GetSurveyResults: day to year and ranges, by nothing, topic, area, agent, channel, segment, campaign)";

    protected override double Rate => 50;

    protected override double TargetP95Ms => 200;

    protected override async Task PrepareAsync(BenchContext context, CancellationToken ct) =>
        requests = await SurveyResultsRequests.LoadAsync(context, ct);

    protected override string Variant(BenchContext context, long i) => requests[i % requests.Length].Variant;

    protected override Task<bool> SendAsync(BenchContext context, long i, CancellationToken ct) =>
        SurveyResultsRequests.SendAsync(context.Admin, requests[i % requests.Length].Path, ct);
}

/// <summary>
/// Each kind of results request alone, one at a time (nothing else running): its own time, cold for the first and
/// warm after. The target for the largest department (20 million tickets) is under a second.
/// </summary>
internal sealed class SurveyResultsOneAtATime : IMeasurement
{
    public string Section => SurveyResultsRequests.Section;

    public async Task RunAsync(BenchContext context, CancellationToken ct)
    {
        var requests = await SurveyResultsRequests.LoadAsync(context, ct);
        var repeats = context.Options.Smoke ? 2 : 6;
        Console.WriteLine($"survey results one at a time, {repeats} of each of {requests.Length} kinds ...");
        var all = new Latencies();
        var lines = new List<string>();
        var total = Stopwatch.StartNew();
        foreach (var (variant, path) in requests)
        {
            var times = new List<double>();
            for (var k = 0; k < repeats; k++)
            {
                var watch = Stopwatch.StartNew();
                var ok = await SurveyResultsRequests.SendAsync(context.Admin, path, ct);
                watch.Stop();
                times.Add(watch.Elapsed.TotalMilliseconds);
                all.Record(watch.Elapsed);
                if (!ok)
                {
                    all.Error(variant);
                }
            }

            var warm = times.Skip(1).DefaultIfEmpty(times[0]).Order().ToList();
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"`{variant}` first {times[0]:0.0} / warm median {warm[warm.Count / 2]:0.0} / max {times.Max():0.0} ms"));
        }

        var summary = all.Summarise(total.Elapsed, 0);
        var breakdown = string.Join("; ", lines);
        Console.WriteLine($"    by kind: {breakdown}");
        context.Notes.Add($"- survey results one at a time ({context.Options.Tickets:N0} tickets), by kind of request: {breakdown}.");
        var largest = context.Options.Tickets >= 20_000_000;
        context.Add(new ResultRow(Section, $"survey results one at a time, {repeats} of each kind", summary, "< 1 s at 20,000,000 tickets",
            largest && !context.Options.Smoke ? summary.MaxMs < 1000 && summary.Errors == 0 : null));
    }
}
