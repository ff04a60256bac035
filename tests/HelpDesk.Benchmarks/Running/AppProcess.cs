using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HelpDesk.Benchmarks.Running;

/// <summary>
/// The built HelpDesk.Api started as ./helpdesk run starts it (dotnet HelpDesk.Api.dll, demo mode, its own data folder),
/// on a free loopback port. Knows its start-up time (process start to /health/ready) and samples its resident memory
/// from /proc while it runs.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly CancellationTokenSource sampling = new();
    private Task? sampler;
    private long peakSampledRssKb;

    private AppProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public TimeSpan StartupTime { get; private set; }

    /// <summary>When the process was started (UTC).</summary>
    public DateTime StartedAtUtc { get; private set; } = DateTime.UtcNow;

    public int Pid => process.Id;

    public static async Task<AppProcess> StartAsync(BenchPaths paths, string connectionString, string logName, CancellationToken ct)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [paths.ApiDll, "--contentRoot", Path.Combine(paths.Root, "api", "HelpDesk.Api"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = paths.Root,
        };
        var env = start.Environment;
        env["ConnectionStrings__HelpDesk"] = connectionString;
        env["HelpDesk__Demo"] = "true";
        env["HelpDesk__SpaPath"] = Path.Combine(paths.Root, "web-client", "dist");
        env["HelpDesk__Email__DropFolder"] = Path.Combine(paths.DataDirectory, "mail");
        env["HelpDesk__Email__PublicBaseUrl"] = $"http://localhost:{port}";
        // The benchmark measures capacity, not the rate limiter: one client IP and a few keys send everything.
        env["HelpDesk__RateLimits__LoginPerMinute"] = "100000";
        env["HelpDesk__RateLimits__ApiKeyPerMinute"] = "1000000";
        env["HelpDesk__RateLimits__PublicPerMinute"] = "100000";
        env["Logging__Console__FormatterName"] = "simple";
        env["Logging__LogLevel__Default"] = "Warning";
        env["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env.Remove("DOTNET_gcServer");

        var logWriter = new StreamWriter(Path.Combine(paths.DataDirectory, logName), append: true) { AutoFlush = true };
        var watch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        var app = new AppProcess(process, logWriter, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Log(e.Data);
        process.ErrorDataReceived += (_, e) => app.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeSpan.FromSeconds(180);
        while (watch.Elapsed < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {process.ExitCode} during start-up; see {Path.Combine(paths.DataDirectory, logName)}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    app.StartupTime = watch.Elapsed;
                    app.sampler = app.SampleMemoryAsync(app.sampling.Token);
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            await Task.Delay(20, ct);
        }

        await app.DisposeAsync();
        throw new TimeoutException($"the app was not ready within {deadline.TotalSeconds} s");
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>Resident set size now, in MB (VmRSS of /proc/pid/status).</summary>
    public double RssMb => ReadStatusKb("VmRSS:") / 1024.0;

    /// <summary>The kernel's high-water mark of the resident set (VmHWM), in MB: the true peak since the process started.</summary>
    public double PeakRssMb => Math.Max(ReadStatusKb("VmHWM:"), Interlocked.Read(ref peakSampledRssKb)) / 1024.0;

    /// <summary>Resets the sampled peak (the kernel's VmHWM cannot be reset from outside; it includes start-up).</summary>
    public double SampledPeakRssMb => Interlocked.Read(ref peakSampledRssKb) / 1024.0;

    private async Task SampleMemoryAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var kb = ReadStatusKb("VmRSS:");
            if (kb > Interlocked.Read(ref peakSampledRssKb))
            {
                Interlocked.Exchange(ref peakSampledRssKb, kb);
            }

            try
            {
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private long ReadStatusKb(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await sampling.CancelAsync();
        if (sampler is not null)
        {
            await sampler;
        }

        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
        sampling.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Where things are: the repository, the built API, the bench's data folder.</summary>
internal sealed record BenchPaths(string Root, string ApiDll, string DataDirectory)
{
    public string ClusterDirectory => Path.Combine(DataDirectory, "pg");
}
