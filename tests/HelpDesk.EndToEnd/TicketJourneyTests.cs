using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static HelpDesk.EndToEnd.Ui;
using static Microsoft.Playwright.Assertions;

namespace HelpDesk.EndToEnd;

/// <summary>
/// An agent's day and a customer's request, in Chromium against the app as <c>./helpdesk run</c> starts it (demo mode):
/// a phone intake with identity verification answered at first contact (the ticket is closed), and a request filed on
/// the public web form from a phone, answered by an agent (a second tab with a stale copy gets the 412 notice), whose
/// tracking page shows the public reply and never the internal note. Every new page is checked with axe (WCAG 2.x
/// A/AA). The tests run in order and share the agent's browser session.
/// </summary>
/// <remarks>
/// Set HELPDESK_E2E_REVIEW_SCREENSHOTS to a folder to also save a screenshot of each page visited, for a person to look at
/// (<see cref="Ui.ReviewAsync"/>).
/// </remarks>
[TestFixture]
[NonParallelizable]
public sealed class TicketJourneyTests : JourneyTest
{
    private const string AgentEmail = "agente@helpdesk.test";
    private const string DocumentNumber = "1098765432";
    private const string CustomerName = "Cliente Prueba E2E";
    private const string PublicReply = "Hola, su certificado fue enviado a su correo.";
    private const string InternalNote = "NOTA-INTERNA-E2E: confirmar con Afiliaciones antes de cerrar.";

