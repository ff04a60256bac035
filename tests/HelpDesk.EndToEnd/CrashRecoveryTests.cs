namespace HelpDesk.EndToEnd;

/// <summary>
/// <c>./helpdesk run</c> after crashes: when the app dies the script stops the private PostgreSQL too, and a run after a
/// crash that left PostgreSQL running (the script itself killed) starts by itself on the same data folder.
/// </summary>
[NonParallelizable]
public sealed class CrashRecoveryTests
{
    [Test]
    public async Task AppKilled_ScriptStopsTheDatabase_AndARunAfterAHarderCrashRecovers()
    {
        var first = await RunningApp.StartAsync();
        RunningApp? second = null, third = null;
        try
        {
            first.CrashTheApi();

            Assert.That(await first.ExitsWithinAsync(TimeSpan.FromSeconds(60)), Is.True, $"the script should end when the app dies\n{first.RecentOutput}");
            Assert.That(File.Exists(first.PostgresPidFile), Is.False, $"the private PostgreSQL should be stopped\n{first.RecentOutput}");
            Assert.That(first.LeftoverProcesses(), Is.Empty, "nothing of the run should be left");

            second = await RunningApp.StartAsync(first.DataDirectory);
            await second.CrashEverythingButTheDatabaseAsync();
            Assert.That(File.Exists(second.PostgresPidFile), Is.True, "the killed run left its PostgreSQL running");

            third = await RunningApp.StartAsync(first.DataDirectory);
            var stopped = await third.StopAsync();
            Assert.That(stopped.EndedOnInterrupt, Is.True, stopped.Account);
        }
        finally
        {
            foreach (var run in new[] { second, third })
            {
                await (run?.StopAsync() ?? Task.FromResult<StopResult>(null!));
            }

            await first.DeleteDataAsync();
        }
    }
}
