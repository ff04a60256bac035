namespace HelpDesk.Directory.Accounts;

internal sealed record UserDto(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Guid> AreaIds,
    bool Active,
    DateTimeOffset CreatedAt);

/// <summary>A users row as read by the queries below; roles and areas come as arrays.</summary>
internal sealed class UserRow
{
    /// <summary>Selects every column of <see cref="UserRow"/> from directory.users aliased u.</summary>
    public const string Columns = """
        u.id, u.email, u.display_name, u.roles, u.active, u.created_at,
        ARRAY(SELECT ua.area_id FROM directory.user_areas ua WHERE ua.user_id = u.id ORDER BY ua.area_id) AS area_ids
        """;

    public Guid Id { get; init; }
    public string Email { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string[] Roles { get; init; } = [];
    public Guid[] AreaIds { get; init; } = [];
    public bool Active { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public UserDto ToDto() => new(Id, Email, DisplayName, RoleNames.ParseAll(Roles), AreaIds, Active, CreatedAt);
}