    private IBrowserContext context = null!;
    private IPage page = null!;
    private bool agentLoggedIn;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        context = await Chromium.NewContextAsync(App.BaseAddress);
        page = await context.NewPageAsync();
    }

    [Test, Order(1)]
    public Task PhoneIntake_WithVerification_AnsweredAtFirstContact_ClosesTheTicket() => WithScreenshotOnFailureAsync(page, async () =>
    {
        await LogInAsAgentAsync();

        // "n" opens the intake screen from anywhere in the App.
        await page.Keyboard.PressAsync("n");
        await Expect(Heading(page, "Radicar caso")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/app/intake$"));
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Teléfono" })).ToBeCheckedAsync();
        await AssertNoAxeViolationsAsync(page);

        // 1. Find the requester by document; not on file, so register them.
        var lookup = page.GetByRole(AriaRole.Search, new() { Name = "Buscar cliente por documento" });
        await Field(lookup, "Número de documento").FillAsync(DocumentNumber);
        await lookup.GetByRole(AriaRole.Button, new() { Name = "Buscar cliente" }).ClickAsync();
        var register = page.GetByRole(AriaRole.Region, new() { Name = "Registrar cliente" });
        await Field(register, "Nombre completo").FillAsync(CustomerName);
        await register.GetByRole(AriaRole.Combobox, new() { Name = "Tipo de cliente" }).SelectOptionAsync(new SelectOptionValue { Label = "Afiliado" });
        await Field(register, "Correo electrónico").FillAsync("cliente.e2e@example.com");
        await Field(register, "Teléfonos").FillAsync("3001112233");
        await register.GetByRole(AriaRole.Button, new() { Name = "Registrar cliente" }).ClickAsync();
        var onFile = page.GetByRole(AriaRole.Region, new() { Name = "Datos registrados del cliente" });
        await Expect(onFile.GetByText(CustomerName, new() { Exact = true })).ToBeVisibleAsync();

        // 2. Contact data cannot change before a passed verification: the API's refusal is shown.
        var contact = page.GetByRole(AriaRole.Region, new() { Name = "3. Actualizar datos de contacto" });
        await Field(contact, "Ciudad").FillAsync("Medellín");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Actualizar datos de contacto" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Alert)).ToContainTextAsync("Primero verifica la identidad");

        // 3. Verify identity, then the same change goes through.
        var verify = page.GetByRole(AriaRole.Region, new() { Name = "2. Verificación de identidad" });
        await verify.GetByRole(AriaRole.Checkbox, new() { Name = "Número de documento" }).CheckAsync();
        await verify.GetByRole(AriaRole.Checkbox, new() { Name = "Teléfono registrado" }).CheckAsync();
        await verify.GetByRole(AriaRole.Radio, new() { Name = "Respondió correctamente: identidad verificada" }).CheckAsync();
        await verify.GetByRole(AriaRole.Button, new() { Name = "Registrar verificación" }).ClickAsync();
        await Expect(verify.GetByText("Última verificación: superada")).ToBeVisibleAsync();
        await contact.GetByRole(AriaRole.Button, new() { Name = "Actualizar datos de contacto" }).ClickAsync();
        await Expect(contact.GetByText("Datos de contacto actualizados", new() { Exact = false })).ToBeVisibleAsync();

        // 4. Type the case from the topic tree and answer it now.
        var form = page.GetByRole(AriaRole.Region, new() { Name = "4. Tipificación del caso" });
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Tipo", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Solicitud de información" });
        await Field(form, "Asunto").FillAsync("Requisitos para solicitar un crédito");
        await Field(form, "Descripción").FillAsync("Pregunta qué documentos necesita para solicitar un crédito educativo.");
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Área" }).SelectOptionAsync(new SelectOptionValue { Label = "Crédito" });
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Tema", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Solicitud de crédito" });
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Subtema" }).SelectOptionAsync(new SelectOptionValue { Label = "Requisitos y documentos" });
        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Responder ahora (resolución en primer contacto)" }).CheckAsync();
        await Field(form, "Respuesta al cliente").FillAsync("Cédula, certificado de ingresos y formulario diligenciado.");
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Tipo de resolución" }).SelectOptionAsync(new SelectOptionValue { Label = "Información entregada" });
        await ReviewAsync(page, "intake-filled");
        await form.GetByRole(AriaRole.Button, new() { Name = "Responder y cerrar el caso" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Caso resuelto en primer contacto", Level = 2 })).ToBeFocusedAsync();
        var number = (await page.GetByTestId("created-ticket-number").TextContentAsync())?.Trim() ?? "";
        Assert.That(number, Does.Match(@"^PQRS-\d{4}-\d{6}$"), "the new ticket's number should be shown");
        await ReviewAsync(page, "intake-done");
        await AssertNoAxeViolationsAsync(page);

        // The ticket page says closed, resolved at first contact.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ver el caso" }).ClickAsync();
        await Expect(Heading(page, number)).ToBeVisibleAsync();
        var badges = page.GetByRole(AriaRole.Group, new() { Name = "Estado, tipo y prioridad" });
        await Expect(badges.GetByText("Cerrado", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(badges.GetByText("Resuelto en primer contacto", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Crédito › Solicitud de crédito › Requisitos y documentos")).ToBeVisibleAsync();
        var timeline = page.GetByRole(AriaRole.List, new() { Name = $"Eventos del caso {number}, del más antiguo al más reciente" });
        await Expect(timeline.GetByText("Respuesta final · Información entregada")).ToBeVisibleAsync();
        await ReviewAsync(page, "ticket-closed");
        await AssertNoAxeViolationsAsync(page);

        // And so says the API.
        using var ticket = await GetJsonAsync($"/api/tickets/{number}");
        Assert.That(ticket.Status, Is.EqualTo(200), ticket.Text);
        var body = ticket.Body;
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That(body.GetProperty("resolvedAtFirstContact").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("resolutionType").GetString(), Is.EqualTo("information_given"));
        Assert.That(body.GetProperty("channel").GetString(), Is.EqualTo("phone"));
        var customerId = body.GetProperty("customer").GetProperty("id").GetString();
        using var customer = await GetJsonAsync($"/api/customers/{customerId}");
        Assert.That(customer.Body.GetProperty("city").GetString(), Is.EqualTo("Medellín"), "the contact change after verification should be stored");
        Assert.That(customer.Body.GetProperty("lastVerification").GetProperty("outcome").GetString(), Is.EqualTo("passed"));

        // The customer 360 lists the ticket; the ticket list finds it by document number.
        await page.GetByRole(AriaRole.Link, new() { Name = CustomerName, Exact = true }).ClickAsync();
        await Expect(Heading(page, CustomerName)).ToBeVisibleAsync();
        var tickets = page.GetByRole(AriaRole.Table, new() { Name = $"Casos de {CustomerName}, del más reciente al más antiguo" });
        await Expect(tickets.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Cambios en los datos del cliente, del más reciente al más antiguo" }).GetByText("Medellín")).ToBeVisibleAsync();
        await ReviewAsync(page, "customer-360");
        await AssertNoAxeViolationsAsync(page);

        await Navigation().GetByRole(AriaRole.Link, new() { Name = "Casos" }).ClickAsync();
        await Expect(Heading(page, "Casos")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("/");
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Buscar" })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DocumentNumber);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"q={DocumentNumber}"));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Casos" }).GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
        await ReviewAsync(page, "tickets");
        await AssertNoAxeViolationsAsync(page);
    });

    [Test, Order(2)]
    public async Task WebFormOnAPhone_AgentReplies_TrackingShowsTheReplyButNotTheInternalNote()
    {
        await using var phoneContext = await Chromium.NewContextAsync(App.BaseAddress, phone: true);
        var phone = await phoneContext.NewPageAsync();
        string number = "";
        string trackingHref = "";

        await WithScreenshotOnFailureAsync(phone, async () =>
        {
            await phone.GotoAsync("/solicitud");
            await Expect(Heading(phone, "Radica tu solicitud")).ToBeVisibleAsync();
            await Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Expect(phone.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
            // The honeypot is in the page for robots, hidden from people and from the accessibility tree.
            await Expect(phone.Locator("input[name=website]")).ToHaveCountAsync(1);
            await Expect(phone.Locator("input[name=website]")).Not.ToBeInViewportAsync();
            await Expect(phone.GetByRole(AriaRole.Textbox, new() { Name = "No llenes este campo" })).ToHaveCountAsync(0);
            await AssertFitsThePhoneAsync(phone);
            await AssertNoAxeViolationsAsync(phone);
            await ReviewAsync(phone, "web-form-phone");

            await phone.GetByRole(AriaRole.Combobox, new() { Name = "Tipo de documento" }).SelectOptionAsync(new SelectOptionValue { Label = "Cédula de ciudadanía (CC)" });
            await Field(phone, "Número de documento").FillAsync("52123456");
            await Field(phone, "Nombre completo").FillAsync("Laura Web E2E");
            await Field(phone, "Correo electrónico").FillAsync("laura.web@example.com");
            await phone.GetByRole(AriaRole.Combobox, new() { Name = "Tipo de solicitud" }).SelectOptionAsync(new SelectOptionValue { Label = "Petición" });
            await Field(phone, "Cuéntanos tu solicitud").FillAsync("Necesito el certificado de afiliación para mi empleador.");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Enviar solicitud" }).ClickAsync();

            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Recibimos tu solicitud", Level = 2 })).ToBeVisibleAsync();
            number = (await phone.GetByTestId("request-number").TextContentAsync())?.Trim() ?? "";
            Assert.That(number, Does.Match(@"^PQRS-\d{4}-\d{6}$"), "the request's number should be shown");
            var track = phone.GetByRole(AriaRole.Link, new() { Name = "Ver el estado de mi solicitud" });
            trackingHref = await track.GetAttributeAsync("href") ?? "";
            Assert.That(trackingHref, Does.Match($@"^/seguimiento/{number}\?token=[A-Za-z0-9_-]+$"), "the link should be the tracking page with its token");
            await AssertFitsThePhoneAsync(phone);
            await AssertNoAxeViolationsAsync(phone);
            await ReviewAsync(phone, "web-form-receipt-phone");
        });

        // The agent answers on the ticket page: a public reply and an internal note (with the r and i shortcuts).
        await WithScreenshotOnFailureAsync(page, async () =>
        {
            if (!agentLoggedIn)
            {
                await LogInAsAgentAsync();
            }

            await page.GotoAsync($"/app/tickets/{number}");
            await Expect(Heading(page, number)).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Estado, tipo y prioridad" }).GetByText("Nuevo", new() { Exact = true })).ToBeVisibleAsync();
            await AssertNoAxeViolationsAsync(page);

            // Two tabs on the same ticket: the one that read it before the other's change gets a 412, says so and reloads.
            var other = await context.NewPageAsync();
            await other.GotoAsync($"/app/tickets/{number}");
            await Expect(Heading(other, number)).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Region, new() { Name = "Asignación" }).GetByRole(AriaRole.Button, new() { Name = "Asignármelo" }).ClickAsync();
            await Expect(page.GetByText("Este caso está asignado a ti.")).ToBeVisibleAsync();
            var staleStatus = other.GetByRole(AriaRole.Region, new() { Name = "Estado", Exact = true });
            await staleStatus.GetByRole(AriaRole.Combobox, new() { Name = "Nuevo estado" }).SelectOptionAsync(new SelectOptionValue { Label = "Esperando al cliente" });
            await staleStatus.GetByRole(AriaRole.Button, new() { Name = "Cambiar estado" }).ClickAsync();
            await Expect(other.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Otro agente cambió este caso; se recargó" })).ToBeVisibleAsync();
            await Expect(other.GetByText("Este caso está asignado a ti.")).ToBeVisibleAsync();
            await Expect(other.GetByRole(AriaRole.Group, new() { Name = "Estado, tipo y prioridad" }).GetByText("Abierto", new() { Exact = true })).ToBeVisibleAsync();
            await other.CloseAsync();

            await page.Keyboard.PressAsync("r");
            var reply = page.GetByRole(AriaRole.Textbox, new() { Name = "Respuesta al cliente" });
            await Expect(reply).ToBeFocusedAsync();
            await reply.FillAsync(PublicReply);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enviar respuesta" }).ClickAsync();
            await Expect(page.GetByText("Respuesta enviada al cliente.")).ToBeVisibleAsync();

            await Heading(page, number).ClickAsync(); // leave the field: shortcuts do not fire while typing
            await page.Keyboard.PressAsync("i");
            var note = page.GetByRole(AriaRole.Textbox, new() { Name = "Nota interna para el equipo" });
            await Expect(note).ToBeFocusedAsync();
            await Expect(page.GetByText("Nunca se muestra ni se envía al cliente.")).ToBeVisibleAsync();
            await note.FillAsync(InternalNote);
            await page.GetByRole(AriaRole.Button, new() { Name = "Guardar nota interna" }).ClickAsync();
            await Expect(page.GetByText("Nota interna guardada.")).ToBeVisibleAsync();

            var timeline = page.GetByRole(AriaRole.List, new() { Name = $"Eventos del caso {number}, del más antiguo al más reciente" });
            var noteItem = timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = InternalNote });
            await Expect(noteItem.GetByText("Nota interna (no visible para el cliente)")).ToBeVisibleAsync();
            await Expect(timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = PublicReply }).GetByText("Visible para el cliente")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Estado, tipo y prioridad" }).GetByText("Abierto", new() { Exact = true })).ToBeVisibleAsync();
            await ReviewAsync(page, "ticket-reply-and-note");
            await AssertNoAxeViolationsAsync(page);
        });

        // The customer follows the link from the form's result: the reply is there, the note is not.
        await WithScreenshotOnFailureAsync(phone, async () =>
        {
            await phone.GotoAsync(trackingHref);
            await Expect(Heading(phone, $"Solicitud {number}")).ToBeVisibleAsync();
            var conversation = phone.GetByRole(AriaRole.Region, new() { Name = "Conversación" });
            var message = conversation.GetByRole(AriaRole.Listitem).Filter(new() { HasText = PublicReply });
            await Expect(message).ToHaveCountAsync(1);
            await Expect(message.GetByText("Equipo de atención")).ToBeVisibleAsync();
            await Expect(phone.GetByText("Abierto", new() { Exact = true })).ToBeVisibleAsync();
            Assert.That(await phone.ContentAsync(), Does.Not.Contain("NOTA-INTERNA-E2E"), "the internal note must never reach the tracking page");
            await AssertFitsThePhoneAsync(phone);
            await AssertNoAxeViolationsAsync(phone);
            await ReviewAsync(phone, "tracking-phone");

            using var tracked = await ReadAsync(await phone.APIRequest.GetAsync(trackingHref.Replace("/seguimiento/", "/api/public/tickets/", StringComparison.Ordinal)));
            Assert.That(tracked.Status, Is.EqualTo(200), tracked.Text);
            Assert.That(tracked.Text, Does.Contain(PublicReply));
            Assert.That(tracked.Text, Does.Not.Contain("NOTA-INTERNA-E2E"), "the tracking API must not carry internal notes");
        });
    }

    private ILocator Navigation() => Ui.Navigation(page);

    private async Task LogInAsAgentAsync()
    {
        await LogInAsync(page, AgentEmail);
        await Expect(Navigation().GetByRole(AriaRole.Link, new() { Name = "Radicar" })).ToBeVisibleAsync();
        await Expect(Navigation().GetByRole(AriaRole.Link, new() { Name = "Casos" })).ToBeVisibleAsync();
        agentLoggedIn = true;
    }

    private async Task<ApiResponse> GetJsonAsync(string path) => await ReadAsync(await page.APIRequest.GetAsync(path));

    /// <summary>The page lays out at the phone's width and does not scroll sideways.</summary>
    private static async Task AssertFitsThePhoneAsync(IPage on)
    {
        var width = await on.EvaluateAsync<JsonElement>("() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })");
        var scrollWidth = width.GetProperty("scroll").GetInt32();
        var innerWidth = width.GetProperty("inner").GetInt32();
        Assert.That(innerWidth, Is.EqualTo(Browser.PhoneViewport.Width), "the page should lay out at the phone's width");
        Assert.That(scrollWidth, Is.LessThanOrEqualTo(innerWidth), $"{on.Url} should not scroll sideways on a phone");
    }

}
