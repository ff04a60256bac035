using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HelpDesk.Migrations;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own PostgreSQL binaries (initdb, pg_ctl), on a loopback port.
/// ./helpdesk run uses one under .data/pg; the tests and the benchmark use a throwaway one.
/// initdb refuses to run as root, so as root the cluster is owned and run by the postgres OS user.
/// </summary>
public sealed class LocalPostgresCluster
{
    private const string Superuser = "helpdesk";

    private readonly string binDirectory;

    public LocalPostgresCluster(string dataDirectory)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        binDirectory = FindBinDirectory()
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found: install them with 'apt-get install postgresql' or set HELPDESK_PG_BIN to their folder.");
    }

    public string DataDirectory { get; }

    public int Port { get; private set; }

    public string ConnectionString(string database = "helpdesk") =>
        $"Host=127.0.0.1;Port={Port};Username={Superuser};Database={database};Include Error Detail=true;Maximum Pool Size=50";

    /// <summary>
    /// The same database over the server's Unix socket: cheaper than loopback TCP for bulk transfers (the benchmark's
    /// COPY). Null when the socket's path is too long for the system (108 bytes on Linux); use TCP then.
    /// </summary>
    public string? UnixSocketConnectionString(string database = "helpdesk") =>
        Path.Combine(SocketDirectory, $".s.PGSQL.{Port}").Length < 108
            ? $"Host={SocketDirectory};Port={Port};Username={Superuser};Database={database};Include Error Detail=true;Maximum Pool Size=50"
            : null;

    private string SocketDirectory => Path.Combine(DataDirectory, "socket");

    private static bool RunningAsRoot => Environment.UserName == "root";

    public static string? FindBinDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("HELPDESK_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "initdb")))
        {
            return fromEnvironment;
        }

        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>
    /// Initialises the cluster on first use, then starts it on a free loopback port (or the given one). A server a crashed
    /// run left running on this folder is stopped first, so a start always recovers by itself.
    /// </summary>
    /// <param name="settings">More server settings for this start only (name, value), e.g. the benchmark's bulk-load settings.</param>
    /// <param name="durable">
    /// True (the default, what <c>./helpdesk run</c> uses): PostgreSQL's own durability, an acknowledged ticket survives a
    /// crash of the machine. False for throwaway data (the tests, the benchmark's load): fsync, synchronous commit and full
    /// page writes off.
    /// </param>
    public void Start(int? port = null, IReadOnlyDictionary<string, string>? settings = null, bool durable = true)
    {
        Port = port ?? FreePort();
        Directory.CreateDirectory(Path.GetDirectoryName(DataDirectory)!);
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            Initialise(durable);
        }

        Directory.CreateDirectory(SocketDirectory);
        GiveToPostgresUser(SocketDirectory);

        StopLeftoverServer();
        var logFile = Path.Combine(DataDirectory, "server.log");
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={SocketDirectory} " +
                      "-c max_connections=200 -c shared_buffers=256MB" +
                      (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off") +
                      string.Concat((settings ?? new Dictionary<string, string>()).Select(s => $" -c {s.Key}={s.Value}"));
        Run(Path.Combine(binDirectory, "pg_ctl"), ["-D", DataDirectory, "-l", logFile, "-o", options, "-w", "-t", "60", "start"]);
    }

    /// <summary>A server still running on this folder (its run was killed before it could stop it) is stopped.</summary>
    private void StopLeftoverServer()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid"))
            && Run(Path.Combine(binDirectory, "pg_ctl"), ["-D", DataDirectory, "status"], throwOnFailure: false) == 0)
        {
            Stop();
        }
    }

    public void Stop()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            Run(Path.Combine(binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);
        }
    }

    public void Delete()
    {
        Stop();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private void Initialise(bool durable)
    {
        Directory.CreateDirectory(DataDirectory);
        GiveToPostgresUser(DataDirectory);
        Run(Path.Combine(binDirectory, "initdb"),
            ["-D", DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", .. durable ? Array.Empty<string>() : ["--no-sync"]]);
    }

    private static void GiveToPostgresUser(string directory)
    {
        if (RunningAsRoot)
        {
            Run("chown", ["-R", "postgres:postgres", directory], asPostgres: false);
        }
    }

    private static int Run(string file, IReadOnlyList<string> arguments, bool asPostgres = true, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Relative paths are not used; a neutral working directory keeps the postgres user able to start.
            WorkingDirectory = "/",
        };
        if (asPostgres && RunningAsRoot)
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = file;
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnFailure)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }

        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
