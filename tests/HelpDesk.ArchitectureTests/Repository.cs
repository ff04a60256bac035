namespace HelpDesk.ArchitectureTests;

/// <summary>The repository's root folder (the one with HelpDesk.sln), found from where the tests run.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HelpDesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HelpDesk.sln not found");
    }
}
