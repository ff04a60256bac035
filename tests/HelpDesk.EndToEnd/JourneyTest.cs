namespace HelpDesk.EndToEnd;

/// <summary>
/// Base of the browser journeys: the app as <c>./helpdesk run</c> starts it (demo mode, its own data folder) and one
/// Chromium, started once for the fixture; the browser is closed and the app's data deleted afterwards.
/// </summary>
public abstract class JourneyTest
{
    private protected RunningApp App { get; private set; } = null!;

    private protected Browser Chromium { get; private set; } = null!;

    /// <summary>Extra settings the journey's app starts with (environment variables), e.g. an SMTP server to send to.</summary>
    private protected virtual IReadOnlyDictionary<string, string>? AppEnvironment => null;

    [OneTimeSetUp]
    public async Task StartAppAndBrowserAsync()
    {
        App = await RunningApp.StartAsync(environment: AppEnvironment);
        Chromium = await Browser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopAppAndBrowserAsync()
    {
        try
        {
            if (Chromium is not null)
            {
                await Chromium.DisposeAsync();
            }
        }
        finally
        {
            if (App is not null)
            {
                await App.DeleteDataAsync();
            }
        }
    }
}
