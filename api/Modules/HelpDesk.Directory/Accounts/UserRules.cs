using FluentValidation;

namespace HelpDesk.Directory.Accounts;

internal static class UserRules
{
    /// <summary>The password rules of <see cref="PasswordRules"/>, one message at a time, for the user with this email and name.</summary>
    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilderInitial<T, string> rule, Func<T, string?> email, Func<T, string?> name) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Give a password.")
            .MinimumLength(PasswordRules.MinLength).WithMessage($"Use at least {PasswordRules.MinLength} characters (a few unrelated words make a good password).")
            .MaximumLength(PasswordRules.MaxLength).WithMessage($"Use at most {PasswordRules.MaxLength} characters.")
            .Must(p => !PasswordRules.IsCommon(p)).WithMessage("This password is one of the most used ones; choose another.")
            .Must((command, p) => !PasswordRules.ContainsPersonalInfo(p, email(command), name(command)))
            .WithMessage("The password must not contain the user's name or the first part of their email.");

    public static IRuleBuilderOptions<T, IReadOnlyList<Role>> ValidRoles<T>(this IRuleBuilder<T, IReadOnlyList<Role>> rule) =>
        rule.NotNull().Must(r => r is { Count: > 0 }).WithMessage("Give the user at least one role.")
            .Must(r => r is null || r.All(Enum.IsDefined)).WithMessage("Unknown role.");
}
