using HelpDesk.Shared.Data;
using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.ManageCalendars;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla.Setup;

/// <summary>Demo mode: ICETEX's contact-centre hours and the legal business days, both with Colombia's 2026–2027 holidays.</summary>
internal static class DemoCalendars
{
    private static readonly int[] Years = [2026, 2027];

    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM sla.calendars WHERE lower(name) = lower(@Name))";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDb>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        HolidayDto[] holidays = [.. Years.SelectMany(ColombianHolidays.For).Select(d => new HolidayDto(d, "Festivo nacional"))];
        Weekday[] weekdays = [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday];
        var calendars = new[]
        {
            new SaveCalendar.Request("Centro de contacto (L-V 7-19, S 8-13)", "America/Bogota",
                [.. weekdays.Select(d => new WorkPeriodDto(d, "07:00", "19:00")), new WorkPeriodDto(Weekday.Saturday, "08:00", "13:00")], holidays, IsDefault: true),
            new SaveCalendar.Request("Días hábiles legales (L-V)", "America/Bogota",
                [.. weekdays.Select(d => new WorkPeriodDto(d, "00:00", "24:00"))], holidays),
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
