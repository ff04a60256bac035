using System.Net;
using System.Net.Http.Json;
using HelpDesk.Directory;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Platform;

/// <summary>Start-up against fresh databases of their own: production needs a first administrator, demo mode loads demo data.</summary>
public sealed class StartupTests
{
    [Test]
    public async Task ProductionStart_WithoutBootstrapAdmin_RefusesToStart()
    {
        var connectionString = await FreshDatabaseAsync("startup_no_admin");
        await using var app = new HelpDeskFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:HelpDesk"] = connectionString,
            ["HelpDesk:BootstrapAdmin:Email"] = "",
            ["HelpDesk:BootstrapAdmin:Password"] = "",
        });
        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());
        Assert.That(error!.Message, Does.Contain("HelpDesk__BootstrapAdmin__Email"));
    }

    [Test]
    public async Task ProductionStart_WithCommonBootstrapPassword_RefusesToStartSayingWhy()
    {
        var connectionString = await FreshDatabaseAsync("startup_weak_admin");
        await using var app = new HelpDeskFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:HelpDesk"] = connectionString,
            ["HelpDesk:BootstrapAdmin:Password"] = "administrator",
        });
        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());
        Assert.That(error!.Message, Does.Contain("HelpDesk__BootstrapAdmin").And.Contain("password: "));
        Assert.That(await CountAsync(connectionString, "directory.users"), Is.Zero);
    }

    [Test]
    public async Task ProductionStart_WithBootstrapAdmin_CreatesItAndNoDemoData()
    {
        var connectionString = await FreshDatabaseAsync("startup_admin");
        await using var app = new HelpDeskFactory(new Dictionary<string, string?> { ["ConnectionStrings:HelpDesk"] = connectionString });
        using var client = app.CreateBrowserClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = HelpDeskFactory.AdminPassword });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountAsync(connectionString, "directory.areas"), Is.Zero);
        Assert.That(await CountAsync(connectionString, "directory.users"), Is.EqualTo(1));
    }

    [Test]
    public async Task DemoStart_LoadsDemoDataOnce_AndDemoLoginsWork()
    {
        var connectionString = await FreshDatabaseAsync("startup_demo");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:HelpDesk"] = connectionString,
            ["HelpDesk:Demo"] = "true",
            ["HelpDesk:BootstrapAdmin:Email"] = "",
            ["HelpDesk:BootstrapAdmin:Password"] = "",
        };
        await using (var first = new HelpDeskFactory(settings))
        {
            first.CreateClient().Dispose();
        }

        var counts = (await CountAsync(connectionString, "directory.areas"), await CountAsync(connectionString, "directory.topics"), await CountAsync(connectionString, "directory.users"));
        Assert.That(counts.Item1, Is.GreaterThanOrEqualTo(6));
        Assert.That(counts.Item2, Is.GreaterThanOrEqualTo(30));

        await using var second = new HelpDeskFactory(settings);
        using var client = second.CreateBrowserClient();
        Assert.That((await CountAsync(connectionString, "directory.areas"), await CountAsync(connectionString, "directory.topics"), await CountAsync(connectionString, "directory.users")),
            Is.EqualTo(counts));

        var adminLogin = DirectoryModule.DemoLogins().First();
        var email = adminLogin.Split(' ')[0];
        var password = adminLogin.Split(' ')[2];
        Assert.That((await client.PostAsJsonAsync("/api/auth/login", new { email, password })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var areas = await client.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/directory/areas");
        Assert.That(areas!.Select(a => a["name"].ToString()), Does.Contain("Crédito").And.Contain("Tesorería"));
        var matrix = await client.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/escalation/matrix");
        Assert.That(matrix, Has.Count.GreaterThanOrEqualTo(10), "every top-level demo topic has a matrix row");
        Assert.That(await CountAsync(connectionString, "escalation.matrix"), Is.EqualTo(matrix!.Count), "loading twice adds nothing");
        Assert.That(await CountAsync(connectionString, "sla.calendars"), Is.EqualTo(2), "contact-centre hours and legal business days, once");
        Assert.That(await CountAsync(connectionString, "sla.calendar_holidays"), Is.Zero, "no dates stored: the national holidays come from the rule");
        Assert.That(await CountAsync(connectionString, "sla.calendars WHERE national_holidays"), Is.EqualTo(2), "both follow Colombia's national holidays");
    }

    private static async Task<string> FreshDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        return TestDatabase.ConnectionStringFor(name);
    }

    private static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
