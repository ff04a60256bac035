namespace HelpDesk.Escalation.Legs;

/// <summary>
/// Per-object rules: staff who see all tickets see every leg; an area responder sees only the legs of their areas. A leg
/// of another area is a 404, not a 403, so its existence is not disclosed. Who may escalate, review, cancel, take and
/// answer is decided by the endpoints' policies (<see cref="Policies"/>), before this.
/// </summary>
internal static class LegAccess
{
    private const string LoadSql = $"SELECT {LegRow.Columns} FROM escalation.legs WHERE id = @Id";

    public static bool SeesAllLegs(ICurrentUser user) => Roles.SeeAllTickets.Any(user.IsInRole);

    public static bool CanSee(ICurrentUser user, LegRow leg) => SeesAllLegs(user) || user.AreaIds.Contains(leg.AreaId);

    public static async Task<LegRow> LoadAsync(IDb db, ICurrentUser user, Guid id, bool forUpdate, CancellationToken ct)
    {
        var leg = await db.QuerySingleOrDefaultAsync<LegRow>(forUpdate ? LoadSql + " FOR UPDATE" : LoadSql, new { Id = id }, ct);
        return leg is not null && CanSee(user, leg) ? leg : throw new NotFoundException("The escalation");
    }

    public static void RequireAreaMember(ICurrentUser user, LegRow leg)
    {
        if (!user.AreaIds.Contains(leg.AreaId))
        {
            throw new ForbiddenException("Only members of the leg's area answer it.");
        }
    }

    public static void RequireStatus(LegRow leg, LegStatus expected, string action)
    {
        if (leg.StatusValue != expected)
        {
            throw new ConflictException("invalid-escalation-state", $"This escalation is {leg.Status}; it can be {action} only when {expected.ToDb()}.")
            {
                Extensions = new Dictionary<string, object?> { ["currentStatus"] = leg.Status },
            };
        }
    }
}
