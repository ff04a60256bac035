using Microsoft.Playwright;

namespace HelpDesk.EndToEnd;

/// <summary>
/// Playwright driving the machine's Chromium (Debian's package: Playwright's own browsers are not downloadable here,
/// so <c>playwright install</c> is never called).
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A phone: iPhone 12–15 class, 390 × 844 CSS pixels.</summary>
    public static readonly ViewportSize PhoneViewport = new() { Width = 390, Height = 844 };

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser chromium;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} not found: install Chromium ('apt-get install chromium'); ./helpdesk test does that by itself when run as root.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var chromium = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            // The first page load of a freshly started app can take a while on a small CI machine.
            Assertions.SetDefaultExpectTimeout(15_000);
            return new Browser(playwright, chromium);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A fresh browser profile (no cookies, no storage) on the app. Its locale is English on purpose: the SPA must be
    /// Spanish by default, not because the browser asks for Spanish.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, bool phone = false)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = phone ? PhoneViewport : new ViewportSize { Width = 1280, Height = 800 },
        };
        if (phone)
        {
            options.IsMobile = true;
            options.HasTouch = true;
            options.DeviceScaleFactor = 3;
        }

        var context = await chromium.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        return context;
    }

    /// <summary>Where failures leave their screenshots: bin/&lt;configuration&gt;/net10.0/screenshots.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Removes the screenshots of an earlier run, so the folder only shows this run's failures.</summary>
    public static void DeleteScreenshots()
    {
        if (Directory.Exists(ScreenshotFolder))
        {
            Directory.Delete(ScreenshotFolder, recursive: true);
        }
    }

    /// <summary>Saves a full-page screenshot in <see cref="ScreenshotFolder"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = ScreenshotFolder;
        Directory.CreateDirectory(folder);
        var safeName = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        var path = Path.Combine(folder, $"{safeName}.png");
        try
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = true, Timeout = 10_000 });
            return path;
        }
        catch (PlaywrightException e)
        {
            return $"(no screenshot: {e.Message})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await chromium.CloseAsync();
        playwright.Dispose();
    }
}
