using HelpDesk.Customers.Contracts;

namespace HelpDesk.Customers.Records;

/// <summary>The columns of <see cref="CustomerSummary"/>, from customers.customers c.</summary>
internal sealed class CustomerSummaryRow
{
    public const string Columns = "c.id, c.document_type, c.document_number, c.full_name, c.email, c.segment";

    public Guid Id { get; init; }
    public string DocumentType { get; init; } = "";
    public string DocumentNumber { get; init; } = "";
    public string FullName { get; init; } = "";
    public string? Email { get; init; }
    public string? Segment { get; init; }

    public CustomerSummary ToSummary() => new(Id, Enum.Parse<DocumentType>(DocumentType), DocumentNumber, FullName, Email, Segment);
}
