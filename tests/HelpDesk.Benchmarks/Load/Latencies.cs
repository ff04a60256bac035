using HdrHistogram;

namespace HelpDesk.Benchmarks.Load;

/// <summary>Latency percentiles, throughput and errors of one run of requests.</summary>
internal sealed record LatencySummary(double P50Ms, double P95Ms, double P99Ms, double MaxMs, long Count, long Errors, double Throughput, double TargetRate, TimeSpan Duration)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>Records latencies (microseconds, HdrHistogram, 3 significant digits) and errors from many threads.</summary>
internal sealed class Latencies
{
    private readonly LongConcurrentHistogram histogram = new(1, 120_000_000, 3);
    private long errors;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> errorSamples = new();

    public void Record(TimeSpan latency) => histogram.RecordValue(Math.Clamp((long)(latency.Ticks / 10), 1, 120_000_000));

    public void Error(string what)
    {
        Interlocked.Increment(ref errors);
        if (errorSamples.Count < 5)
        {
            errorSamples.Enqueue(what);
        }
    }

    public long Count => histogram.TotalCount;

    public long Errors => Interlocked.Read(ref errors);

    public IEnumerable<string> ErrorSamples => errorSamples;

    public LatencySummary Summarise(TimeSpan duration, double targetRate)
    {
        double Ms(double percentile) => histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;
        return new LatencySummary(Ms(50), Ms(95), Ms(99), histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0,
            histogram.TotalCount, Errors, (histogram.TotalCount + Errors) / Math.Max(0.001, duration.TotalSeconds), targetRate, duration);
    }
}
