using HelpDesk.Directory.Accounts;

namespace HelpDesk.Directory.ListStaff;

/// <summary>A colleague as any staff member may see them (to assign a ticket, to know who answered): no lockout or admin data.</summary>
internal sealed record StaffMemberDto(Guid Id, string DisplayName, string Email, IReadOnlyList<Role> Roles, IReadOnlyList<Guid> AreaIds);

internal static class ListStaff
{
    internal sealed record Query(string? Role, Guid? AreaId) : IQuery<IReadOnlyList<StaffMemberDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<StaffMemberDto>>
    {
        private const string Sql = $"""
            SELECT {UserRow.Columns} FROM directory.users u
            WHERE u.active
              AND (@Role::text IS NULL OR @Role = ANY(u.roles))
              AND (@AreaId::uuid IS NULL OR EXISTS (SELECT 1 FROM directory.user_areas ua WHERE ua.user_id = u.id AND ua.area_id = @AreaId))
            ORDER BY u.display_name, u.email
            """;

        public async ValueTask<IReadOnlyList<StaffMemberDto>> Handle(Query query, CancellationToken ct)
        {
            if (query.Role is not null && !Roles.All.Contains(query.Role))
            {
                throw new RuleViolationException("role", $"role is one of {string.Join(", ", Roles.All)}.");
            }

            return [.. (await db.QueryAsync<UserRow>(Sql, query, ct)).Select(r =>
            {
                var dto = r.ToDto();
                return new StaffMemberDto(dto.Id, dto.DisplayName, dto.Email, dto.Roles, dto.AreaIds);
            })];
        }
    }
}
