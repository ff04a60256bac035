using HelpDesk.Directory.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Escalation.Setup;

/// <summary>Demo mode: every top-level topic escalates to its own area (16 business hours), then to the area's manager.</summary>
internal static class DemoMatrix
{
    private const string Sql = """
        INSERT INTO escalation.matrix (id, topic_id, ticket_type, area_id, next_to_manager, ola_minutes, created_at, updated_at)
        VALUES (@Id, @TopicId, NULL, @AreaId, true, 960, @Now, @Now)
        ON CONFLICT DO NOTHING
        """;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var topics = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListActiveTopics(), ct);
        foreach (var topic in topics.Where(t => t.ParentId is null))
        {
            await db.ExecuteAsync(Sql, new { Id = Guid.CreateVersion7(now), TopicId = topic.Id, topic.AreaId, Now = now }, ct);
        }
    }
}
