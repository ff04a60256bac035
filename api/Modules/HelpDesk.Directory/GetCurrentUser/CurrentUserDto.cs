using HelpDesk.Directory.Contracts;

namespace HelpDesk.Directory.GetCurrentUser;

internal sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<Guid> AreaIds)
{
    public static CurrentUserDto From(SessionUser user) => new(user.Id, user.Email, user.DisplayName, user.Roles, user.AreaIds);
}
