using System.Text.Json;
using HelpDesk.Api.Platform;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpDesk.Tests.Platform;

public sealed class ProblemExceptionHandlerTests
{
    [Test]
    public async Task UnhandledException_Becomes500Problem_WithTraceIdAndNoInternals()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(), NullLogger<ProblemExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("SELECT password_hash FROM directory.users failed"), CancellationToken.None);

        Assert.That(handled, Is.True);
        Assert.That(context.Response.StatusCode, Is.EqualTo(500));
        Assert.That(context.Response.ContentType, Does.StartWith("application/problem+json"));
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.That(body, Does.Not.Contain("SELECT").And.Not.Contain("password_hash").And.Not.Contain("InvalidOperationException").And.Not.Contain(" at "));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("traceId").GetString(), Is.Not.Empty);
    }
}
