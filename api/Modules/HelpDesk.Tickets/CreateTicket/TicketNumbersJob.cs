using Hangfire;
using HelpDesk.Shared.Organisation;
using HelpDesk.Tickets.Tickets;
using Npgsql;

namespace HelpDesk.Tickets.CreateTicket;

/// <summary>
/// Makes next year's ticket-number sequence ahead of time (daily; idempotent), so the first tickets of 1 January never
/// create it under load.
/// </summary>
internal sealed class TicketNumbersJob(NpgsqlDataSource dataSource, OrganisationSettings organisation, TimeProvider clock)
{
    public const string RecurringJobId = "prepare-ticket-numbers";

    [AutomaticRetry(Attempts = 3)]
    public async Task PrepareNextYear(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT tickets.ensure_number_sequence($1)");
        command.Parameters.AddWithValue(organisation.Local(clock.GetUtcNow()).Year + 1);
        await command.ExecuteNonQueryAsync(ct);
    }
}
