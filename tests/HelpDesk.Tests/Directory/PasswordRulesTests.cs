using System.Net;
using System.Net.Http.Json;
using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Setup;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Directory;

public sealed class PasswordRulesTests : IntegrationTest
{
    [TestCase("Corto-12345", "at least 12 characters")]
    [TestCase("contraseña123", "most used")]
    [TestCase("CONTRASEÑA123", "most used")]
    [TestCase("QWERTY123456", "most used")]
    [TestCase("password1234", "most used")]
    [TestCase("1qaz2wsx3edc", "most used")]
    [TestCase("Bienvenido2026!", "most used")]
    [TestCase("xx-rodrigo.perez-xx", "name")]
    [TestCase("Rodrigo-es-genial", "name")]
    [TestCase("soy-PEREZ-de-verdad", "name")]
    [TestCase("la-casa-de-SUAREZ", "name")]
    public async Task CreateUser_WhenPasswordIsWeak_Returns422OnPasswordAndCreatesNothing(string password, string message)
    {
        using var admin = await LoginAsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = "rodrigo.perez@example.com", displayName = "Rodrigo Suárez", password, roles = new[] { "agent" },
        });

        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "password" }));
        Assert.That(errors.GetProperty("password")[0].GetString(), Does.Contain(message));
        var users = await admin.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/admin/users");
        Assert.That(users!, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreateUser_WhenPasswordIsLongAndUnrelated_CreatesTheUser()
    {
        using var admin = await LoginAsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = "rodrigo.perez@example.com", displayName = "Rodrigo Suárez", password = "arepa con queso al desayuno", roles = new[] { "agent" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public void CommonPasswordList_IsShippedWithTheApp()
    {
        Assert.That(PasswordRules.IsCommon("123456"), Is.True);
        Assert.That(PasswordRules.IsCommon("TeQuieroMucho123"), Is.True);
        Assert.That(PasswordRules.IsCommon("arepa con queso al desayuno"), Is.False);
    }

    [Test]
    public void DemoUsersPassword_FollowsThePasswordRules()
    {
        Assert.That(DemoData.Password, Has.Length.GreaterThanOrEqualTo(PasswordRules.MinLength));
        Assert.That(PasswordRules.IsCommon(DemoData.Password), Is.False);
        foreach (var (email, name, _, _) in DemoData.Users)
        {
            Assert.That(PasswordRules.ContainsPersonalInfo(DemoData.Password, email, name), Is.False, email);
        }
    }
}
