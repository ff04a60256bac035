namespace HelpDesk.Directory.Accounts;

/// <summary>The type the password hasher is keyed on; hashing does not depend on its contents.</summary>
internal sealed class StaffAccount
{
    public static readonly StaffAccount Any = new();
}
