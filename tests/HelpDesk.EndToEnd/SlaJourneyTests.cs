using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static HelpDesk.EndToEnd.Ui;
using static Microsoft.Playwright.Assertions;

namespace HelpDesk.EndToEnd;

/// <summary>
/// Service levels in Chromium against the app as <c>./helpdesk run</c> starts it (demo mode): an admin reads the demo
/// SLA policies and calendars (with their dialogs), and an agent files a claim, is shown the answer date to promise
/// while typing it, and finds an SLA badge and the SLA clocks on the new ticket's page. Every page and dialog is checked
/// with axe (WCAG 2.x A/AA).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SlaJourneyTests : JourneyTest
{
    private const string AdminEmail = "admin@helpdesk.test";
    private const string AgentEmail = "agente@helpdesk.test";
    private const string OfficeCalendar = "Centro de contacto (L-V 7-19, S 8-13)";
    private const string LegalCalendar = "Días hábiles legales (L-V)";
    private const string ClaimsPolicy = "Ley 1755: peticiones, quejas y reclamos";

    [Test, Order(1)]
    public async Task Admin_ReadsTheDemoPoliciesAndCalendars_PagesAndDialogsPassAxe()
    {
        await using var context = await Chromium.NewContextAsync(App.BaseAddress);
        var page = await context.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, async () =>
        {
            await LogInAsync(page, AdminEmail);

            // Policies: the four demo policies, the urgent one winning ties.
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Políticas de SLA" }).ClickAsync();
            await Expect(Heading(page, "Políticas de SLA")).ToBeVisibleAsync();
            var policies = page.GetByRole(AriaRole.Table, new() { Name = "Políticas de SLA vigentes" });
            await Expect(policies.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(
                ["Casos urgentes", ClaimsPolicy, "Ley 1755: solicitudes de información", "Sugerencias y felicitaciones"]);
            await ExpectCellsAsync(Row(policies, "Casos urgentes"),
                "Prioridad: Urgente", "10", $"1 h hábiles · {OfficeCalendar}", $"3 días hábiles legales · {LegalCalendar}", "75 %", "v1");
            await ExpectCellsAsync(Row(policies, ClaimsPolicy),
                "Tipo: Petición, Queja, Reclamo", "0", $"8 h hábiles · {OfficeCalendar}", $"15 días hábiles legales · {LegalCalendar}", "75 %", "v1");
            await ReviewAsync(page, "sla-policies");
            await AssertNoAxeViolationsAsync(page);

            // The edit dialog starts from the policy and says a new version is made for new tickets only.
            await policies.GetByRole(AriaRole.Button, new() { Name = $"Editar la política {ClaimsPolicy}" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Editar política de SLA" });
            await ExpectOpenedAsync(dialog);
            await Expect(dialog.GetByText("Al guardar se crea la versión 2. Solo la usan los casos nuevos: los casos ya radicados conservan sus plazos.")).ToBeVisibleAsync();
            await Expect(dialog.GetByRole(AriaRole.Group, new() { Name = "Tipos de caso" }).GetByRole(AriaRole.Checkbox, new() { Name = "Reclamo" })).ToBeCheckedAsync();
            var resolution = dialog.GetByRole(AriaRole.Group, new() { Name = "Meta de resolución" });
            await Expect(Field(resolution, "Días")).ToHaveValueAsync("15");
            await Expect(resolution.GetByRole(AriaRole.Combobox, new() { Name = "Calendario" }).Locator("option:checked")).ToHaveTextAsync(LegalCalendar);
            await ReviewAsync(page, "sla-policy-edit");
            await AssertNoAxeViolationsAsync(page);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancelar" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();

            // Calendars: the contact centre's hours are the default; legal days run Monday to Friday.
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Calendarios de SLA" }).ClickAsync();
            await Expect(Heading(page, "Calendarios de SLA")).ToBeVisibleAsync();
            var calendars = page.GetByRole(AriaRole.Table, new() { Name = "Calendarios hábiles" });
            await Expect(calendars.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync([OfficeCalendar, LegalCalendar]);
            var office = Row(calendars, OfficeCalendar);
            await Expect(office.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("America/Bogota");
            await Expect(office.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("lun–vie 07:00–19:00 · sáb 08:00–13:00");
            await Expect(office.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync(new Regex(@"^\d+ festivos$"));
            await Expect(office.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("Predeterminado");
            var areas = page.GetByRole(AriaRole.Table, new() { Name = "Calendario de cada área" });
            await Expect(areas.GetByRole(AriaRole.Combobox, new() { Name = "Calendario de Crédito" }).Locator("option:checked"))
                .ToHaveTextAsync($"Predeterminado ({OfficeCalendar})");
            await ReviewAsync(page, "sla-calendars");
            await AssertNoAxeViolationsAsync(page);

            await calendars.GetByRole(AriaRole.Button, new() { Name = $"Editar el calendario {OfficeCalendar}" }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Editar calendario" });
            await ExpectOpenedAsync(dialog);
            await Expect(Field(dialog, "Sábado, fin del periodo 1")).ToHaveValueAsync("13:00");
            await Expect(dialog.GetByRole(AriaRole.Switch, new() { Name = "Calendario predeterminado" })).ToBeCheckedAsync();
            await ReviewAsync(page, "sla-calendar-edit");
            await AssertNoAxeViolationsAsync(page);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancelar" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
        });
    }

    [Test, Order(2)]
    public async Task Agent_FilesAClaim_IsToldTheDateToPromise_AndTheTicketShowsItsSla()
    {
        await using var context = await Chromium.NewContextAsync(App.BaseAddress);
        var page = await context.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, async () =>
        {
            await LogInAsync(page, AgentEmail);
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Radicar" }).ClickAsync();
            await Expect(Heading(page, "Radicar caso")).ToBeVisibleAsync();

            var lookup = page.GetByRole(AriaRole.Search, new() { Name = "Buscar cliente por documento" });
            await Field(lookup, "Número de documento").FillAsync("1055667788");
            await lookup.GetByRole(AriaRole.Button, new() { Name = "Buscar cliente" }).ClickAsync();
            var register = page.GetByRole(AriaRole.Region, new() { Name = "Registrar cliente" });
            await Field(register, "Nombre completo").FillAsync("Cliente SLA E2E");
            await register.GetByRole(AriaRole.Combobox, new() { Name = "Tipo de cliente" }).SelectOptionAsync(new SelectOptionValue { Label = "Afiliado" });
            await Field(register, "Teléfonos").FillAsync("3007778899");
            await register.GetByRole(AriaRole.Button, new() { Name = "Registrar cliente" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Datos registrados del cliente" }).GetByText("Cliente SLA E2E", new() { Exact = true })).ToBeVisibleAsync();

            // Choosing the type is enough for the date to promise (Ley 1755: 15 legal days), in Bogotá time.
            var form = page.GetByRole(AriaRole.Region, new() { Name = "4. Tipificación del caso" });
            await form.GetByRole(AriaRole.Combobox, new() { Name = "Tipo", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Reclamo" });
            await Expect(form.GetByTestId("promised-response")).ToHaveTextAsync(new Regex(@"^Respuesta prometida: .+ \(hora de America/Bogota\)$"));
            await Expect(form.GetByText($"Según la política «{ClaimsPolicy}».")).ToBeVisibleAsync();
            await ReviewAsync(page, "intake-promise");
            await AssertNoAxeViolationsAsync(page);

            await Field(form, "Asunto").FillAsync("Me cobraron intereses de mora sin estar en mora");
            await Field(form, "Descripción").FillAsync("Pagué la cuota a tiempo y el extracto muestra intereses de mora.");
            await form.GetByRole(AriaRole.Combobox, new() { Name = "Área" }).SelectOptionAsync(new SelectOptionValue { Label = "Crédito" });
            await form.GetByRole(AriaRole.Combobox, new() { Name = "Tema", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Desembolsos" });
            await form.GetByRole(AriaRole.Button, new() { Name = "Radicar caso" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Caso radicado", Level = 2 })).ToBeVisibleAsync();
            var number = (await page.GetByTestId("created-ticket-number").TextContentAsync())?.Trim() ?? "";
            Assert.That(number, Does.Match(@"^PQRS-\d{4}-\d{6}$"), "the new ticket's number should be shown");

            // The ticket page: an SLA badge in words beside the status, and the clocks of the policy.
            await page.GetByRole(AriaRole.Link, new() { Name = "Ver el caso" }).ClickAsync();
            await Expect(Heading(page, number)).ToBeVisibleAsync();
            var badges = page.GetByRole(AriaRole.Group, new() { Name = "Estado, tipo y prioridad" });
            await Expect(badges.GetByText(new Regex("^SLA: A tiempo · quedan .+"))).ToBeVisibleAsync();
            var sla = page.GetByRole(AriaRole.Region, new() { Name = "SLA", Exact = true });
            await Expect(sla.GetByText($"Política: {ClaimsPolicy} (v1)")).ToBeVisibleAsync();
            var clocks = sla.GetByRole(AriaRole.List, new() { Name = $"Relojes de SLA de {number}" });
            await Expect(clocks.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Primera respuesta" }).GetByText("En curso", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(clocks.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Resolución" }).GetByText("15 días hábiles legales")).ToBeVisibleAsync();
            await ReviewAsync(page, "ticket-sla");
            await AssertNoAxeViolationsAsync(page);

            // The ticket list: the same badge on its row, and the "En riesgo" queue sorts by due time.
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Casos" }).ClickAsync();
            var list = page.GetByRole(AriaRole.Table, new() { Name = "Casos" });
            await Expect(Row(list, number).GetByText(new Regex("^A tiempo · quedan .+"))).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Group, new() { Name = "Colas guardadas" }).GetByRole(AriaRole.Button, new() { Name = "En riesgo" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/app/tickets\?queue=at_risk&sort=due$"));
            await ReviewAsync(page, "tickets-at-risk");
            await AssertNoAxeViolationsAsync(page);
        });
    }

    private static ILocator Row(ILocator table, string header) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = header, Exact = true }) });

    /// <summary>The row's first data cells, in order (the actions' cell left out).</summary>
    private static async Task ExpectCellsAsync(ILocator row, params string[] cells)
    {
        await Expect(row).ToHaveCountAsync(1);
        for (var i = 0; i < cells.Length; i++)
        {
            await Expect(row.GetByRole(AriaRole.Cell).Nth(i)).ToHaveTextAsync(cells[i]);
        }
    }
}
