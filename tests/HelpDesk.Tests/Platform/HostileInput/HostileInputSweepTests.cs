using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpDesk.Shared.Security;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Platform.HostileInput;

/// <summary>
/// Every operation of the committed contract, called by a user who holds every role, with a fixed set of hostile bodies,
/// query values and path segments. No answer may be a 5xx; values that can never be right (NUL, lone surrogates, wrong
/// types, enums by number or unknown name, null array items) must be a 400 problem. A new endpoint is covered by being in
/// openapi.json.
/// </summary>
public sealed class HostileInputSweepTests : IntegrationTest
{
    [Test]
    public async Task EveryJsonOperation_AnswersHostileBodiesWithoutServerErrors()
    {
        var sweep = await SweepFixture.CreateAsync(LoginAsAdminAsync, LoginAsNewUserAsync);
        var failures = new List<string>();
        var sent = 0;
        var operations = ContractOperations.All().Where(o => o.JsonBody is not null).ToList();
        Assert.That(operations, Has.Count.GreaterThan(25), "the contract's JSON operations");

        foreach (var operation in operations)
        {
            var sample = new SampleBody(sweep.KnownIds);
            var body = sample.Build(operation.JsonBody!)!;
            foreach (var hostile in HostileBodies.For(body, sample.Fields))
            {
                var response = await sweep.SendAsync(operation, hostile.Json);
                await CheckAsync(failures, $"{operation} {hostile.What}", response, hostile.Expect);
                sent++;
            }
        }

        Assert.That(failures, Is.Empty, string.Join('\n', failures));
        Assert.That(sent, Is.GreaterThan(1_000), "hostile bodies sent");
    }

    [Test]
    public async Task EveryOperation_AnswersHostileQueryValuesAndPathSegmentsWithoutServerErrors()
    {
        var sweep = await SweepFixture.CreateAsync(LoginAsAdminAsync, LoginAsNewUserAsync);
        var failures = new List<string>();
        foreach (var operation in ContractOperations.All())
        {
            var body = operation.JsonBody is null ? null : new SampleBody(sweep.KnownIds).Build(operation.JsonBody)!.ToJsonString();
            foreach (var parameter in operation.QueryParameters)
            {
                foreach (var (value, expect) in HostileTexts)
                {
                    var query = $"?{parameter}={Uri.EscapeDataString(value)}";
                    var response = await sweep.SendAsync(operation, body, query: query);
                    await CheckAsync(failures, $"{operation} ?{parameter}={Shown(value)}", response, expect);
                }
            }

            // A NUL in the path never reaches the app: Kestrel (and the test server) refuse to decode it.
            foreach (var parameter in operation.PathParameters)
            {
                foreach (var (value, expect) in HostileTexts.Where(t => !t.Value.Contains('\0', StringComparison.Ordinal)))
                {
                    var response = await sweep.SendAsync(operation, body, pathValues: new() { [parameter] = value });
                    await CheckAsync(failures, $"{operation} {{{parameter}}}={Shown(value)}", response, expect);
                }
            }
        }

        Assert.That(failures, Is.Empty, string.Join('\n', failures));
    }

    [Test]
    public async Task WrongContentType_Is415_ForJsonAndUploadOperations()
    {
        var sweep = await SweepFixture.CreateAsync(LoginAsAdminAsync, LoginAsNewUserAsync);
        using var text = new StringContent("{}", Encoding.UTF8, "text/plain");
        var json = await sweep.Client.PostAsync("/api/tickets", text);
        using var notMultipart = new StringContent("{}", Encoding.UTF8, "application/json");
        var upload = await sweep.Client.PostAsync($"/api/tickets/{sweep.TicketNumber}/attachments", notMultipart);
        using var publicText = new StringContent("{}", Encoding.UTF8, "text/plain");
        var publicForm = await sweep.Client.PostAsync("/api/public/tickets", publicText);

        foreach (var response in new[] { json, upload, publicForm })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType), await response.Content.ReadAsStringAsync());
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }

        var unknown = await sweep.Client.PostAsync("/api/no-such-thing", new StringContent("{}", Encoding.UTF8, "text/plain"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task FileNameWithNul_IsRejected_AndNothingIsStored()
    {
        var sweep = await SweepFixture.CreateAsync(LoginAsAdminAsync, LoginAsNewUserAsync);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("hola"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"file\"; filename*=UTF-8''nota%00.txt");
        form.Add(file);

        var response = await sweep.Client.PostAsync($"/api/tickets/{sweep.TicketNumber}/attachments", form);

        Assert.That((int)response.StatusCode, Is.EqualTo(422), await response.Content.ReadAsStringAsync());
        var list = await sweep.Client.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{sweep.TicketNumber}/attachments");
        Assert.That(list, Is.Empty);
    }

    [TestCase("1")]
    [TestCase("99")]
    [TestCase("cc")]
    public async Task EnumInQuery_IsReadByNameOnly(string documentType)
    {
        var sweep = await SweepFixture.CreateAsync(LoginAsAdminAsync, LoginAsNewUserAsync);

        var response = await sweep.Client.GetAsync($"/api/customers?documentType={documentType}&documentNumber=123");

        Assert.That((int)response.StatusCode, Is.AnyOf(400, 422), await response.Content.ReadAsStringAsync());
        Assert.That((await sweep.Client.GetAsync("/api/customers?documentType=CC&documentNumber=123")).IsSuccessStatusCode, Is.True);
    }

    private static readonly (string Value, Expect Expect)[] HostileTexts =
    [
        ("a\0b", Expect.Rejected),
        (new string('x', 5_000), Expect.NoServerError),
        ("99", Expect.NoServerError),
        ("-1", Expect.NoServerError),
        ("null", Expect.NoServerError),
        ("' OR 1=1 --", Expect.NoServerError),
    ];

    private static string Shown(string value) => value.Length > 20 ? $"{value.Length} characters" : value.Replace("\0", "\\0", StringComparison.Ordinal);

    private static async Task CheckAsync(List<string> failures, string what, HttpResponseMessage response, Expect expect)
    {
        var status = (int)response.StatusCode;
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
        if (status >= 500 || (expect == Expect.Rejected && status != 400) || (status >= 400 && !problem))
        {
            var text = await response.Content.ReadAsStringAsync();
            failures.Add($"{what}: {status} {text[..Math.Min(text.Length, 300)]}");
        }
    }
}
