using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpDesk.EndToEnd;

/// <summary>
/// What every journey does on the SPA: find fields, headings and the navigation by their accessible names, log in with a
/// demo account, check a page with axe, keep a screenshot of a failure, and read an API response.
/// </summary>
/// <remarks>
/// Set HELPDESK_E2E_REVIEW_SCREENSHOTS to a folder to also save a screenshot of each page a test passes to
/// <see cref="ReviewAsync"/>, for a person to look at.
/// </remarks>
internal static class Ui
{
    /// <summary>The password of every demo account.</summary>
    public const string DemoPassword = "Cafe-de-Colombia-2026";

    private static readonly string? ReviewFolder = Environment.GetEnvironmentVariable("HELPDESK_E2E_REVIEW_SCREENSHOTS");

    /// <summary>A text field by its accessible name (the label without the required-field asterisk).</summary>
    public static ILocator Field(IPage on, string name) => on.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });

    public static ILocator Field(ILocator within, string name) => within.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });

    /// <summary>The page's h1.</summary>
    public static ILocator Heading(IPage on, string name) =>
        on.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 1 });

    public static ILocator Navigation(IPage on) => on.GetByRole(AriaRole.Navigation, new() { Name = "Navegación principal" });

    /// <summary>Logs in on the login page and waits for the home page.</summary>
    public static async Task LogInAsync(IPage page, string email, string password = DemoPassword)
    {
        await page.GotoAsync("/login");
        await Field(page, "Correo electrónico").FillAsync(email);
        await Field(page, "Contraseña").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
        await Expect(Heading(page, "Inicio")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/app$"));
    }

    /// <summary>
    /// Waits until a dialog has finished opening: during its fade-in every colour in it is blended with the page, which
    /// axe would report as low contrast.
    /// </summary>
    public static async Task ExpectOpenedAsync(ILocator dialog)
    {
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCSSAsync("opacity", "1");
    }

    public static async Task AssertNoAxeViolationsAsync(IPage on)
    {
        var violations = await Axe.ViolationsAsync(on);
        Assert.That(violations, Is.Empty, $"axe found WCAG 2.x A/AA violations on {on.Url}:\n{violations}");
    }

    /// <summary>With HELPDESK_E2E_REVIEW_SCREENSHOTS set, saves a full-page screenshot for a person to review.</summary>
    public static async Task ReviewAsync(IPage on, string name)
    {
        if (string.IsNullOrEmpty(ReviewFolder))
        {
            return;
        }

        Directory.CreateDirectory(ReviewFolder);
        await on.ScreenshotAsync(new() { Path = Path.Combine(ReviewFolder, $"{name}.png"), FullPage = true, Timeout = 10_000 });
    }

    /// <summary>Runs a test's steps; on failure saves a screenshot and names it in the failure message.</summary>
    public static async Task WithScreenshotOnFailureAsync(IPage on, Func<Task> steps)
    {
        const string screenshotKey = "HelpDesk.EndToEnd.Screenshot";
        try
        {
            await steps();
        }
        catch (Exception e) when (e is not InconclusiveException and not IgnoreException && !e.Data.Contains(screenshotKey))
        {
            var name = TestContext.CurrentContext.Test.Name + (on.ViewportSize?.Width < 600 ? "-phone" : "");
            var screenshot = await Browser.ScreenshotAsync(on, name);
            if (File.Exists(screenshot))
            {
                TestContext.AddTestAttachment(screenshot);
            }

            var failure = new AssertionException($"{e.Message.TrimEnd()}\nPage: {on.Url}\nScreenshot: {screenshot}", e);
            failure.Data[screenshotKey] = screenshot;
            throw failure;
        }
    }

    /// <summary>Reads and disposes a response: status, content type, text and (when it is JSON) the parsed body.</summary>
    public static async Task<ApiResponse> ReadAsync(IAPIResponse response)
    {
        var text = await response.TextAsync();
        response.Headers.TryGetValue("content-type", out var contentType);
        JsonDocument? body = null;
        try
        {
            body = string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // not JSON: the assertions on status and content type say what is wrong
        }

        await response.DisposeAsync();
        return new ApiResponse(response.Status, contentType ?? "", text, body);
    }
}

internal sealed class ApiResponse(int status, string contentType, string text, JsonDocument? document) : IDisposable
{
    public int Status { get; } = status;

    public string ContentType { get; } = contentType;

    public string Text { get; } = text;

    public JsonElement Body => document?.RootElement ?? throw new AssertionException($"empty response body (status {Status})");

    public void Dispose() => document?.Dispose();
}
