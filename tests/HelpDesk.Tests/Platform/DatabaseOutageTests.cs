using System.Net;
using System.Net.Http.Json;
using HelpDesk.Migrations;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Platform;

/// <summary>The app while its PostgreSQL is stopped for real: 503 with Retry-After, /health/ready says why, and it recovers.</summary>
public sealed class DatabaseOutageTests
{
    [Test]
    public async Task DatabaseStopped_Answers503WithRetryAfter_ReadinessSaysWhy_AndRecovers()
    {
        var cluster = new LocalPostgresCluster(Path.Combine(Path.GetTempPath(), $"helpdesk-outage-{Guid.NewGuid():N}"));
        cluster.Start(durable: false);
        try
        {
            await using var app = new HelpDeskFactory(new Dictionary<string, string?> { ["ConnectionStrings:HelpDesk"] = cluster.ConnectionString() });
            using var admin = app.CreateBrowserClient();
            var login = await admin.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = HelpDeskFactory.AdminPassword });
            Assert.That(login.IsSuccessStatusCode, Is.True, await login.Content.ReadAsStringAsync());
            Assert.That((await admin.GetAsync("/api/tickets")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

            cluster.Stop();

            var list = await admin.GetAsync("/api/tickets");
            var create = await admin.PostAsJsonAsync("/api/tickets", TicketApi.NewTicket());
            var ready = await app.CreatePlainClient().GetAsync("/health/ready");
            using (Assert.EnterMultipleScope())
            {
                foreach (var response in new[] { list, create })
                {
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await response.Content.ReadAsStringAsync());
                    Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
                    Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
                }

                Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(await ready.Content.ReadAsStringAsync(), Does.Contain("database unreachable"));
            }

            cluster.Start(cluster.Port, durable: false);
            HttpStatusCode status = default;
            for (var attempt = 0; attempt < 10 && status != HttpStatusCode.OK; attempt++)
            {
                status = (await admin.GetAsync("/api/tickets")).StatusCode; // pooled connections to the old server fail once each
            }

            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "answers again once the database is back");
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            cluster.Delete();
        }
    }
}
