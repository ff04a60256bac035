namespace HelpDesk.Sla.Calendars;

/// <summary>
/// A stored calendar, ready to count: its working hours, and its legal business days (Mon–Fri in the same zone, closed on
/// the calendar's own closures and always on Colombia's national holidays, which the law's business days exclude).
/// </summary>
internal sealed record StoredCalendar(Guid Id, string Name, BusinessCalendar Business, BusinessCalendar LegalDays)
{
    public TimeZoneInfo Zone => Business.Zone;

    public HolidaySet LegalHolidays => LegalDays.Holidays;
}

/// <summary>Loads calendars (they change rarely and are small; kept in <see cref="SlaSettingsCache"/>).</summary>
internal sealed class CalendarStore(IDb db, SlaSettingsCache settings)
{
    private const string Sql = """
        SELECT c.id, c.name, c.time_zone, c.week::text AS week, c.national_holidays,
               coalesce((SELECT array_agg(h.day ORDER BY h.day) FROM sla.calendar_holidays h WHERE h.calendar_id = c.id), '{}') AS holidays
        FROM sla.calendars c WHERE c.id = @Id
        """;

    private const string DefaultSql = "SELECT id FROM sla.calendars ORDER BY is_default DESC, created_at, id LIMIT 1";

    private const string AreaSql = "SELECT calendar_id FROM sla.area_calendars WHERE area_id = @AreaId";

    private static readonly TimeSpan Midnight = TimeSpan.Zero;
    private static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string TimeZone { get; init; } = "";
        public string Week { get; init; } = "[]";
        public DateOnly[] Holidays { get; init; } = [];
        public bool NationalHolidays { get; init; }
    }

    public async Task<StoredCalendar> GetAsync(Guid id, CancellationToken ct)
    {
        if (settings.Calendars.Find(id) is { } calendar)
        {
            return calendar;
        }

        var row = await db.QuerySingleOrDefaultAsync<Row>(Sql, new { Id = id }, ct) ?? throw new NotFoundException("The calendar");
        var week = System.Text.Json.JsonSerializer.Deserialize<List<WorkPeriodDto>>(row.Week, System.Text.Json.JsonSerializerOptions.Web) ?? [];
        var business = SaveCalendar.ToBusinessCalendar(new CalendarDto(
            row.Id, row.Name, row.TimeZone, week, [.. row.Holidays.Select(d => new HolidayDto(d, "-"))], false, row.NationalHolidays));
        calendar = new StoredCalendar(row.Id, row.Name, business, LegalDaysOf(business));
        settings.Calendars.Keep(id, calendar);
        return calendar;
    }

    /// <summary>Legal business days on a calendar: whole days Monday to Friday in its zone, national holidays and its closures excluded.</summary>
    public static BusinessCalendar LegalDaysOf(BusinessCalendar business)
    {
        WorkInterval[] wholeDay = [new(Midnight, EndOfDay)];
        return new BusinessCalendar(business.Zone, new Dictionary<DayOfWeek, WorkInterval[]>
        {
            [DayOfWeek.Monday] = wholeDay, [DayOfWeek.Tuesday] = wholeDay, [DayOfWeek.Wednesday] = wholeDay,
            [DayOfWeek.Thursday] = wholeDay, [DayOfWeek.Friday] = wholeDay,
        }, business.Holidays.WithNational());
    }

    /// <summary>The calendar marked default (else the oldest); null when there is no calendar at all.</summary>
    public async Task<Guid?> DefaultIdAsync(CancellationToken ct) => await db.QuerySingleOrDefaultAsync<Guid?>(DefaultSql, null, ct);

    /// <summary>The calendar an area answers on: its own, else the default.</summary>
    public async Task<Guid?> ForAreaAsync(Guid areaId, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<Guid?>(AreaSql, new { AreaId = areaId }, ct) ?? await DefaultIdAsync(ct);
}
