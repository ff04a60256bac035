namespace HelpDesk.Directory.Areas;

internal sealed record AreaDto(Guid Id, string Code, string Name, string? ManagerEmail, bool Active);

internal static class AreaSql
{
    public const string Columns = "id, code, name, manager_email, active";
}
