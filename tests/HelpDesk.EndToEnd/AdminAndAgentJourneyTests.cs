using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static HelpDesk.EndToEnd.Ui;
using static Microsoft.Playwright.Assertions;

namespace HelpDesk.EndToEnd;

/// <summary>
/// One journey through the app as started by <c>./helpdesk run</c>, in Chromium: the login page (Spanish, accessible,
/// phone-sized), an admin setting up an area, a topic and an agent, that agent finding no admin pages (and the API
/// refusing them), then Ctrl-C stopping everything. The tests run in order and share one browser session.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AdminAndAgentJourneyTests : JourneyTest
{
    private const string AdminEmail = "admin@helpdesk.test";
    private const string AreaCode = "E2E-AREA";
    private const string AreaName = "Área de prueba E2E";
    private const string TopicCode = "E2E-TEMA";
    private const string TopicName = "Tema de prueba E2E";
    private const string AgentEmail = "agente.e2e@helpdesk.test";
    private const string AgentName = "Agente E2E";
    private const string AgentPassword = "Cafe-con-leche-2026";

    private static readonly string[] AdminLinks = ["Usuarios", "Claves de API", "Áreas y temas", "Auditoría"];

    private IBrowserContext context = null!;
    private IPage page = null!;
    private bool agentCreated;
    private bool adminLoggedOut;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Browser.DeleteScreenshots();
        context = await Chromium.NewContextAsync(App.BaseAddress);
        page = await context.NewPageAsync();
    }

    [Test, Order(1)]
    public Task LoginPageIsSpanishAccessibleAndFitsAPhone() => WithScreenshotOnFailureAsync(page, async () =>
    {
        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(new Regex(@"/login\?redirectTo=%2Fapp$"));
        await Expect(Heading(page, "Iniciar sesión")).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync("Iniciar sesión · HelpDesk");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByText("Ingresa con tu cuenta de HelpDesk")).ToBeVisibleAsync();
        await Expect(Field(page, "Correo electrónico")).ToBeEditableAsync();
        await Expect(Field(page, "Contraseña")).ToBeEditableAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" })).ToBeEnabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mostrar contraseña" })).ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);

        await using var phoneContext = await Chromium.NewContextAsync(App.BaseAddress, phone: true);
        var phone = await phoneContext.NewPageAsync();
        await WithScreenshotOnFailureAsync(phone, async () =>
        {
            await phone.GotoAsync("/");
            await Expect(Heading(phone, "Iniciar sesión")).ToBeVisibleAsync();
            var submit = phone.GetByRole(AriaRole.Button, new() { Name = "Ingresar" });
            await Expect(submit).ToBeInViewportAsync();

            var width = await phone.EvaluateAsync<JsonElement>(
                "() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })");
            var scrollWidth = width.GetProperty("scroll").GetInt32();
            var innerWidth = width.GetProperty("inner").GetInt32();
            Assert.That(innerWidth, Is.EqualTo(Browser.PhoneViewport.Width), "the page should lay out at the phone's width");
            Assert.That(scrollWidth, Is.LessThanOrEqualTo(innerWidth), "the login page should not scroll sideways on a phone");

            foreach (var control in new[] { Field(phone, "Correo electrónico"), Field(phone, "Contraseña"), submit })
            {
                var box = await control.BoundingBoxAsync();
                Assert.That(box, Is.Not.Null);
                Assert.That(box!.X >= 0 && box.X + box.Width <= innerWidth, Is.True, $"{control} should fit the phone's width (x={box.X}, width={box.Width})");
            }

            await AssertNoAxeViolationsAsync(phone);
        });
    });

    [Test, Order(2)]
    public Task AdminCreatesAnAreaAndATopic() => WithScreenshotOnFailureAsync(page, async () =>
    {
        await LogInAsync(page, AdminEmail);
        await Expect(page.GetByText("Hola, Ana Administradora")).ToBeVisibleAsync();

        await Navigation().GetByRole(AriaRole.Link, new() { Name = "Áreas y temas" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/app/admin/areas$"));
        await Expect(Heading(page, "Áreas y temas")).ToBeVisibleAsync();
        var areas = page.GetByRole(AriaRole.Table, new() { Name = "Áreas de la organización" });
        await Expect(areas.GetByRole(AriaRole.Rowheader, new() { Name = "Crédito", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Nueva área" }).ClickAsync();
        var areaDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Nueva área" });
        await Field(areaDialog, "Código").FillAsync(AreaCode);
        await Field(areaDialog, "Nombre").FillAsync(AreaName);
        await areaDialog.GetByRole(AriaRole.Button, new() { Name = "Crear" }).ClickAsync();
        await Expect(areaDialog).ToBeHiddenAsync();

        var areaRow = areas.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = AreaName, Exact = true }) });
        await Expect(areaRow.GetByRole(AriaRole.Cell, new() { Name = AreaCode, Exact = true })).ToBeVisibleAsync();
        await Expect(areaRow.GetByText("Activo", new() { Exact = true })).ToBeVisibleAsync();

        // The new area is selected: its (empty) topic catalogue is shown.
        var topics = page.GetByRole(AriaRole.Region, new() { Name = $"Temas de {AreaName}" });
        await Expect(topics.GetByText("Esta área aún no tiene temas.")).ToBeVisibleAsync();
        await topics.GetByRole(AriaRole.Button, new() { Name = "Nuevo tema" }).ClickAsync();
        var topicDialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Nuevo tema en {AreaName}" });
        await Field(topicDialog, "Código").FillAsync(TopicCode);
        await Field(topicDialog, "Nombre").FillAsync(TopicName);
        await topicDialog.GetByRole(AriaRole.Button, new() { Name = "Crear" }).ClickAsync();
        await Expect(topicDialog).ToBeHiddenAsync();
        await ExpectTopicListedAsync(topics);

        // Both are stored, not just on screen: after a reload the area is listed and its topic shown when chosen.
        await page.ReloadAsync();
        await Expect(areaRow.GetByRole(AriaRole.Cell, new() { Name = AreaCode, Exact = true })).ToBeVisibleAsync();
        var showTopics = areaRow.GetByRole(AriaRole.Button, new() { Name = $"Ver temas de {AreaName}" });
        await showTopics.ClickAsync();
        await Expect(showTopics).ToHaveAttributeAsync("aria-pressed", "true");
        await ExpectTopicListedAsync(topics);

        await AssertNoAxeViolationsAsync(page);
    });

    [Test, Order(3)]
    public Task AdminCreatesAnAgentAndLogsOut() => WithScreenshotOnFailureAsync(page, async () =>
    {
        await Navigation().GetByRole(AriaRole.Link, new() { Name = "Usuarios" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/app/admin/users$"));
        await Expect(Heading(page, "Usuarios")).ToBeVisibleAsync();
        var users = page.GetByRole(AriaRole.Table, new() { Name = "Usuarios del sistema" });
        await Expect(users.GetByRole(AriaRole.Cell, new() { Name = AdminEmail })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Nuevo usuario" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Nuevo usuario" });
        await Field(dialog, "Correo electrónico").FillAsync(AgentEmail);
        await Field(dialog, "Nombre para mostrar").FillAsync(AgentName);
        await Field(dialog, "Contraseña inicial").FillAsync(AgentPassword);
        await ChooseAsync(dialog.GetByLabel("Roles"), "Agente");
        await ChooseAsync(dialog.GetByLabel("Áreas"), AreaName);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Crear" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var agentRow = users.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = AgentName, Exact = true }) });
        await Expect(agentRow.GetByRole(AriaRole.Cell, new() { Name = AgentEmail, Exact = true })).ToBeVisibleAsync();
        await Expect(agentRow.GetByText("Agente", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(agentRow.GetByRole(AriaRole.Cell, new() { Name = AreaName, Exact = true })).ToBeVisibleAsync();
        await Expect(agentRow.GetByText("Activo", new() { Exact = true })).ToBeVisibleAsync();
        agentCreated = true;

        await AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" }).ClickAsync();
        await Expect(Heading(page, "Iniciar sesión")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        using var me = await ReadAsync(await page.APIRequest.GetAsync("/api/auth/me"));
        Assert.That(me.Status, Is.EqualTo(401), "after logging out the session cookie should no longer work");
        adminLoggedOut = true;
    });

    [Test, Order(4)]
    public Task AgentSeesNoAdminPagesAndTheApiRefusesThem() => WithScreenshotOnFailureAsync(page, async () =>
    {
        Assume.That(agentCreated, "needs the agent created by the previous test");
        if (!adminLoggedOut)
        {
            await context.ClearCookiesAsync(); // the previous test failed before logging out; start from no session
        }

        await LogInAsync(page, AgentEmail, AgentPassword);
        await Expect(page.GetByText($"Hola, {AgentName}")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Tus roles" }).GetByText("Agente", new() { Exact = true })).ToBeVisibleAsync();

        var navigation = Navigation();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Inicio" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Heading, new() { Name = "Administración" })).ToHaveCountAsync(0);
        foreach (var name in AdminLinks)
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
        }

        foreach (var adminPage in new[] { "/app/admin/users", "/app/admin/areas" })
        {
            await page.GotoAsync(adminPage);
            await Expect(Heading(page, "Sin acceso")).ToBeVisibleAsync();
            await Expect(page.GetByText("No tienes permiso para ver esta página.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ir al inicio" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        }

        // The browser's own session (same cookies): signed in as the agent, refused by the admin API.
        using (var me = await ReadAsync(await page.APIRequest.GetAsync("/api/auth/me")))
        {
            Assert.That(me.Status, Is.EqualTo(200), "the agent's session should be valid");
            Assert.That(me.Body.GetProperty("email").GetString(), Is.EqualTo(AgentEmail));
        }

        using (var list = await ReadAsync(await page.APIRequest.GetAsync("/api/admin/users")))
        {
            AssertForbiddenProblem(list, "GET /api/admin/users");
        }

        var xsrf = (await context.CookiesAsync()).SingleOrDefault(c => c.Name == "XSRF-TOKEN")?.Value;
        Assert.That(xsrf, Is.Not.Null.And.Not.Empty, "the session should come with an XSRF-TOKEN cookie");
        using (var create = await ReadAsync(await page.APIRequest.PostAsync("/api/admin/users", new()
               {
                   Headers = new Dictionary<string, string> { ["X-XSRF-TOKEN"] = xsrf! },
                   DataObject = new { email = "intruso@helpdesk.test", displayName = "Intruso", password = "Puerta-trasera-99", roles = new[] { "admin" }, areaIds = Array.Empty<string>() },
               })))
        {
            AssertForbiddenProblem(create, "POST /api/admin/users");
        }
    });

    [Test, Order(5)]
    public async Task CtrlCStopsTheAppAndItsDatabase()
    {
        Assert.That(File.Exists(App.PostgresPidFile), Is.True, $"the private PostgreSQL should be running ({App.PostgresPidFile})");

        var result = await App.StopAsync();

        using var all = Assert.EnterMultipleScope();
        Assert.That(result.EndedOnInterrupt, Is.True, $"Ctrl-C (SIGINT) should stop ./helpdesk run: {result.Account}");
        Assert.That(result.ExitCode, Is.EqualTo(0), $"./helpdesk run should exit with 0 after Ctrl-C: {result.Account}\n{App.RecentOutput}");
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromMinutes(1)), result.Account);
        Assert.That(RunningApp.PortAnswers(App.BaseAddress), Is.False, $"nothing should listen on {App.BaseAddress} any more");
        Assert.That(File.Exists(App.PostgresPidFile), Is.False, "PostgreSQL should be stopped (its postmaster.pid removed)");
        Assert.That(App.LeftoverProcesses(), Is.Empty, "no process of the app or its database should be left running");
    }

    private ILocator Navigation() => Ui.Navigation(page);

    private static async Task ExpectTopicListedAsync(ILocator topics)
    {
        var tree = topics.GetByRole(AriaRole.List, new() { Name = $"Temas y subtemas de {AreaName}" });
        var item = tree.GetByRole(AriaRole.Listitem).Filter(new() { HasText = TopicName });
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.GetByText(TopicCode, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = $"Desactivar {TopicName}" })).ToBeVisibleAsync();
    }

    /// <summary>Opens a multi-select's option list, picks one option, and leaves with Tab (which closes the list).</summary>
    private async Task ChooseAsync(ILocator multiSelect, string option)
    {
        await multiSelect.ClickAsync();
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await choice.ClickAsync();
        await Expect(choice).ToHaveAttributeAsync("aria-selected", "true");
        await multiSelect.PressAsync("Tab");
        await Expect(multiSelect).ToHaveAttributeAsync("aria-expanded", "false");
    }

    private static void AssertForbiddenProblem(ApiResponse response, string call)
    {
        Assert.That(response.Status, Is.EqualTo(403), $"{call} as an agent should be 403: {response.Text}");
        Assert.That(response.ContentType, Does.StartWith("application/problem+json"), $"{call}: the refusal should be a problem document");
        Assert.That(response.Body.GetProperty("status").GetInt32(), Is.EqualTo(403), response.Text);
    }

}
