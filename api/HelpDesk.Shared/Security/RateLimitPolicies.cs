namespace HelpDesk.Shared.Security;

public static class RateLimitPolicies
{
    /// <summary>Per client IP on the login endpoint.</summary>
    public const string Login = "login";

    /// <summary>Anonymous public pages (web form, tracking, survey).</summary>
    public const string Public = "public";
}
