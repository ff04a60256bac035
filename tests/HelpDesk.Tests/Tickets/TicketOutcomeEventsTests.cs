using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tickets.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Tests.Tickets;

/// <summary>
/// TicketAnswered and TicketClosed come from every path that answers or closes a ticket, with the ticket's facts; the
/// system query reads those facts without a signed-in user. Observed through their one consumer today, the
/// helpdesk.tickets.answered/closed counters, which count only committed changes.
/// </summary>
public sealed class TicketOutcomeEventsTests : IntegrationTest
{
    private const string Answered = "helpdesk.tickets.answered";
    private const string Closed = "helpdesk.tickets.closed";

    [Test]
    public async Task TicketAnsweredAtFirstContact_IsAnsweredAndClosedAtOnce_WithItsFacts()
    {
        using var recorded = new RecordedMetrics();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var created = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(
            type: "petition", channel: "walk_in", answerNow: new { body = "Su certificado sale hoy.", resolutionType = "favourable" }));

        Assert.That(recorded.Sum(Answered, ("first_contact", "true")), Is.EqualTo(1));
        Assert.That(recorded.Sum(Closed, ("first_contact", "true")), Is.EqualTo(1));
        Assert.That(recorded.Sum(Closed, ("channel", "walk_in")), Is.EqualTo(1));

        var customerId = created.GetProperty("customer").GetProperty("id").GetGuid();
        await SetSegmentAsync(customerId, "Afiliado categoría B");
        var facts = await FactsAsync(created.GetProperty("id").GetGuid());
        var createdAt = created.GetProperty("createdAt").GetDateTimeOffset();
        Assert.That(facts, Is.Not.Null);
        Assert.That((facts!.Number, facts.Type, facts.Channel, facts.Status), Is.EqualTo((created.Number(), TicketType.Petition, Channel.WalkIn, TicketStatus.Closed)));
        Assert.That((facts.CustomerId, facts.CustomerSegment, facts.ResolvedAtFirstContact), Is.EqualTo((customerId, "Afiliado categoría B", true)));
        Assert.That((facts.AnsweredAt, facts.ClosedAt, facts.FirstResponseAt), Is.EqualTo(((DateTimeOffset?)createdAt, (DateTimeOffset?)createdAt, (DateTimeOffset?)createdAt)));
    }

    [Test]
    public async Task AnswerCloseReopenAndAnswerAgain_RaiseOneEventEach()
    {
        using var recorded = new RecordedMetrics();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(channel: "email"));
        var number = ticket.Number();
        Assert.That(recorded.Values(Answered).Concat(recorded.Values(Closed)), Is.Empty, "a new ticket is neither");

        await StepAsync(agent, number, "/answer", new { body = "El desembolso se hizo el 3 de marzo.", resolutionType = "favourable" });
        Assert.That((recorded.Sum(Answered, ("channel", "email")), recorded.Sum(Closed, ("channel", "email"))), Is.EqualTo((1, 0)));

        await StepAsync(agent, number, "/status", new { status = "closed" });
        Assert.That((recorded.Sum(Answered, ("channel", "email")), recorded.Sum(Closed, ("channel", "email"))), Is.EqualTo((1, 1)));
        var facts = await FactsAsync(ticket.GetProperty("id").GetGuid());
        Assert.That((facts!.Status, facts.AnsweredAt is not null, facts.ClosedAt is not null, facts.ResolvedAtFirstContact), Is.EqualTo((TicketStatus.Closed, true, true, false)));

        await StepAsync(agent, number, "/status", new { status = "reopened", reason = "el cliente insiste" });
        await StepAsync(agent, number, "/answer", new { body = "Revisamos de nuevo: el abono está en su cuenta.", resolutionType = "favourable" });
        Assert.That((recorded.Sum(Answered, ("first_contact", "false")), recorded.Sum(Closed, ("first_contact", "false"))), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task Facts_OfAnUnknownTicket_AreNull()
    {
        Assert.That(await FactsAsync(Guid.NewGuid()), Is.Null);
    }

    private static async Task<TicketFacts?> FactsAsync(Guid ticketId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetTicketFacts(ticketId));
    }

    private static async Task StepAsync(HttpClient agent, string number, string path, object body)
    {
        var (_, etag) = await TicketApi.GetAsync(agent, number);
        var response = await TicketApi.SendAsync(agent, HttpMethod.Post, $"/api/tickets/{number}{path}", body, etag);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    private static async Task SetSegmentAsync(Guid customerId, string segment)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE customers.customers SET segment = @Segment WHERE id = @Id", connection);
        command.Parameters.AddWithValue("Segment", segment);
        command.Parameters.AddWithValue("Id", customerId);
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
    }
}
