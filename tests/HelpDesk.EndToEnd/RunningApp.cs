using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HelpDesk.Migrations;

namespace HelpDesk.EndToEnd;

/// <summary>How <c>./helpdesk run</c> ended.</summary>
/// <param name="ExitCode">The script's exit code.</param>
/// <param name="EndedOnInterrupt">True when SIGINT alone ended it; false when SIGTERM or a kill was needed (or it had already died).</param>
/// <param name="Elapsed">From sending SIGINT to the script's exit.</param>
/// <param name="Account">What happened, for assertion messages.</param>
internal sealed record StopResult(int ExitCode, bool EndedOnInterrupt, TimeSpan Elapsed, string Account);

/// <summary>
/// The app as a user starts it: <c>./helpdesk run</c> (demo mode, private PostgreSQL, SPA served by the API), on a free
/// port with its own data folder, using the binaries the test run already built. Stopped with SIGINT, like Ctrl-C.
/// </summary>
internal sealed class RunningApp
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TerminateGrace = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly ConcurrentQueue<string> recentOutput = new();
    private StopResult? stopped;

    private RunningApp(Process process, string dataDirectory, Uri baseAddress)
    {
        this.process = process;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The HELPDESK_DATA_DIR of this run (unique per run, under the temp folder).</summary>
    public string DataDirectory { get; }

    public string PostgresPidFile => Path.Combine(DataDirectory, "pg", "postmaster.pid");

    /// <summary>The last lines the script printed, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', recentOutput);

    /// <param name="dataDirectory">The data folder of an earlier run to start on again; a new one by default.</param>
    /// <param name="environment">Extra settings for the app (e.g. an SMTP server), as environment variables.</param>
    public static async Task<RunningApp> StartAsync(string? dataDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = RepositoryRoot();
        var port = FreePort();
        dataDirectory ??= Path.Combine(Path.GetTempPath(), $"helpdesk-e2e-{Guid.NewGuid().ToString("N")[..12]}");

        // A process started in the background by a non-interactive shell (CI, `dotnet test … &`, nohup) has SIGINT
        // ignored, children inherit that, and bash cannot trap a signal ignored on entry: Ctrl-C would do nothing.
        // A user's terminal delivers SIGINT with its default handling, so restore that (GNU env, coreutils >= 8.31).
        var start = new ProcessStartInfo("env", ["--default-signal=INT", "bash", Path.Combine(root, "helpdesk"), "run"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["HELPDESK_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["HELPDESK_DATA_DIR"] = dataDirectory;
        start.Environment["HELPDESK_SKIP_BUILD"] = "1";
        start.Environment["HELPDESK_CONFIGURATION"] = AppContext.BaseDirectory.Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        start.Environment.Remove("ConnectionStrings__HelpDesk");
        start.Environment.Remove("HelpDesk__Demo");
        // One log line per request would bury the rest of the test output; start-up, errors and warnings still show.
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start ./helpdesk run");
        var app = new RunningApp(process, dataDirectory, new Uri($"http://localhost:{port}"));
        process.OutputDataReceived += (_, e) => app.Log(e.Data);
        process.ErrorDataReceived += (_, e) => app.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                throw new InvalidOperationException(
                    $"./helpdesk run exited with {process.ExitCode} during start-up. Its last lines:\n{app.RecentOutput}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        await app.StopAsync();
        throw new TimeoutException($"./helpdesk run was not ready within {StartTimeout.TotalSeconds} s. Its last lines:\n{app.RecentOutput}");
    }

    /// <summary>
    /// Sends SIGINT (what Ctrl-C sends) and waits for the script to stop the app and the database. If SIGINT is still
    /// not obeyed after 30 s, falls back to SIGTERM and then a kill, so nothing is left running, and says so in the
    /// result (<see cref="StopResult.EndedOnInterrupt"/> is then false). Idempotent.
    /// </summary>
    public async Task<StopResult> StopAsync()
    {
        if (stopped is not null)
        {
            return stopped;
        }

        var watch = Stopwatch.StartNew();
        if (process.HasExited)
        {
            await process.WaitForExitAsync();
            return stopped = new StopResult(process.ExitCode, false, watch.Elapsed, $"the script had already exited with {process.ExitCode} before SIGINT");
        }

        var signalHandling = SignalHandling(process.Id);
        await SendSignalAsync("INT");
        if (await WaitForExitAsync(InterruptGrace))
        {
            return stopped = new StopResult(process.ExitCode, true, watch.Elapsed, $"SIGINT ended the script in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var account = $"SIGINT was not obeyed within {InterruptGrace.TotalSeconds} s ({signalHandling})";
        await SendSignalAsync("TERM");
        if (!await WaitForExitAsync(TerminateGrace))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            account += $"; SIGTERM neither within {TerminateGrace.TotalSeconds} s, so the process tree was killed";
        }
        else
        {
            account += "; SIGTERM ended it";
        }

        return stopped = new StopResult(process.ExitCode, false, watch.Elapsed, account);
    }

    /// <summary>Kills the API process with SIGKILL, as a crash would; the script is left to notice.</summary>
    public void CrashTheApi()
    {
        var api = LeftoverProcesses().Where(p => p.Contains("HelpDesk.Api.dll", StringComparison.Ordinal)).ToList();
        Assert.That(api, Has.Count.EqualTo(1), "the API process of this run");
        Process.GetProcessById(int.Parse(api[0].Split(':')[0], CultureInfo.InvariantCulture)).Kill();
    }

    /// <summary>Kills the script and the API with SIGKILL, so no clean-up runs (the private PostgreSQL keeps running).</summary>
    public async Task CrashEverythingButTheDatabaseAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Waits for the script to exit by itself; false if it is still running after the timeout.</summary>
    public Task<bool> ExitsWithinAsync(TimeSpan timeout) => WaitForExitAsync(timeout);

    /// <summary>Stops whatever is still running (the script, else the private PostgreSQL) and deletes the data folder.</summary>
    public async Task DeleteDataAsync()
    {
        await StopAsync();
        if (File.Exists(PostgresPidFile))
        {
            try
            {
                new LocalPostgresCluster(Path.Combine(DataDirectory, "pg")).Stop();
            }
            catch (InvalidOperationException e)
            {
                TestContext.Progress.WriteLine($"[app] could not stop the private PostgreSQL: {e.Message}");
            }
        }

        DeleteData();
    }

    public void DeleteData()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Processes still running with this run's data folder or port on their command line (app, PostgreSQL).</summary>
    public IReadOnlyList<string> LeftoverProcesses()
    {
        string[] marks = [DataDirectory, $"localhost:{BaseAddress.Port}"];
        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ').Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // it ended while we looked
            }

            if (marks.Any(m => commandLine.Contains(m, StringComparison.Ordinal)))
            {
                found.Add($"{pid}: {commandLine}");
            }
        }

        return found;
    }

    public static bool PortAnswers(Uri address)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(address.Host, address.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        TestContext.Progress.WriteLine("[app] " + line);
        recentOutput.Enqueue(line);
        while (recentOutput.Count > 40)
        {
            recentOutput.TryDequeue(out _);
        }
    }

    private async Task SendSignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    private async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The script's ignored and caught signal masks, to explain an ignored SIGINT.</summary>
    private static string SignalHandling(int pid)
    {
        try
        {
            var lines = File.ReadAllLines($"/proc/{pid}/status")
                .Where(l => l.StartsWith("SigIgn:", StringComparison.Ordinal) || l.StartsWith("SigCgt:", StringComparison.Ordinal));
            return string.Join(", ", lines.Select(l => l.Replace('\t', ' ')));
        }
        catch (IOException)
        {
            return "signal masks unknown";
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "helpdesk")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("./helpdesk not found above the test binaries");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
