namespace HelpDesk.Customers.Records;

/// <summary>One field's change: the value before and after, as text (phones joined with ", ").</summary>
internal sealed record FieldChange(CustomerField Field, string? OldValue, string? NewValue)
{
    public static string? Phones(IReadOnlyList<string> phones) => phones.Count == 0 ? null : string.Join(", ", phones);
}

/// <summary>Appends changes to customers.customer_history in the caller's transaction, by the current user.</summary>
internal sealed class CustomerHistory(IDb db, ICurrentUser currentUser, TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO customers.customer_history
            (id, customer_id, field, old_value, new_value, changed_by, changed_by_email, changed_at, verification_id)
        VALUES (@Id, @CustomerId, @Field, @OldValue, @NewValue, @ChangedBy, @ChangedByEmail, @ChangedAt, @VerificationId)
        """;

    /// <summary>Records the changes whose old and new values differ; returns those.</summary>
    public async Task<IReadOnlyList<FieldChange>> RecordAsync(
        Guid customerId, FieldChange[] changes, Guid? verificationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var real = changes.Where(c => !string.Equals(c.OldValue, c.NewValue, StringComparison.Ordinal)).ToList();
        foreach (var change in real)
        {
            await db.ExecuteAsync(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                CustomerId = customerId,
                Field = EnumNames<CustomerField>.Name(change.Field),
                change.OldValue,
                change.NewValue,
                ChangedBy = currentUser.UserId,
                ChangedByEmail = currentUser.Email,
                ChangedAt = now,
                VerificationId = verificationId,
            }, ct);
        }

        return real;
    }
}
