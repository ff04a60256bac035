using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.CreateCustomer;

internal static class CreateCustomer
{
    internal sealed record Command(
        DocumentType? DocumentType,
        string DocumentNumber,
        string FullName,
        string? Email,
        IReadOnlyList<string>? Phones,
        string? Address,
        string? City,
        CustomerKind? Kind,
        string? Region,
        CompanySize? CompanySize,
        string? EconomicActivity,
        string? Segment) : ICommand<CustomerDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DocumentType).NotNull().IsInEnum();
            RuleFor(c => c.DocumentNumber).NotEmpty();
            RuleFor(c => c.DocumentNumber).ValidDocumentNumber(c => c.DocumentType);
            RuleFor(c => c.FullName).ValidFullName();
            RuleFor(c => c.Email).ValidEmail();
            RuleFor(c => c.Phones).Must(p => p is null || p.Count <= CustomerRules.MaxPhones)
                .WithMessage($"At most {CustomerRules.MaxPhones} phones.");
            RuleForEach(c => c.Phones).ValidPhone();
            RuleFor(c => c.Address).ValidText(CustomerRules.AddressLength);
            RuleFor(c => c.City).ValidText(CustomerRules.CityLength);
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.Region).ValidText(CustomerRules.RegionLength);
            RuleFor(c => c.CompanySize).IsInEnum();
            RuleFor(c => c.EconomicActivity).ValidText(CustomerRules.EconomicActivityLength);
            RuleFor(c => c.Segment).ValidText(CustomerRules.SegmentLength);
        }
    }

    internal sealed class Handler(IDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, CustomerDto>
    {
        private const string InsertSql = """
            INSERT INTO customers.customers
                (id, document_type, document_number, full_name, email, phones, address, city, kind, region, company_size,
                 economic_activity, segment, created_at, created_by, created_by_partner, updated_at)
            VALUES (@Id, @DocumentType, @DocumentNumber, @FullName, @Email, @Phones, @Address, @City, @Kind, @Region, @CompanySize,
                    @EconomicActivity, @Segment, @Now, @CreatedBy, @CreatedByPartner, @Now)
            ON CONFLICT (document_number, document_type) DO NOTHING
            """;

        private const string ExistingSql = """
            SELECT id FROM customers.customers WHERE document_number = @DocumentNumber AND document_type = @DocumentType
            """;

        public async ValueTask<CustomerDto> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7(now);
            var type = command.DocumentType!.Value;
            var document = new { DocumentType = type.ToString(), DocumentNumber = DocumentRules.Normalize(type, command.DocumentNumber) };
            var inserted = await db.ExecuteAsync(InsertSql, new
            {
                Id = id,
                document.DocumentType,
                document.DocumentNumber,
                FullName = CustomerRules.CleanName(command.FullName),
                Email = CustomerRules.NormalizeEmail(command.Email),
                Phones = CustomerRules.NormalizePhones(command.Phones),
                Address = CustomerRules.CleanText(command.Address),
                City = CustomerRules.CleanText(command.City),
                Kind = EnumNames<CustomerKind>.Name(command.Kind),
                Region = CustomerRules.CleanText(command.Region),
                CompanySize = EnumNames<CompanySize>.Name(command.CompanySize),
                EconomicActivity = CustomerRules.CleanText(command.EconomicActivity),
                Segment = CustomerRules.CleanText(command.Segment),
                Now = now,
                CreatedBy = currentUser.UserId,
                CreatedByPartner = currentUser.PartnerId,
            }, ct);
            if (inserted == 0)
            {
                var existing = await db.QuerySingleAsync<Guid>(ExistingSql, document, ct);
                throw new ConflictException(
                    "duplicate-document", $"A customer with document {document.DocumentType} {document.DocumentNumber} already exists.")
                {
                    Extensions = new Dictionary<string, object?> { ["customerId"] = existing },
                };
            }

            return (await db.QuerySingleAsync<CustomerRow>(CustomerSql.ReadSql, new { Id = id }, ct)).ToDto(now);
        }
    }
}
