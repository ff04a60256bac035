using FluentValidation;
using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Audit;

namespace HelpDesk.Directory.UpdateUser;

internal static class UpdateUser
{
    internal sealed record Request(string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<Guid>? AreaIds, bool Active);

    internal sealed record Command(Guid Id, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<Guid>? AreaIds, bool Active)
        : ICommand<UserDto>;

    private sealed class LockedUser
    {
        public Guid Id { get; init; }
        public bool ActiveAdmin { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Roles).ValidRoles();
        }
    }

    internal sealed class Handler(IDb db, AuditWriter audit, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, UserDto>
    {
        // Locks the user and every active administrator, always in id order (so two updates never deadlock). Two admins
        // removing each other at once are then serialised: the second waits, PostgreSQL re-checks the WHERE on the rows
        // the first changed, and the second sees it is now the only one left.
        private const string LockAdminsSql = """
            SELECT id, active AND 'admin' = ANY(roles) AS active_admin
            FROM directory.users WHERE id = @Id OR (active AND 'admin' = ANY(roles))
            ORDER BY id FOR UPDATE
            """;

        private const string ReadSql = $"SELECT {UserRow.Columns} FROM directory.users u WHERE u.id = @Id";

        private const string UpdateSql = """
            UPDATE directory.users
            SET display_name = @DisplayName, roles = @Roles, active = @Active, updated_at = @Now,
                security_stamp = CASE WHEN @Active THEN security_stamp ELSE gen_random_uuid() END
            WHERE id = @Id
            """;

        public async ValueTask<UserDto> Handle(Command command, CancellationToken ct)
        {
            var roles = RoleNames.ToNames(command.Roles);
            if (command.Id == currentUser.UserId)
            {
                RefuseSelfDemotion(command, roles);
            }

            var locked = await db.QueryAsync<LockedUser>(LockAdminsSql, command, ct);
            if (!locked.Any(u => u.Id == command.Id))
            {
                throw new NotFoundException("The user");
            }

            var before = await db.QuerySingleAsync<UserRow>(ReadSql, command, ct);
            var staysAdmin = command.Active && roles.Contains(Roles.Admin);
            if (!staysAdmin && locked.Any(u => u.Id == command.Id && u.ActiveAdmin) && !locked.Any(u => u.Id != command.Id && u.ActiveAdmin))
            {
                throw new RuleViolationException(command.Active ? "roles" : "active",
                    "This is the last active administrator: give another active user the admin role first.");
            }

            await db.ExecuteAsync(UpdateSql, new
            {
                command.Id,
                DisplayName = command.DisplayName.Trim(),
                Roles = roles,
                command.Active,
                Now = clock.GetUtcNow(),
            }, ct);
            await UserAreas.ReplaceAsync(db, command.Id, command.AreaIds ?? [], ct);
            var after = await db.QuerySingleAsync<UserRow>(ReadSql, command, ct);
            await AuditChangesAsync(before, after, ct);
            return after.ToDto();
        }

        private static void RefuseSelfDemotion(Command command, string[] roles)
        {
            var errors = new Dictionary<string, string[]>();
            if (!command.Active)
            {
                errors["active"] = ["You cannot deactivate your own account; another administrator can."];
            }

            if (!roles.Contains(Roles.Admin))
            {
                errors["roles"] = ["You cannot remove your own admin role; another administrator can."];
            }

            if (errors.Count > 0)
            {
                throw new RuleViolationException(errors);
            }
        }

        private async Task AuditChangesAsync(UserRow before, UserRow after, CancellationToken ct)
        {
            if (!before.Roles.Order().SequenceEqual(after.Roles.Order()))
            {
                await audit.WriteAsync(AuditEvents.RolesChanged, after.Email,
                    $"roles: {string.Join(", ", before.Roles.Order())} -> {string.Join(", ", after.Roles.Order())}", ct);
            }

            if (before.Active != after.Active)
            {
                await audit.WriteAsync(after.Active ? AuditEvents.UserActivated : AuditEvents.UserDeactivated, after.Email, null, ct);
            }

            if (before.DisplayName != after.DisplayName || !before.AreaIds.SequenceEqual(after.AreaIds))
            {
                await audit.WriteAsync(AuditEvents.UserChanged, after.Email,
                    $"name: {before.DisplayName} -> {after.DisplayName}; areas: {before.AreaIds.Length} -> {after.AreaIds.Length}", ct);
            }
        }
    }
}
