using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Surveys.Setup;

/// <summary>
/// Demo start: a hot template asked after a ticket is answered or closed (chosen for hot surveys), and DCV's fortnightly
/// cold template (its 2008-2009 items). Idempotent: a template already there by name is left as it is.
/// </summary>
internal static class DemoTemplates
{
    private const string HotName = "Encuesta posterior al caso";

    private const string ChooseHotSql = """
        INSERT INTO surveys.settings AS s (id, hot_template_id) VALUES (true, @TemplateId)
        ON CONFLICT (id) DO UPDATE SET hot_template_id = excluded.hot_template_id WHERE s.hot_template_id IS NULL
        """;

    private const string IdByNameSql = "SELECT id FROM surveys.templates WHERE lower(name) = lower(@Name)";

    private static readonly SurveyText Poor = new("Muy malo", "Very poor");
    private static readonly SurveyText Excellent = new("Excelente", "Excellent");

    private static SurveyItem Scale(string key, string es, string en, bool overall = false) =>
        new(key, ItemKind.Scale1To7, Required: overall, overall, new SurveyText(es, en), Poor, Excellent);

    internal static readonly IReadOnlyList<SurveyItem> HotItems =
    [
        Scale("overall", "En general, ¿cómo califica la atención de su caso?", "Overall, how do you rate the handling of your case?", overall: true),
        Scale("timeliness", "¿Cómo califica el tiempo que tomó responderle?", "How do you rate the time it took to answer you?"),
        Scale("clarity", "¿Qué tan clara fue la respuesta?", "How clear was the answer?"),
        Scale("courtesy", "¿Cómo califica la amabilidad de quien lo atendió?", "How do you rate the courtesy of the person who helped you?"),
        new("resolved", ItemKind.YesNo, false, false, new SurveyText("¿Se resolvió su solicitud?", "Was your request resolved?"), null, null),
        new("comment", ItemKind.FreeText, false, false, new SurveyText("¿Algo más que quiera contarnos?", "Anything else you would like to tell us?"), null, null),
    ];

    internal static readonly IReadOnlyList<SurveyItem> ColdItems =
    [
        Scale("overall", "Evaluación global del DCV", "Overall evaluation of DCV", overall: true),
        Scale("registry_settlement", "Registro y liquidación", "Registration and settlement"),
        Scale("dematerialisation", "Servicio de desmaterialización", "Dematerialisation service"),
        Scale("clearing_house", "Servicio para operadores de cámara de compensación (bolsas)", "Service for clearing-house operators (exchanges)"),
        Scale("custody", "Evaluación global del servicio de custodia", "Overall evaluation of the custody service"),
        Scale("information_security", "Seguridad y confiabilidad de la información", "Security and reliability of the information"),
        Scale("information_access", "Facilidad de acceso a la información", "Ease of access to information"),
        Scale("service_desk", "Evaluación global de la mesa de atención a clientes", "Overall evaluation of the customer service desk"),
        new("comment", ItemKind.FreeText, false, false, new SurveyText("Comentarios", "Comments"), null, null),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDb>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var hot = await EnsureAsync(db, mediator, HotName, SurveyKind.Hot, HotItems, ct);
        await EnsureAsync(db, mediator, "Encuesta quincenal de satisfacción (DCV)", SurveyKind.Cold, ColdItems, ct);
        await db.ExecuteAsync(ChooseHotSql, new { TemplateId = hot }, ct);
    }

    private static async Task<Guid> EnsureAsync(IDb db, IMediator mediator, string name, SurveyKind purpose, IReadOnlyList<SurveyItem> items, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<Guid?>(IdByNameSql, new { Name = name }, ct)
        ?? (await mediator.Send(new CreateSurveyTemplate.CreateSurveyTemplate.Command(name, purpose, items), ct)).Id;
}
