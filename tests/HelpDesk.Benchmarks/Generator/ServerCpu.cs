using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// CPU time used by the PostgreSQL server (the postmaster, its live children, and the children it has already reaped),
/// read from /proc: the generator's log reports it next to its own, so a run's CPU per ticket needs no outside sampling.
/// Only for a server on this machine (the bench's private cluster); elsewhere it reports nothing.
/// </summary>
internal sealed class ServerCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly int postmaster;

    private ServerCpu(int postmaster) => this.postmaster = postmaster;

    public static async Task<ServerCpu?> FindAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await cmd.ExecuteScalarAsync(ct))!;
        return Stat(backend) is { } stat && Stat(stat.Parent) is not null ? new ServerCpu(stat.Parent) : null;
    }

    /// <summary>Seconds of CPU the server has used so far.</summary>
    public double Seconds()
    {
        var total = 0L;
        if (Stat(postmaster) is { } own)
        {
            total += own.Self + own.Children;
        }

        foreach (var dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && pid != postmaster && Stat(pid) is { } s && s.Parent == postmaster)
            {
                total += s.Self;
            }
        }

        return total / TicksPerSecond;
    }

    /// <summary>Seconds of CPU one server process (a connection's backend) has used so far; NaN when unknown.</summary>
    public static double ProcessSeconds(int pid) => Stat(pid) is { } s ? s.Self / TicksPerSecond : double.NaN;

    /// <summary>From /proc/PID/stat: the parent, utime + stime, cutime + cstime (in clock ticks).</summary>
    private static (int Parent, long Self, long Children)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its closing one.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state): ppid is field 4, utime..cstime are fields 14..17.
        return (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture));
    }
}
