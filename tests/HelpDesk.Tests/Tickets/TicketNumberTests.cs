using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tickets.CreateTicket;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Tests.Tickets;

/// <summary>Ticket numbers at the start of a year: concurrent first tickets, and next year's sequence made ahead of time.</summary>
public sealed class TicketNumberTests : IntegrationTest
{
    [Test]
    public async Task FirstNumbersOfAYear_FiveAtOnce_AllSucceedWithDistinctNumbers()
    {
        var year = 2200 + Random.Shared.Next(700);
        await ExecuteAsync($"DROP SEQUENCE IF EXISTS tickets.number_{year}");
        using var start = new Barrier(5);

        // Each creation keeps its transaction open a moment after taking its number, as a ticket insert does.
        var numbers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            start.SignalAndWait();
            await using var next = new NpgsqlCommand($"SELECT tickets.next_number({year})", connection, transaction);
            var number = (long)(await next.ExecuteScalarAsync())!;
            await using var hold = new NpgsqlCommand("SELECT pg_sleep(0.3)", connection, transaction);
            await hold.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return number;
        })));

        Assert.That(numbers.Order(), Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public async Task PrepareNextYear_MakesNextYearsSequenceAheadOfTime()
    {
        var nextYear = TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Bogota")).Year + 1;
        await ExecuteAsync($"DROP SEQUENCE IF EXISTS tickets.number_{nextYear}");

        await App.Services.GetRequiredService<TicketNumbersJob>().PrepareNextYear(CancellationToken.None);

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('tickets.number_{nextYear}') IS NOT NULL", connection);
        Assert.That(await exists.ExecuteScalarAsync(), Is.True);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
