using System.Net.Http.Json;
using System.Text.Json;

namespace HelpDesk.Tests.Surveys;

/// <summary>Survey templates and other survey set-up as the API takes them.</summary>
internal static class SurveyArrange
{
    public static object Text(string es, string en) => new { es, en };

    public static object Scale(string key, string es, bool overall = false, bool required = false) => new
    {
        key, kind = "scale_1_7", required = required || overall, overall, text = Text(es, $"{es} (en)"),
        lowLabel = Text("Muy malo", "Very poor"), highLabel = Text("Excelente", "Excellent"),
    };

    public static object Nps(string key, string es) => new
    {
        key, kind = "nps_0_10", required = false, overall = false, text = Text(es, $"{es} (en)"),
        lowLabel = Text("Nada probable", "Not at all likely"), highLabel = Text("Muy probable", "Extremely likely"),
    };

    public static object YesNo(string key, string es) =>
        new { key, kind = "yes_no", required = false, overall = false, text = Text(es, $"{es} (en)"), lowLabel = (object?)null, highLabel = (object?)null };

    public static object FreeText(string key, string es) =>
        new { key, kind = "free_text", required = false, overall = false, text = Text(es, $"{es} (en)"), lowLabel = (object?)null, highLabel = (object?)null };

    /// <summary>Overall 1-7 (required), timeliness 1-7, recommend 0-10, resolved yes/no, comment.</summary>
    public static object[] Items() =>
    [
        Scale("overall", "En general, ¿cómo califica la atención?", overall: true),
        Scale("timeliness", "¿Y el tiempo de respuesta?"),
        Nps("recommend", "¿Nos recomendaría?"),
        YesNo("resolved", "¿Se resolvió su solicitud?"),
        FreeText("comment", "Comentarios"),
    ];

    public static object Template(string name, string purpose = "hot", object[]? items = null) => new { name, purpose, items = items ?? Items() };

    /// <summary>Creates a template through the API and returns its id.</summary>
    public static async Task<Guid> CreateTemplateAsync(HttpClient admin, string name = "Encuesta", string purpose = "hot", object[]? items = null)
    {
        var response = await admin.PostAsJsonAsync("/api/surveys/templates", Template(name, purpose, items));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
