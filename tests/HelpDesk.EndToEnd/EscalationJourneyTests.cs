using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using static HelpDesk.EndToEnd.Ui;
using static Microsoft.Playwright.Assertions;

namespace HelpDesk.EndToEnd;

/// <summary>
/// Escalation in Chromium against the app as <c>./helpdesk run</c> starts it (demo mode). An admin adds, edits and removes
/// a row of the escalation matrix. Then a claim goes round trip with three people, each in a browser context of their
/// own: the front-line agent files it and escalates it (the demo matrix suggests Crédito); Crédito's responder takes and
/// answers the leg from the area inbox; the back office rejects the answer with a reason; the responder answers the
/// second round; the back office accepts it, edits the draft and sends it as the final answer: the ticket is answered
/// and the customer's email (an .eml in the run's mail folder) carries the edited text. Every new page is checked with
/// axe (WCAG 2.x A/AA).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class EscalationJourneyTests : JourneyTest
{
    private const string AdminEmail = "admin@helpdesk.test";
    private const string AgentEmail = "agente@helpdesk.test";
    private const string ResponderEmail = "credito@helpdesk.test";
    private const string BackOfficeEmail = "backoffice@helpdesk.test";

    private const string CustomerName = "Cliente Reclamo E2E";
    private const string CustomerEmail = "reclamo.e2e@example.com";
    private const string Subject = "El desembolso de mi crédito no llega";
    private const string EscalationReason = "Confirmar la fecha y el valor del desembolso del crédito educativo.";
    private const string FirstAnswer = "Está en trámite.";
    private const string RejectionReason = "No dice cuándo se giró ni por qué valor; el cliente pregunta por ambos.";
    private const string SecondAnswer = "Se giró el 3 de marzo de 2026 a la cuenta registrada, por el valor completo. Ref. interna CR-4471.";
    private const string FinalAnswer =
        "Hola. Revisamos su reclamo con el área de Crédito: el desembolso se giró el 3 de marzo de 2026 a su cuenta registrada, por el valor completo.";

    [Test, Order(1)]
    public async Task Admin_AddsEditsAndRemovesAMatrixRow_ADuplicateIsShownOnTheTopicField()
    {
        await using var context = await Chromium.NewContextAsync(App.BaseAddress);
        var page = await context.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, async () =>
        {
            await LogInAsync(page, AdminEmail);
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Matriz de escalamiento" }).ClickAsync();
            await Expect(Heading(page, "Matriz de escalamiento")).ToBeVisibleAsync();
            var table = page.GetByRole(AriaRole.Table, new() { Name = "Filas de la matriz de escalamiento, por tema" });
            // The demo matrix: every top-level topic goes to its own area, then to the area's manager, in 16 business hours.
            await ExpectCellsAsync(MatrixRow(table, "Crédito › Desembolsos", "Cualquier tipo"), "Cualquier tipo", "Crédito", "—", "Jefe del área que responde", "16");
            await ReviewAsync(page, "matrix");
            await AssertNoAxeViolationsAsync(page);

            // A second "any type" row for a topic is refused by the API (409), on the topic field.
            await page.GetByRole(AriaRole.Button, new() { Name = "Nueva fila" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Nueva fila de la matriz" });
            await ExpectOpenedAsync(dialog);
            await Select(dialog, "Tema").SelectOptionAsync(new SelectOptionValue { Label = "Crédito › Condonación y beneficios" });
            await Select(dialog, "Área que responde").SelectOptionAsync(new SelectOptionValue { Label = "Crédito" });
            var responder = Select(dialog, "Responsable por defecto");
            await responder.SelectOptionAsync(new SelectOptionValue { Label = "Rodrigo Crédito (credito@helpdesk.test)" });
            await Select(dialog, "Siguiente nivel").SelectOptionAsync(new SelectOptionValue { Label = "Área Tesorería" });
            await Field(dialog, "Meta de respuesta OLA (horas hábiles)").FillAsync("4");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Agregar fila" }).ClickAsync();
            await Expect(Select(dialog, "Tema")).ToHaveAccessibleDescriptionAsync(new Regex("La matriz ya tiene una fila para este tema y tipo de caso"));
            await Expect(Select(dialog, "Tema")).ToHaveAttributeAsync("aria-invalid", "true");
            await ReviewAsync(page, "matrix-row-duplicate");
            await AssertNoAxeViolationsAsync(page);

            // For claims only it is a new row.
            await Select(dialog, "Tipo de caso").SelectOptionAsync(new SelectOptionValue { Label = "Reclamo" });
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Agregar fila" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            var added = MatrixRow(table, "Crédito › Condonación y beneficios", "Reclamo");
            await ExpectCellsAsync(added, "Reclamo", "Crédito", "Rodrigo Crédito", "Tesorería", "4");

            // Edit it: 2,5 business hours are sent as 150 minutes.
            await table.GetByRole(AriaRole.Button, new() { Name = "Editar la fila de Crédito › Condonación y beneficios (Reclamo)" }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Editar fila de la matriz" });
            var ola = Field(dialog, "Meta de respuesta OLA (horas hábiles)");
            await Expect(ola).ToHaveValueAsync("4");
            await Expect(Select(dialog, "Responsable por defecto").Locator("option:checked")).ToHaveTextAsync("Rodrigo Crédito (credito@helpdesk.test)");
            await ola.FillAsync("2,5");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await ExpectCellsAsync(added, "Reclamo", "Crédito", "Rodrigo Crédito", "Tesorería", "2,5");
            using (var matrix = await ReadAsync(await page.APIRequest.GetAsync("/api/escalation/matrix")))
            {
                Assert.That(matrix.Status, Is.EqualTo(200), matrix.Text);
                var row = matrix.Body.EnumerateArray().Single(r => r.GetProperty("ticketType").ValueKind == JsonValueKind.String && r.GetProperty("ticketType").GetString() == "claim");
                Assert.That(row.GetProperty("olaMinutes").GetInt32(), Is.EqualTo(150), matrix.Text);
                Assert.That(row.GetProperty("nextToManager").GetBoolean(), Is.False, matrix.Text);
                Assert.That(row.GetProperty("defaultResponderId").ValueKind, Is.EqualTo(JsonValueKind.String), matrix.Text);
            }

            // Remove it, after confirming; the "any type" row stays.
            await table.GetByRole(AriaRole.Button, new() { Name = "Eliminar la fila de Crédito › Condonación y beneficios (Reclamo)" }).ClickAsync();
            var confirm = page.GetByRole(AriaRole.Dialog, new() { Name = "Eliminar fila de la matriz" });
            await ExpectOpenedAsync(confirm);
            await Expect(confirm.GetByRole(AriaRole.Button, new() { Name = "Cancelar" })).ToBeFocusedAsync();
            await AssertNoAxeViolationsAsync(page);
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Eliminar" }).ClickAsync();
            await Expect(confirm).ToBeHiddenAsync();
            await Expect(added).ToHaveCountAsync(0);
            await Expect(MatrixRow(table, "Crédito › Condonación y beneficios", "Cualquier tipo")).ToHaveCountAsync(1);
        });
    }

    [Test, Order(2)]
    public async Task EscalatedClaim_AnsweredRejectedAnsweredAgainAndAccepted_CustomerIsEmailedTheEditedAnswer()
    {
        await using var agentContext = await Chromium.NewContextAsync(App.BaseAddress);
        await using var responderContext = await Chromium.NewContextAsync(App.BaseAddress);
        await using var backOfficeContext = await Chromium.NewContextAsync(App.BaseAddress);
        var agent = await agentContext.NewPageAsync();
        var responder = await responderContext.NewPageAsync();
        var backOffice = await backOfficeContext.NewPageAsync();

        var number = "";
        await WithScreenshotOnFailureAsync(agent, async () => number = await FileAndEscalateAClaimAsync(agent));

        // Round 1: Crédito takes the leg from its inbox and answers.
        await WithScreenshotOnFailureAsync(responder, async () =>
        {
            await LogInAsync(responder, ResponderEmail);
            var leg = await OpenFromInboxAsync(responder, number, round: 1, checkPages: true);
            await Expect(leg.GetByText(EscalationReason)).ToBeVisibleAsync();
            await responder.GetByRole(AriaRole.Button, new() { Name = "Tomar" }).ClickAsync();
            await Expect(responder.GetByText("Lo tienes tú.")).ToBeVisibleAsync();
            await Expect(responder.GetByRole(AriaRole.Button, new() { Name = "Tomar" })).ToHaveCountAsync(0);
            await AnswerAsync(responder, FirstAnswer);
        });

        // The back office rejects it: the answer does not answer the request.
        await WithScreenshotOnFailureAsync(backOffice, async () =>
        {
            await LogInAsync(backOffice, BackOfficeEmail);
            await OpenForReviewAsync(backOffice, number, FirstAnswer, checkPages: true);
            var review = backOffice.GetByRole(AriaRole.Region, new() { Name = "Revisión" });
            await Field(review, "Motivo del rechazo").FillAsync(RejectionReason);
            await review.GetByRole(AriaRole.Button, new() { Name = "Rechazar" }).ClickAsync();
            await Expect(backOffice.GetByRole(AriaRole.Status).Filter(new() { HasText = "Rechazado. Se abrió un nuevo escalamiento." })).ToBeVisibleAsync();
            await Expect(backOffice.GetByText("Rechazado", new() { Exact = true })).ToBeVisibleAsync();
        });

        // Round 2 goes back to the same responder, with the reason, and is answered.
        await WithScreenshotOnFailureAsync(responder, async () =>
        {
            var leg = await OpenFromInboxAsync(responder, number, round: 2, checkPages: false);
            await Expect(leg.GetByText(RejectionReason)).ToBeVisibleAsync();
            await Expect(responder.GetByText("Lo tienes tú.")).ToBeVisibleAsync();
            await AnswerAsync(responder, SecondAnswer);
        });

        // The back office accepts, edits the draft and sends it: the ticket is answered.
        await WithScreenshotOnFailureAsync(backOffice, async () =>
        {
            await OpenForReviewAsync(backOffice, number, SecondAnswer, checkPages: false);
            await backOffice.GetByRole(AriaRole.Button, new() { Name = "Aceptar y preparar la respuesta" }).ClickAsync();

            await Expect(Heading(backOffice, number)).ToBeVisibleAsync();
            await Expect(backOffice.GetByRole(AriaRole.Tab, new() { Name = "Respuesta final" })).ToHaveAttributeAsync("aria-selected", "true");
            var draft = Field(backOffice, "Respuesta final");
            await Expect(draft).ToHaveValueAsync(SecondAnswer);
            await draft.FillAsync(FinalAnswer);
            await backOffice.GetByRole(AriaRole.Combobox, new() { Name = "Tipo de resolución" }).SelectOptionAsync(new SelectOptionValue { Label = "Favorable" });
            await backOffice.GetByRole(AriaRole.Button, new() { Name = "Enviar respuesta final" }).ClickAsync();

            var badges = backOffice.GetByRole(AriaRole.Group, new() { Name = "Estado, tipo y prioridad" });
            await Expect(badges.GetByText("Respondido", new() { Exact = true })).ToBeVisibleAsync();
            var timeline = backOffice.GetByRole(AriaRole.List, new() { Name = $"Eventos del caso {number}, del más antiguo al más reciente" });
            await Expect(timeline.GetByText("Respuesta final · Favorable")).ToBeVisibleAsync();
            var legs = backOffice.GetByRole(AriaRole.List, new() { Name = $"Escalamientos de {number}" });
            await Expect(legs.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
            await Expect(legs.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Ronda 1" }).GetByText(RejectionReason)).ToBeVisibleAsync();
            await Expect(legs.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Ronda 2" }).GetByText("Aceptado", new() { Exact = true })).ToBeVisibleAsync();
            await ReviewAsync(backOffice, "ticket-answered-after-escalation");
            await AssertNoAxeViolationsAsync(backOffice);
        });

        // The customer's email carries the edited text, not the area's draft.
        var email = await WaitForEmailAsync(CustomerEmail, $"[{number}] Respuesta a su solicitud");
        var text = email.TextBody ?? "";
        Assert.That(text, Does.Contain(FinalAnswer), "the emailed final answer should be the back office's edited text");
        Assert.That(text, Does.Not.Contain("CR-4471"), "the area's draft (with its internal reference) should not be what was emailed");
    }

    /// <summary>The agent files a claim for a new customer with an email, on a Crédito topic, and escalates it as the matrix suggests.</summary>
    private static async Task<string> FileAndEscalateAClaimAsync(IPage agent)
    {
        await LogInAsync(agent, AgentEmail);
        await Navigation(agent).GetByRole(AriaRole.Link, new() { Name = "Radicar" }).ClickAsync();
        await Expect(Heading(agent, "Radicar caso")).ToBeVisibleAsync();

        var lookup = agent.GetByRole(AriaRole.Search, new() { Name = "Buscar cliente por documento" });
        await Field(lookup, "Número de documento").FillAsync("1032456789");
        await lookup.GetByRole(AriaRole.Button, new() { Name = "Buscar cliente" }).ClickAsync();
        var register = agent.GetByRole(AriaRole.Region, new() { Name = "Registrar cliente" });
        await Field(register, "Nombre completo").FillAsync(CustomerName);
        await register.GetByRole(AriaRole.Combobox, new() { Name = "Tipo de cliente" }).SelectOptionAsync(new SelectOptionValue { Label = "Afiliado" });
        await Field(register, "Correo electrónico").FillAsync(CustomerEmail);
        await Field(register, "Teléfonos").FillAsync("3004445566");
        await register.GetByRole(AriaRole.Button, new() { Name = "Registrar cliente" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Region, new() { Name = "Datos registrados del cliente" }).GetByText(CustomerName, new() { Exact = true })).ToBeVisibleAsync();

        var form = agent.GetByRole(AriaRole.Region, new() { Name = "4. Tipificación del caso" });
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Tipo", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Reclamo" });
        await Field(form, "Asunto").FillAsync(Subject);
        await Field(form, "Descripción").FillAsync("Aprobaron mi crédito educativo hace un mes y el desembolso no ha llegado a la universidad.");
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Área" }).SelectOptionAsync(new SelectOptionValue { Label = "Crédito" });
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Tema", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Desembolsos" });
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Subtema" }).SelectOptionAsync(new SelectOptionValue { Label = "Demora en el desembolso" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Radicar caso" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Caso radicado", Level = 2 })).ToBeVisibleAsync();
        var number = (await agent.GetByTestId("created-ticket-number").TextContentAsync())?.Trim() ?? "";
        Assert.That(number, Does.Match(@"^PQRS-\d{4}-\d{6}$"), "the new ticket's number should be shown");

        // Escalate from the ticket page: the matrix's row for the parent topic suggests Crédito.
        await agent.GetByRole(AriaRole.Link, new() { Name = "Ver el caso" }).ClickAsync();
        await Expect(Heading(agent, number)).ToBeVisibleAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Escalar", Exact = true }).ClickAsync();
        var dialog = agent.GetByRole(AriaRole.Dialog, new() { Name = $"Escalar {number}" });
        await ExpectOpenedAsync(dialog);
        var area = dialog.GetByRole(AriaRole.Combobox, new() { Name = "Área" });
        await Expect(area).ToHaveAccessibleDescriptionAsync("Sugerida por la matriz de escalamiento");
        await Expect(area.Locator("option:checked")).ToHaveTextAsync("Crédito");
        await AssertNoAxeViolationsAsync(agent);
        await Field(dialog, "Motivo para el área").FillAsync(EscalationReason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Escalar caso" }).ClickAsync();
        // The dialog says where the case went and when the area's answer is due, then closes.
        await Expect(dialog.GetByRole(AriaRole.Status).Filter(new() { HasText = "Caso escalado a Crédito." })).ToBeVisibleAsync();
        await Expect(dialog.GetByText(new Regex("^El área debe responder antes de: .+"))).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(agent);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Listo" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await Expect(agent.GetByRole(AriaRole.Group, new() { Name = "Estado, tipo y prioridad" }).GetByText("Escalado", new() { Exact = true })).ToBeVisibleAsync();
        var legs = agent.GetByRole(AriaRole.List, new() { Name = $"Escalamientos de {number}" });
        await Expect(legs.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Crédito · Ronda 1" }).GetByText("Abierto", new() { Exact = true })).ToBeVisibleAsync();
        await ReviewAsync(agent, "ticket-escalated");
        await AssertNoAxeViolationsAsync(agent);
        return number;
    }

    /// <summary>The area inbox lists the ticket's open leg of this round; its link opens the leg. Returns the leg's request panel.</summary>
    private static async Task<ILocator> OpenFromInboxAsync(IPage responder, string number, int round, bool checkPages)
    {
        await Navigation(responder).GetByRole(AriaRole.Link, new() { Name = "Bandeja del área" }).ClickAsync();
        await Expect(Heading(responder, "Bandeja del área")).ToBeVisibleAsync();
        var inbox = responder.GetByRole(AriaRole.Table, new() { Name = "Escalamientos abiertos, el que vence primero arriba" });
        var row = inbox.GetByRole(AriaRole.Row).Filter(new() { Has = responder.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = round.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true })).ToBeVisibleAsync();
        if (checkPages)
        {
            await ReviewAsync(responder, "area-inbox");
            await AssertNoAxeViolationsAsync(responder);
        }

        await row.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Expect(Heading(responder, $"Escalamiento de {number}")).ToBeVisibleAsync();
        await Expect(responder.GetByText("Abierto", new() { Exact = true }).First).ToBeVisibleAsync();
        // The ticket behind the leg is shown too: its subject and its timeline.
        await Expect(responder.GetByText(Subject).First).ToBeVisibleAsync();
        await Expect(responder.GetByRole(AriaRole.List, new() { Name = $"Eventos del caso {number}, del más antiguo al más reciente" })).ToBeVisibleAsync();
        if (checkPages)
        {
            await ReviewAsync(responder, "leg-open");
            await AssertNoAxeViolationsAsync(responder);
        }

        return responder.GetByRole(AriaRole.Region, new() { Name = "Lo que pide el área de servicio" });
    }

    private static async Task AnswerAsync(IPage responder, string answer)
    {
        var panel = responder.GetByRole(AriaRole.Region, new() { Name = "Respuesta del área" });
        await Field(panel, "Respuesta del área").FillAsync(answer);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Enviar respuesta" }).ClickAsync();
        await Expect(responder.GetByText("Respondido", new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(panel.GetByText(answer)).ToBeVisibleAsync();
        await Expect(Field(panel, "Respuesta del área")).ToHaveCountAsync(0);
    }

    /// <summary>"Por revisar" lists the answered leg; it opens beside the customer's original request.</summary>
    private static async Task OpenForReviewAsync(IPage backOffice, string number, string answer, bool checkPages)
    {
        await Navigation(backOffice).GetByRole(AriaRole.Link, new() { Name = "Bandeja del área" }).ClickAsync();
        await Expect(Heading(backOffice, "Bandeja del área")).ToBeVisibleAsync();
        await backOffice.GetByRole(AriaRole.Tab, new() { Name = "Por revisar" }).ClickAsync();
        await Expect(backOffice).ToHaveURLAsync(new Regex(@"/app/escalations\?status=answered$"));
        var toReview = backOffice.GetByRole(AriaRole.Table, new() { Name = "Escalamientos respondidos por revisar" });
        var link = toReview.GetByRole(AriaRole.Link, new() { Name = number, Exact = true });
        await Expect(link).ToHaveCountAsync(1);
        if (checkPages)
        {
            await ReviewAsync(backOffice, "inbox-to-review");
            await AssertNoAxeViolationsAsync(backOffice);
        }

        await link.ClickAsync();
        await Expect(Heading(backOffice, $"Escalamiento de {number}")).ToBeVisibleAsync();
        await Expect(backOffice.GetByRole(AriaRole.Region, new() { Name = "Solicitud original del cliente" }).GetByText(Subject)).ToBeVisibleAsync();
        await Expect(backOffice.GetByRole(AriaRole.Region, new() { Name = "Respuesta del área" }).GetByText(answer)).ToBeVisibleAsync();
        if (checkPages)
        {
            await ReviewAsync(backOffice, "leg-review");
            await AssertNoAxeViolationsAsync(backOffice);
        }
    }

    /// <summary>Waits for the outbox to drop the customer's email with this subject in the run's mail folder, and reads it.</summary>
    private async Task<MimeMessage> WaitForEmailAsync(string to, string subject)
    {
        var folder = Path.Combine(App.DataDirectory, "mail");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var seen = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            seen.Clear();
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                MimeMessage message;
                try
                {
                    message = await MimeMessage.LoadAsync(file);
                }
                catch (IOException)
                {
                    continue; // still being written
                }

                seen.Add($"{string.Join(", ", message.To.Mailboxes.Select(m => m.Address))}: {message.Subject}");
                if (message.Subject == subject && message.To.Mailboxes.Any(m => m.Address == to))
                {
                    return message;
                }
            }

            await Task.Delay(500);
        }

        Assert.Fail($"no email \"{subject}\" to {to} in {folder} within 60 s; there were:\n{string.Join('\n', seen)}");
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The matrix row of a topic and ticket type ("Cualquier tipo" for any).</summary>
    private static ILocator MatrixRow(ILocator table, string topic, string type) =>
        table.GetByRole(AriaRole.Row)
            .Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = topic, Exact = true }) })
            .Filter(new() { Has = table.Page.GetByRole(AriaRole.Cell, new() { Name = type, Exact = true }) });

    /// <summary>The row's data cells, from the ticket type to the OLA (the action buttons' cell left out).</summary>
    private static async Task ExpectCellsAsync(ILocator row, params string[] cells)
    {
        await Expect(row).ToHaveCountAsync(1);
        for (var i = 0; i < cells.Length; i++)
        {
            await Expect(row.GetByRole(AriaRole.Cell).Nth(i)).ToHaveTextAsync(cells[i]);
        }
    }

    /// <summary>A native select by the start of its accessible name (required fields' names end with an asterisk).</summary>
    private static ILocator Select(ILocator within, string label) =>
        within.GetByRole(AriaRole.Combobox, new() { NameRegex = new Regex("^" + Regex.Escape(label)) });
}
