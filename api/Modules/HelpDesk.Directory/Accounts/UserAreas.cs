namespace HelpDesk.Directory.Accounts;

internal static class UserAreas
{
    private const string CountActiveSql = "SELECT count(*) FROM directory.areas WHERE id = ANY(@ids) AND active";

    private const string ReplaceSql = """
        DELETE FROM directory.user_areas WHERE user_id = @userId AND NOT (area_id = ANY(@areaIds));
        INSERT INTO directory.user_areas (user_id, area_id)
        SELECT @userId, unnest(@areaIds) ON CONFLICT DO NOTHING;
        """;

    /// <summary>Makes the user's areas exactly these; unknown or inactive areas are a 422 on areaIds.</summary>
    public static async Task ReplaceAsync(IDb db, Guid userId, IReadOnlyCollection<Guid> areaIds, CancellationToken ct)
    {
        var distinct = areaIds.Distinct().ToArray();
        var found = await db.QuerySingleAsync<long>(CountActiveSql, new { ids = distinct }, ct);
        if (found != distinct.Length)
        {
            throw new RuleViolationException("areaIds", "Every area must exist and be active.");
        }

        await db.ExecuteAsync(ReplaceSql, new { userId, areaIds = distinct }, ct);
    }
}
