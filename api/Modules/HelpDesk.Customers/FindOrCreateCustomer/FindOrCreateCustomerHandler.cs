using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.FindOrCreateCustomer;

internal sealed class FindOrCreateCustomerValidator : AbstractValidator<Contracts.FindOrCreateCustomer>
{
    public FindOrCreateCustomerValidator()
    {
        RuleFor(c => c.DocumentType).IsInEnum();
        RuleFor(c => c.DocumentNumber).NotEmpty();
        RuleFor(c => c.DocumentNumber).ValidDocumentNumber(c => c.DocumentType);
        RuleFor(c => c.FullName).ValidFullName();
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Phone).ValidPhone().When(c => !string.IsNullOrWhiteSpace(c.Phone));
    }
}

/// <summary>
/// Ticket intake from any channel: the customer with this document, or a new one with these details (kind not yet
/// classified). An existing customer is returned as it is: changing contact data needs a verified requester.
/// </summary>
internal sealed class FindOrCreateCustomerHandler(IDb db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<Contracts.FindOrCreateCustomer, FoundOrCreatedCustomer>
{
    // ON CONFLICT DO NOTHING leaves an existing row untouched, also when two intakes race for the same document.
    private const string InsertSql = $"""
        INSERT INTO customers.customers AS c
            (id, document_type, document_number, full_name, email, phones, created_at, created_by, created_by_partner, updated_at)
        VALUES (@Id, @DocumentType, @DocumentNumber, @FullName, @Email, @Phones, @Now, @CreatedBy, @CreatedByPartner, @Now)
        ON CONFLICT (document_number, document_type) DO NOTHING
        RETURNING {CustomerSummaryRow.Columns}
        """;

    private const string FindSql = $"""
        SELECT {CustomerSummaryRow.Columns} FROM customers.customers c
        WHERE c.document_number = @DocumentNumber AND c.document_type = @DocumentType
        """;

    public async ValueTask<FoundOrCreatedCustomer> Handle(Contracts.FindOrCreateCustomer command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var document = new
        {
            DocumentType = command.DocumentType.ToString(),
            DocumentNumber = DocumentRules.Normalize(command.DocumentType, command.DocumentNumber),
        };
        var found = await db.QuerySingleOrDefaultAsync<CustomerSummaryRow>(FindSql, document, ct);
        if (found is not null)
        {
            return new FoundOrCreatedCustomer(found.ToSummary(), Created: false);
        }

        var created = await db.QuerySingleOrDefaultAsync<CustomerSummaryRow>(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                document.DocumentType,
                document.DocumentNumber,
                FullName = CustomerRules.CleanName(command.FullName),
                Email = CustomerRules.NormalizeEmail(command.Email),
                Phones = CustomerRules.NormalizePhones(command.Phone is null ? [] : new[] { command.Phone }),
                Now = now,
                CreatedBy = currentUser.UserId,
                CreatedByPartner = currentUser.PartnerId,
            }, ct);
        return created is not null
            ? new FoundOrCreatedCustomer(created.ToSummary(), Created: true)
            : new FoundOrCreatedCustomer((await db.QuerySingleAsync<CustomerSummaryRow>(FindSql, document, ct)).ToSummary(), Created: false);
    }
}
