namespace HelpDesk.Surveys.Settings;

/// <summary>Reads the one settings row, writing it with the column defaults first if it is missing (a fresh or emptied database).</summary>
internal sealed class SurveySettingsStore(IDb db)
{
    public const string Columns =
        "hot_enabled, hot_template_id, hot_delay_minutes, resurvey_window_days, link_valid_days, recovery_threshold, updated_at";

    // Both halves read the same snapshot: the row inserted here, or the row already there (then the insert does nothing).
    private const string Sql = $"""
        WITH created AS (INSERT INTO surveys.settings (id) VALUES (true) ON CONFLICT (id) DO NOTHING RETURNING {Columns})
        SELECT {Columns} FROM created
        UNION ALL
        SELECT {Columns} FROM surveys.settings
        """;

    public Task<SurveySettings> GetAsync(CancellationToken ct) => db.QuerySingleAsync<SurveySettings>(Sql, null, ct);
}
