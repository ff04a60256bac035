using System.Diagnostics;

namespace HelpDesk.Benchmarks.Load;

/// <summary>
/// The two ways the benchmark loads the app.
/// Open loop (fixed rate): request i is due at start + i / rate and is sent then whatever happened to the earlier ones;
/// its latency counts from that intended send time, so a stall shows as the latency of every request it delayed
/// (no coordinated omission). Closed loop (fixed concurrency): each worker sends its next request when the previous one
/// answers; used for "how many creations per second at this concurrency".
/// A request returns true when it succeeded; false or an exception counts as an error (its time is still recorded).
/// </summary>
internal static class LoadDriver
{
    /// <summary>Requests still unanswered beyond this count are not sent (and count as errors): the app has fallen over.</summary>
    private const int MaxInFlight = 2000;

    /// <summary>Runs at the rate; also returns the latencies per variant (variantOf names the kind of request i is).</summary>
    public static async Task<(LatencySummary All, IReadOnlyDictionary<string, LatencySummary> ByVariant)> OpenLoopAsync(
        double rate, TimeSpan duration, TimeSpan warmup, Func<long, Task<bool>> request, Func<long, string> variantOf, CancellationToken ct)
    {
        if (warmup > TimeSpan.Zero)
        {
            await RunOpenLoopAsync(rate, warmup, request, new Latencies(), null, ct);
        }

        var latencies = new Latencies();
        var variants = new System.Collections.Concurrent.ConcurrentDictionary<string, Latencies>();
        var elapsed = await RunOpenLoopAsync(rate, duration, request, latencies, i => variants.GetOrAdd(variantOf(i), _ => new Latencies()), ct);
        return (latencies.Summarise(elapsed, rate), variants.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value.Summarise(elapsed, 0)));
    }

    private static async Task<TimeSpan> RunOpenLoopAsync(
        double rate, TimeSpan duration, Func<long, Task<bool>> request, Latencies latencies, Func<long, Latencies>? variant, CancellationToken ct)
    {
        var total = (long)Math.Round(rate * duration.TotalSeconds);
        var inFlight = new List<Task>((int)Math.Min(total, 100_000));
        var pending = 0;
        var clock = Stopwatch.StartNew();
        for (long i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1.5))
            {
                await Task.Delay(wait - TimeSpan.FromMilliseconds(1), ct);
            }

            while (clock.Elapsed < due)
            {
                Thread.SpinWait(50);
            }

            if (Volatile.Read(ref pending) >= MaxInFlight)
            {
                latencies.Error("too many requests in flight");
                continue;
            }

            Interlocked.Increment(ref pending);
            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                var kind = variant?.Invoke(index);
                try
                {
                    var ok = await request(index);
                    latencies.Record(clock.Elapsed - due);
                    kind?.Record(clock.Elapsed - due);
                    if (!ok)
                    {
                        latencies.Error("request failed");
                    }
                }
#pragma warning disable CA1031 // Any failure of a request is an error of the run, counted and sampled.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    latencies.Record(clock.Elapsed - due);
                    kind?.Record(clock.Elapsed - due);
                    kind?.Error(e.Message);
                    latencies.Error(e.GetType().Name + ": " + e.Message);
                }
                finally
                {
                    Interlocked.Decrement(ref pending);
                }
            }, ct));
        }

        await Task.WhenAll(inFlight);
        PrintErrors(latencies);
        return clock.Elapsed;
    }

    public static async Task<LatencySummary> ClosedLoopAsync(int concurrency, TimeSpan duration, Func<int, long, Task<bool>> request, CancellationToken ct)
    {
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            long n = 0;
            while (clock.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                try
                {
                    var ok = await request(worker, n++);
                    latencies.Record(clock.Elapsed - started);
                    if (!ok)
                    {
                        latencies.Error("request failed");
                    }
                }
#pragma warning disable CA1031
                catch (Exception e)
#pragma warning restore CA1031
                {
                    latencies.Record(clock.Elapsed - started);
                    latencies.Error(e.GetType().Name + ": " + e.Message);
                }
            }
        }, ct)).ToArray();
        await Task.WhenAll(workers);
        PrintErrors(latencies);
        return latencies.Summarise(clock.Elapsed, 0);
    }

    private static void PrintErrors(Latencies latencies)
    {
        foreach (var sample in latencies.ErrorSamples)
        {
            Console.WriteLine($"    error: {sample}");
        }
    }
}
