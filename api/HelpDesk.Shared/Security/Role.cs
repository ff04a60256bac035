using System.Text.Json.Serialization;
using HelpDesk.Shared.Web;

namespace HelpDesk.Shared.Security;

/// <summary>The staff roles as they appear in the API contract; <see cref="Roles"/> holds the same names as strings.</summary>
[JsonConverter(typeof(EnumByName<Role>))]
public enum Role
{
    [JsonStringEnumMemberName(Roles.Agent)] Agent,
    [JsonStringEnumMemberName(Roles.Backoffice)] Backoffice,
    [JsonStringEnumMemberName(Roles.AreaResponder)] AreaResponder,
    [JsonStringEnumMemberName(Roles.Supervisor)] Supervisor,
    [JsonStringEnumMemberName(Roles.QualityAuditor)] QualityAuditor,
    [JsonStringEnumMemberName(Roles.Manager)] Manager,
    [JsonStringEnumMemberName(Roles.Admin)] Admin,
}

public static class RoleNames
{
    public static string ToName(this Role role) => Roles.All[(int)role];

    public static Role Parse(string name)
    {
        var index = Roles.All.ToList().IndexOf(name);
        return index >= 0 ? (Role)index : throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown role");
    }

    public static Role[] ParseAll(IEnumerable<string> names) => [.. names.Select(Parse).Order()];

    public static string[] ToNames(IEnumerable<Role> roles) => [.. roles.Distinct().Order().Select(ToName)];
}
