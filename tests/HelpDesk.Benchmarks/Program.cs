using HelpDesk.Benchmarks.Running;

// ./helpdesk bench: see BenchOptions.Usage.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var root = options.Root.Length > 0 ? Path.GetFullPath(options.Root) : FindRoot();
var configuration = AppContext.BaseDirectory.Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
var paths = new BenchPaths(
    root,
    options.ApiDll ?? Path.Combine(root, "api", "HelpDesk.Api", "bin", configuration, "net10.0", "HelpDesk.Api.dll"),
    Path.GetFullPath(options.DataDirectory ?? Path.Combine(Environment.GetEnvironmentVariable("HELPDESK_DATA_DIR") ?? Path.Combine(root, ".data"), options.Smoke ? "bench-smoke" : "bench")));
if (!File.Exists(paths.ApiDll))
{
    Console.Error.WriteLine($"bench: {paths.ApiDll} not found; build first (./helpdesk bench builds).");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return await new Bench(options, paths).RunAsync(cancel.Token);
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    Console.Error.WriteLine($"bench: failed: {e}");
    return 1;
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "helpdesk")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("./helpdesk not found above the benchmark's binaries; pass --root");
}
