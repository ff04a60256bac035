using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests;

/// <summary>Once per test run, for every test in HelpDesk.Tests.*: the database up before, down after.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeSetUp]
    public static Task StartAsync() => TestDatabase.StartAsync();

    [OneTimeTearDown]
    public static Task StopAsync() => TestDatabase.StopAsync();
}
