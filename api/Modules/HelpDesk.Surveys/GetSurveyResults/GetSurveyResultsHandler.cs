using HelpDesk.Directory.Contracts;
using HelpDesk.Shared.Organisation;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Results;

namespace HelpDesk.Surveys.GetSurveyResults;

/// <summary>
/// Results of a template for a period and the same period last year, per item and slice, read from the answer counts
/// (migration 0640: whole months from answer_months, the days around them from answer_days) in one grouped query;
/// names of the slices in one more (Directory's names, or the campaigns). The query is <c>Contracts.GetSurveyResults</c>
/// because in this namespace the bare name would mean the namespace itself.
/// </summary>
internal sealed class GetSurveyResultsHandler(IDb db, IMediator mediator, TimeProvider clock, OrganisationSettings organisation)
    : IQueryHandler<Contracts.GetSurveyResults, SurveyResults>
{
    /// <summary>Every key the template has had, with the kind and text of the latest version that has it, in the latest order.</summary>
    private const string ItemsSql = """
        SELECT key, kind, text_es, text_en
        FROM (SELECT DISTINCT ON (key) key, kind, text_es, text_en, version, position
              FROM surveys.template_items WHERE template_id = @TemplateId
              ORDER BY key, version DESC) latest
        ORDER BY version DESC, position
        """;

    private const string TemplateExistsSql = "SELECT EXISTS (SELECT 1 FROM surveys.templates WHERE id = @TemplateId)";

    /// <summary>
    /// Which: 0 the period, 1 last year's. Each segment of each period reads one range of the key index of its rollup
    /// (template, dimension, day or month); kind and campaign filter inside it.
    /// </summary>
    private const string CountsSql = """
        SELECT r.which, c.item_key, c.kind, c.slice, c.score, c.choice, sum(c.answers)::int AS answers
        FROM unnest(@Which::int[], @Months::boolean[], @Froms::date[], @Tos::date[]) AS r (which, months, from_day, to_day)
        CROSS JOIN LATERAL (
            SELECT d.item_key, d.kind, CASE WHEN @ByCampaign THEN d.campaign_id::text ELSE d.slice END AS slice, d.score, d.choice, d.answers
            FROM surveys.answer_days d
            WHERE NOT r.months AND d.template_id = @TemplateId AND d.dimension = @Dimension AND d.local_day BETWEEN r.from_day AND r.to_day
              AND (@Kind::text IS NULL OR d.survey_kind = @Kind) AND (@CampaignId::uuid IS NULL OR d.campaign_id = @CampaignId)
            UNION ALL
            SELECT m.item_key, m.kind, CASE WHEN @ByCampaign THEN m.campaign_id::text ELSE m.slice END, m.score, m.choice, m.answers
            FROM surveys.answer_months m
            WHERE r.months AND m.template_id = @TemplateId AND m.dimension = @Dimension AND m.month BETWEEN r.from_day AND r.to_day
              AND (@Kind::text IS NULL OR m.survey_kind = @Kind) AND (@CampaignId::uuid IS NULL OR m.campaign_id = @CampaignId)
        ) c
        GROUP BY 1, 2, 3, 4, 5, 6
        """;

    private const string CampaignNamesSql = "SELECT id, name FROM surveys.campaigns WHERE id = ANY(@Ids)";

    private static readonly Dictionary<ResultsSliceBy, string> Dimensions = new()
    {
        [ResultsSliceBy.None] = "all",
        [ResultsSliceBy.Campaign] = "all",
        [ResultsSliceBy.Topic] = "topic",
        [ResultsSliceBy.Area] = "area",
        [ResultsSliceBy.Agent] = "agent",
        [ResultsSliceBy.Channel] = "channel",
        [ResultsSliceBy.Segment] = "segment",
    };

    private sealed record ItemRow(string Key, string Kind, string TextEs, string TextEn);

    private sealed record CountRow(int Which, string ItemKey, string Kind, string? Slice, short? Score, bool? Choice, int Answers);

    private sealed record NameRow(Guid Id, string Name);

    public async ValueTask<SurveyResults> Handle(Contracts.GetSurveyResults query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(organisation.Local(clock.GetUtcNow()).DateTime);
        var (current, previous) = ResultPeriods.Resolve(query.Period, query.Date, query.From, query.To, today);
        var items = await db.QueryAsync<ItemRow>(ItemsSql, new { query.TemplateId }, ct);
        if (items.Count == 0 && !await db.QuerySingleAsync<bool>(TemplateExistsSql, new { query.TemplateId }, ct))
        {
            throw new NotFoundException("Survey template");
        }

        var segments = ResultPeriods.Segments(current).Select(s => (Which: 0, Segment: s))
            .Concat(ResultPeriods.Segments(previous).Select(s => (Which: 1, Segment: s))).ToList();
        var rows = await db.QueryAsync<CountRow>(CountsSql, new
        {
            Which = segments.Select(s => s.Which).ToArray(),
            Months = segments.Select(s => s.Segment.Months).ToArray(),
            Froms = segments.Select(s => s.Segment.From).ToArray(),
            Tos = segments.Select(s => s.Segment.To).ToArray(),
            query.TemplateId,
            Dimension = Dimensions[query.SliceBy],
            ByCampaign = query.SliceBy == ResultsSliceBy.Campaign,
            Kind = query.Kind?.ToDb(),
            query.CampaignId,
        }, ct);

        var kinds = items.ToDictionary(i => i.Key, i => EnumNames<ResultItemKind>.Parse(i.Kind));
        var counts = new Dictionary<string, Dictionary<string, ItemCounts[]>>();
        foreach (var row in rows)
        {
            // Answers given while the key had another kind are not mixed into the latest kind's figures.
            if (!kinds.TryGetValue(row.ItemKey, out var kind) || kind.ToDb() != row.Kind)
            {
                continue;
            }

            var sliceKey = query.SliceBy == ResultsSliceBy.None ? "all" : row.Slice ?? "none";
            var ofSlice = counts.TryGetValue(sliceKey, out var known) ? known : counts[sliceKey] = [];
            var pair = ofSlice.TryGetValue(row.ItemKey, out var p) ? p : ofSlice[row.ItemKey] = [new ItemCounts(), new ItemCounts()];
            var c = pair[row.Which];
            switch (kind)
            {
                case ResultItemKind.YesNo when row.Choice is { } yes:
                    if (yes) { c.Yes += row.Answers; } else { c.No += row.Answers; }
                    break;
                case ResultItemKind.FreeText:
                    c.Texts += row.Answers;
                    break;
                case ResultItemKind.Scale1To7 or ResultItemKind.Nps0To10 when row.Score is >= 0 and <= 10:
                    c.Scores[row.Score.Value] += row.Answers;
                    break;
            }
        }

        if (query.SliceBy == ResultsSliceBy.None && counts.Count == 0)
        {
            counts["all"] = [];
        }

        var labels = await LabelsAsync(query.SliceBy, counts.Keys, ct);
        var slices = counts.Select(s =>
            {
                var results = items.Select(i =>
                {
                    var kind = kinds[i.Key];
                    var pair = s.Value.GetValueOrDefault(i.Key) ?? [new ItemCounts(), new ItemCounts()];
                    var now = SurveyStatistics.Summarise(kind, pair[0]);
                    var before = SurveyStatistics.Summarise(kind, pair[1]);
                    return new SurveyItemResult(i.Key, kind, new SurveyResultText(i.TextEs, i.TextEn), now, before, SurveyStatistics.Variation(now, before));
                }).ToList();
                return new SurveyResultSlice(s.Key, labels[s.Key], results);
            })
            .OrderByDescending(s => s.Items.Count == 0 ? 0 : s.Items.Max(i => i.Current.N))
            .ThenBy(s => s.Label, StringComparer.Create(organisation.Culture, ignoreCase: true))
            .ToList();
        return new SurveyResults(query.TemplateId, current.ToDto(), previous.ToDto(), slices);
    }

    /// <summary>The slices' names: Directory's names of topics, areas and agents, the campaigns' names, channels and segments as they are.</summary>
    private async Task<Dictionary<string, string>> LabelsAsync(ResultsSliceBy by, IEnumerable<string> keys, CancellationToken ct)
    {
        var spanish = organisation.Language == Languages.Spanish;
        var labels = keys.ToDictionary(k => k, k => k switch
        {
            "all" when by == ResultsSliceBy.None => spanish ? "Todas las respuestas" : "All responses",
            "none" => NoneLabel(by, spanish),
            _ => k,
        });
        var ids = labels.Keys.Where(k => k is not ("all" or "none")).Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).ToArray();
        if (ids.Length == 0)
        {
            return labels;
        }

        IReadOnlyDictionary<Guid, string> names;
        if (by == ResultsSliceBy.Campaign)
        {
            names = (await db.QueryAsync<NameRow>(CampaignNamesSql, new { Ids = ids }, ct)).ToDictionary(r => r.Id, r => r.Name);
        }
        else
        {
            var directory = await mediator.Send(new GetDirectoryNames(
                by == ResultsSliceBy.Topic ? ids : [], by == ResultsSliceBy.Area ? ids : [], by == ResultsSliceBy.Agent ? ids : []), ct);
            names = by switch
            {
                ResultsSliceBy.Topic => directory.Topics,
                ResultsSliceBy.Area => directory.Areas,
                _ => directory.Users,
            };
        }

        foreach (var id in ids)
        {
            if (names.TryGetValue(id, out var name))
            {
                labels[id.ToString()] = name;
            }
        }

        return labels;
    }

    private static string NoneLabel(ResultsSliceBy by, bool spanish) => by switch
    {
        ResultsSliceBy.Topic => spanish ? "Sin tema" : "No topic",
        ResultsSliceBy.Area => spanish ? "Sin área" : "No area",
        ResultsSliceBy.Agent => spanish ? "Sin agente" : "No agent",
        ResultsSliceBy.Channel => spanish ? "Sin canal" : "No channel",
        ResultsSliceBy.Segment => spanish ? "Sin segmento" : "No segment",
        _ => spanish ? "Sin campaña" : "No campaign",
    };
}
