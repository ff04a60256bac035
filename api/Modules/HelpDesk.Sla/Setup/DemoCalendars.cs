using HelpDesk.Sla.Calendars;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla.Setup;

/// <summary>
/// Demo mode: ICETEX's contact-centre hours and the legal business days, both closed on Colombia's national holidays
/// (by rule, every year: no dates to keep up to date).
/// </summary>
internal static class DemoCalendars
{
    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM sla.calendars WHERE lower(name) = lower(@Name))";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDb>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        Weekday[] weekdays = [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday];
        var calendars = new[]
        {
            new SaveCalendar.Request("Centro de contacto (L-V 7-19, S 8-13)", "America/Bogota",
                [.. weekdays.Select(d => new WorkPeriodDto(d, "07:00", "19:00")), new WorkPeriodDto(Weekday.Saturday, "08:00", "13:00")], [], IsDefault: true, NationalHolidays: true),
            new SaveCalendar.Request("Días hábiles legales (L-V)", "America/Bogota",
                [.. weekdays.Select(d => new WorkPeriodDto(d, "00:00", "24:00"))], [], NationalHolidays: true),
        };
        foreach (var calendar in calendars)
        {
            if (!await db.QuerySingleAsync<bool>(ExistsSql, new { calendar.Name }, ct))
            {
                await mediator.Send(new SaveCalendar.Command(null, calendar), ct);
            }
        }
    }
}
