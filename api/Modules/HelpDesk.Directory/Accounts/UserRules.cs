using FluentValidation;
using HelpDesk.Shared.Security;

namespace HelpDesk.Directory.Accounts;

internal static class UserRules
{
    public const int MinPasswordLength = 10;

    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(200);

    public static IRuleBuilderOptions<T, IReadOnlyList<Role>> ValidRoles<T>(this IRuleBuilder<T, IReadOnlyList<Role>> rule) =>
        rule.NotNull().Must(r => r is { Count: > 0 }).WithMessage("Give the user at least one role.")
            .Must(r => r is null || r.All(Enum.IsDefined)).WithMessage("Unknown role.");
}
