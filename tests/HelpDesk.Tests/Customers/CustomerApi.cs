using System.Net.Http.Json;

namespace HelpDesk.Tests.Customers;

/// <summary>The customers API as a client sees it, with enums as their JSON strings.</summary>
internal static class CustomerApi
{
    public sealed record Customer(
        Guid Id,
        string DocumentType,
        string DocumentNumber,
        string FullName,
        string? Email,
        string[] Phones,
        string? Address,
        string? City,
        string? Kind,
        string? Region,
        string? CompanySize,
        string? EconomicActivity,
        string? Segment,
        Verification? LastVerification,
        DateTimeOffset? ContactChangeAllowedUntil);

    public sealed record Verification(
        Guid Id, string Outcome, string[] Checks, string Channel, Guid VerifiedBy, string? VerifiedByEmail, DateTimeOffset VerifiedAt, Guid? TicketId, string? Notes);

    public sealed record Item(Guid Id, string DocumentType, string DocumentNumber, string FullName, string? Email, string[] Phones);

    public sealed record Page<T>(List<T> Items, string? NextCursor);

    public sealed record HistoryEntry(
        Guid Id, string Field, string? OldValue, string? NewValue, Guid? ChangedBy, string? ChangedByEmail, DateTimeOffset ChangedAt, Guid? VerificationId);

    public sealed record Me(Guid Id, string Email);

    public static object NewCustomer(
        string documentNumber = "1020304050",
        string documentType = "CC",
        string fullName = "José Pérez Gómez",
        string? email = "jose.perez@example.com",
        string[]? phones = null,
        string kind = "affiliate") =>
        new
        {
            documentType,
            documentNumber,
            fullName,
            email,
            phones = phones ?? ["3001234567"],
            address = "Calle 10 # 43-12",
            city = "Medellín",
            kind,
            region = "Antioquia",
            companySize = (string?)null,
            economicActivity = (string?)null,
            segment = "A",
        };

    public static async Task<Customer> CreateAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/customers", body ?? NewCustomer());
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Customer>())!;
    }

    public static async Task<Customer> GetAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<Customer>($"/api/customers/{id}"))!;

    public static async Task<Verification> VerifyAsync(HttpClient client, Guid customerId, string outcome = "passed")
    {
        var response = await client.PostAsJsonAsync($"/api/customers/{customerId}/verifications",
            new { checks = new[] { "document_number", "birth_date" }, outcome, channel = "phone" });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Verification>())!;
    }

    public static Task<HttpResponseMessage> UpdateContactAsync(
        HttpClient client, Guid customerId, string? email = "nuevo@example.com", string[]? phones = null, string? address = "Carrera 50 # 20-30", string? city = "Bogotá") =>
        client.PutAsJsonAsync($"/api/customers/{customerId}/contact", new { email, phones = phones ?? ["6041234567"], address, city });

    public static async Task<List<HistoryEntry>> HistoryAsync(HttpClient client, Guid customerId) =>
        (await client.GetFromJsonAsync<Page<HistoryEntry>>($"/api/customers/{customerId}/history"))!.Items;

    public static async Task<List<Item>> SearchAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Page<Item>>($"/api/customers?{query}"))!.Items;
}
