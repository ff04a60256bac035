using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla.Setup;

/// <summary>
/// Demo mode: Ley 1755 de 2015's legal terms (15 business days for petitions, complaints and claims, 10 for information
/// requests) with a first response within a working day, and a faster policy for urgent cases that wins ties.
/// </summary>
internal static class DemoPolicies
{
    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM sla.policies WHERE name = @Name)";

    private const string CalendarSql = "SELECT id FROM sla.calendars WHERE lower(name) = lower(@Name)";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDb>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var office = await db.QuerySingleAsync<Guid>(CalendarSql, new { Name = "Centro de contacto (L-V 7-19, S 8-13)" }, ct);
        var legal = await db.QuerySingleAsync<Guid>(CalendarSql, new { Name = "Días hábiles legales (L-V)" }, ct);
        ClockTarget WorkingMinutes(int minutes) => new(TargetKind.BusinessMinutes, minutes, office);
        ClockTarget LegalDays(int days) => new(TargetKind.BusinessDays, days, legal);

        var policies = new[]
        {
            new SavePolicy.Request("Ley 1755: peticiones, quejas y reclamos",
                new PolicyConditions(TicketTypes: [TicketType.Petition, TicketType.Complaint, TicketType.Claim]), WorkingMinutes(8 * 60), LegalDays(15)),
            new SavePolicy.Request("Ley 1755: solicitudes de información",
                new PolicyConditions(TicketTypes: [TicketType.Information]), WorkingMinutes(8 * 60), LegalDays(10)),
            new SavePolicy.Request("Sugerencias y felicitaciones",
                new PolicyConditions(TicketTypes: [TicketType.Suggestion, TicketType.Compliment]), WorkingMinutes(16 * 60), LegalDays(15)),
            new SavePolicy.Request("Casos urgentes",
                new PolicyConditions(Priorities: [Priority.Urgent]), WorkingMinutes(60), LegalDays(3), Precedence: 10),
        };
        foreach (var policy in policies)
        {
            if (!await db.QuerySingleAsync<bool>(ExistsSql, new { policy.Name }, ct))
            {
                await mediator.Send(new SavePolicy.Command(null, policy), ct);
            }
        }
    }
}
