using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>What the survey step made, for the report.</summary>
internal sealed record SurveyData(
    Guid HotTemplateId, Guid ColdTemplateId, Guid CampaignId, long HotInvited, long HotAnswered, long ColdInvited, long ColdAnswered, long Answers,
    double OverallBottomBox, double OverallTopBox, long DayRows, long MonthRows, TimeSpan Time)
{
    public string Note => string.Create(CultureInfo.InvariantCulture,
        $"surveys: {HotInvited:N0} hot invitations ({HotAnswered:N0} answered, {100.0 * HotAnswered / Math.Max(1, HotInvited):0.0} %), " +
        $"{ColdInvited:N0} cold from fortnightly campaign runs ({ColdAnswered:N0} answered, {100.0 * ColdAnswered / Math.Max(1, ColdInvited):0.0} %); " +
        $"{Answers:N0} answers; overall item bottom box {100 * OverallBottomBox:0.0} %, top box {100 * OverallTopBox:0.0} %; " +
        $"answer counts {DayRows:N0} day rows and {MonthRows:N0} month rows; made in {Time.TotalSeconds:0} s (SQL from the tickets, after their load)");
}

/// <summary>
/// Survey history made from the generated tickets, set-based in SQL, after the tickets are loaded (so it works with
/// --lists-only too: it reads only tickets and customers). Hot: each ticket's first answer or closing invites its
/// customer an hour later, at most one invitation per customer in each 90-day window (windows staggered per customer:
/// an approximation of the product's rolling window); customers without an email get a phone survey at the answer in
/// 15 % of cases and nothing otherwise; 24 % of emailed ones answer, most within a day. Cold: a fortnightly campaign (the 1st and
/// 15th at 07:00) samples customers with an email, 22 % answer within ten days. Scores: the overall 1-7 item has a
/// bottom box of about 10 % (worse after an unfavourable resolution, and a little better or worse by agent); the other
/// items follow it (±1, NPS from it, "resolved" mostly yes from 5 up, comments mostly from unhappy customers).
/// Deterministic: every draw is a hash of the row's id and the seed. The answers go in with the trigger off and are
/// counted once afterwards by surveys.recount_answers() (the same rules as the trigger).
/// </summary>
internal sealed class SurveyHistory(NpgsqlDataSource db, GeneratorOptions options, Action<string> log)
{
    public const string TimeZone = "America/Bogota";

    private static readonly (string Key, string Kind, string Es, string En)[] HotItems =
    [
        ("overall", "scale_1_7", "En general, ¿qué tan satisfecho está con la atención recibida?", "Overall, how satisfied are you with the service?"),
        ("timeliness", "scale_1_7", "Oportunidad de la respuesta", "Timeliness of the answer"),
        ("clarity", "scale_1_7", "Claridad de la respuesta", "Clarity of the answer"),
        ("courtesy", "scale_1_7", "Amabilidad de quien lo atendió", "Courtesy of the staff"),
        ("resolved", "yes_no", "¿Se resolvió su solicitud?", "Was your request resolved?"),
        ("comment", "free_text", "¿Algo más que quiera contarnos?", "Anything else you would like to tell us?"),
    ];

    private static readonly (string Key, string Kind, string Es, string En)[] ColdItems =
    [
        ("overall", "scale_1_7", "Evaluación general", "Overall evaluation"),
        ("line_credit", "scale_1_7", "Línea de crédito", "Credit line"),
        ("line_subsidies", "scale_1_7", "Línea de subsidios", "Subsidies line"),
        ("security", "scale_1_7", "Seguridad y confiabilidad de la información", "Security and reliability of the information"),
        ("access", "scale_1_7", "Facilidad de acceso a la información", "Ease of access to information"),
        ("service_desk", "scale_1_7", "Evaluación general de la mesa de servicio", "Overall evaluation of the service desk"),
        ("recommend", "nps_0_10", "¿Recomendaría la caja a un amigo?", "Would you recommend us to a friend?"),
    ];

    public async Task<SurveyData> RunAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = await db.OpenConnectionAsync(ct);
        async Task Run(string sql, object? parameters = null)
        {
            await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            foreach (var p in parameters?.GetType().GetProperties() ?? [])
            {
                cmd.Parameters.AddWithValue(p.Name, p.GetValue(parameters)!);
            }

            await cmd.ExecuteNonQueryAsync(ct);
        }

        async Task<T> Scalar<T>(string sql)
        {
            await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            return (T)(await cmd.ExecuteScalarAsync(ct))!;
        }

        var seed = options.Seed.ToString(CultureInfo.InvariantCulture);
        var until = options.Until.ToUniversalTime();
        var start = until.AddMonths(-options.Months);
        var (hot, hotVersion) = await TemplateAsync(connection, "hot", "Encuesta de satisfacción (caliente)", HotItems, start, ct);
        var (cold, coldVersion) = await TemplateAsync(connection, "cold", "Encuesta de percepción DCV (fría)", ColdItems, start, ct);
        var campaign = Guid.CreateVersion7(start);
        var customers = await Scalar<long>("SELECT count(*) FROM customers.customers WHERE email IS NOT NULL");
        var sample = Math.Max(50, customers / 100);
        log($"generator: surveys: hot template {hot} v{hotVersion}, cold template {cold} v{coldVersion}, one campaign sampling {sample:N0} customers a fortnight ...");

        // A draw in [0, 1) from a row's id and a salt, fixed by the seed.
        await Run($"""
            CREATE FUNCTION pg_temp.draw(id uuid, salt text) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
            $$ SELECT ('x' || substr(md5(id::text || salt || '{seed}'), 1, 12))::bit(48)::bigint / 281474976710656.0 $$;
            -- The overall 1-7 score for a draw: bottom box 8 % (35 % after an unfavourable resolution), top box 80 % (50 %).
            CREATE FUNCTION pg_temp.overall(u float8, unhappy boolean) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
            $$ SELECT (CASE WHEN unhappy THEN
                            CASE WHEN u < 0.12 THEN 1 WHEN u < 0.20 THEN 2 WHEN u < 0.27 THEN 3 WHEN u < 0.35 THEN 4 WHEN u < 0.50 THEN 5 WHEN u < 0.75 THEN 6 ELSE 7 END
                       ELSE CASE WHEN u < 0.02 THEN 1 WHEN u < 0.035 THEN 2 WHEN u < 0.05 THEN 3 WHEN u < 0.08 THEN 4 WHEN u < 0.20 THEN 5 WHEN u < 0.50 THEN 6 ELSE 7 END
                       END)::smallint $$;
            SET session_replication_role = replica;
            """);

        await Run("""
            INSERT INTO surveys.campaigns (id, name, template_id, filter, sample_size, schedule, active, created_at, updated_at)
            VALUES (@Campaign, 'Muestra quincenal de afiliados', @Cold, '{"kinds": [], "segments": [], "regions": [], "companySizes": [], "channels": [], "topicIds": [], "closedWithinDays": null}',
                    @Sample, '0 7 1,15 * *', true, @Start, @Start);
            INSERT INTO surveys.campaign_runs (id, campaign_id, scheduled_for, started_at, finished_at, matched, sampled, invited)
            SELECT md5(@Campaign::text || d::text)::uuid, @Campaign, run_at, run_at, run_at + interval '2 minutes', @Customers, @Sample, NULL
            FROM generate_series(date_trunc('month', @Start AT TIME ZONE 'America/Bogota'), @Until AT TIME ZONE 'America/Bogota', interval '1 month') AS m,
                 LATERAL (VALUES (m), (m + interval '14 days')) AS v (d),
                 LATERAL (SELECT (d + interval '7 hours') AT TIME ZONE 'America/Bogota' AS run_at) a
            WHERE run_at >= @Start AND run_at < @Until;
            """, new { Campaign = campaign, Cold = cold, Sample = (int)sample, Start = start, Until = until, Customers = (int)customers });

        // The customers with an email numbered 1..n: a run's sample is n draws of a number, not a scan of all customers per run.
        await Run("""
            CREATE TEMP TABLE bench_customers AS
            SELECT row_number() OVER (ORDER BY id) AS n, id, email, segment FROM customers.customers WHERE email IS NOT NULL;
            CREATE UNIQUE INDEX ON bench_customers (n);
            ANALYZE bench_customers;
            """);

        // One row per invitation, hot and cold, with the draws the rows below are made of.
        await Run("""
            CREATE TEMP TABLE bench_invitations AS
            WITH done AS (
                SELECT DISTINCT ON (t.customer_id, floor((extract(epoch FROM least(t.answered_at, t.closed_at)) + pg_temp.draw(t.customer_id, 'window') * 7776000) / 7776000))
                       t.id, t.number, t.channel, t.topic_id, t.area_id, t.assignee_id, t.customer_id, t.resolution_type, least(t.answered_at, t.closed_at) AS done_at
                FROM tickets.tickets t
                WHERE least(t.answered_at, t.closed_at) < @Until
                ORDER BY t.customer_id, floor((extract(epoch FROM least(t.answered_at, t.closed_at)) + pg_temp.draw(t.customer_id, 'window') * 7776000) / 7776000), least(t.answered_at, t.closed_at)
            ), hot AS (
                SELECT md5(d.id::text || 'invitation')::uuid AS id, 'hot' AS kind, @Hot AS template_id, @HotVersion AS version,
                       c.email IS NULL AS phone, d.customer_id, c.email, d.id AS ticket_id, d.number, d.channel, d.topic_id, d.area_id, d.assignee_id,
                       c.segment, NULL::uuid AS campaign_id, NULL::uuid AS run_id, d.done_at AS created_at, d.done_at + interval '1 hour' AS send_at,
                       d.resolution_type = 'unfavourable' AS unhappy
                FROM done d JOIN customers.customers c ON c.id = d.customer_id
                WHERE c.email IS NOT NULL OR pg_temp.draw(d.id, 'phone') < 0.15
            ), cold AS (
                SELECT DISTINCT ON (r.id, c.id) md5(r.id::text || c.id::text)::uuid AS id, 'cold' AS kind, @Cold AS template_id, @ColdVersion AS version,
                       false AS phone, c.id AS customer_id, c.email, NULL::uuid AS ticket_id, NULL AS number, NULL AS channel, NULL::uuid AS topic_id,
                       NULL::uuid AS area_id, NULL::uuid AS assignee_id, c.segment, r.campaign_id, r.id AS run_id, r.scheduled_for AS created_at,
                       r.scheduled_for + interval '5 minutes' AS send_at, false AS unhappy
                FROM surveys.campaign_runs r
                CROSS JOIN generate_series(1, @Sample) AS j
                JOIN bench_customers c ON c.n = 1 + floor(pg_temp.draw(r.id, j::text) * @Customers)::bigint
                WHERE r.campaign_id = @Campaign
            )
            SELECT i.*,
                   CASE WHEN i.phone THEN i.created_at
                        WHEN pg_temp.draw(i.id, 'answer') < CASE i.kind WHEN 'hot' THEN 0.24 ELSE 0.22 END
                        THEN i.send_at + interval '1 hour' * (CASE i.kind WHEN 'hot' THEN 72 ELSE 240 END) * power(pg_temp.draw(i.id, 'delay'), 3) END AS responded_at,
                   pg_temp.overall(least(0.999999, greatest(0, pg_temp.draw(i.id, 'overall') + (coalesce(pg_temp.draw(i.assignee_id, 'agent'), 0.5) - 0.5) * 0.1)), i.unhappy) AS overall
            FROM (SELECT * FROM hot UNION ALL SELECT * FROM cold) i
            WHERE i.send_at < @Until OR i.phone;
            UPDATE bench_invitations SET responded_at = NULL WHERE responded_at >= @Until;
            """, new { Hot = hot, HotVersion = hotVersion, Cold = cold, ColdVersion = coldVersion, Until = until, Sample = (int)sample, Customers = customers, Campaign = campaign });

        await Run("""
            INSERT INTO surveys.invitations (id, token_hash, template_id, template_version, kind, channel, customer_id, language, email, ticket_id, campaign_id,
                run_id, ticket_number, ticket_channel, topic_id, area_id, agent_id, customer_segment, created_at, status, send_at, sent_at, expires_at, responded_at)
            SELECT id, CASE WHEN NOT phone THEN sha256(id::text::bytea) END, template_id, version, kind, CASE WHEN phone THEN 'phone' ELSE 'email' END,
                   customer_id, 'es', email, ticket_id, campaign_id, run_id, number, channel, topic_id, area_id, assignee_id, segment, created_at,
                   CASE WHEN responded_at IS NOT NULL THEN 'answered' ELSE 'sent' END, send_at,
                   CASE WHEN NOT phone THEN send_at END, CASE WHEN NOT phone THEN send_at + interval '15 days' END, responded_at
            FROM bench_invitations;
            UPDATE surveys.campaign_runs r SET invited = (SELECT count(*) FROM bench_invitations i WHERE i.run_id = r.id) WHERE r.campaign_id = @Campaign;
            INSERT INTO surveys.responses (id, invitation_id, template_id, template_version, channel, language, customer_id, submitted_at)
            SELECT md5(id::text || 'response')::uuid, id, template_id, version, CASE WHEN phone THEN 'phone' ELSE 'email' END, 'es', customer_id, responded_at
            FROM bench_invitations WHERE responded_at IS NOT NULL;
            INSERT INTO surveys.answers (response_id, item_key, kind, score, choice, comment, local_day, template_id, survey_kind, response_channel,
                ticket_channel, topic_id, area_id, agent_id, customer_segment, campaign_id)
            SELECT md5(s.id::text || 'response')::uuid, t.key, t.kind,
                   CASE WHEN t.kind = 'scale_1_7' AND t.overall THEN s.overall
                        WHEN t.kind = 'scale_1_7' THEN least(7, greatest(1, s.overall + CASE WHEN x.v < 0.04 THEN -2 WHEN x.v < 0.17 THEN -1 WHEN x.v >= 0.88 THEN 1 ELSE 0 END))
                        WHEN t.kind = 'nps_0_10' THEN least(10, greatest(0, round((s.overall - 1) * 10 / 6.0 + (x.v - 0.5) * 3)))
                   END,
                   CASE WHEN t.kind = 'yes_no' THEN x.v < CASE WHEN s.overall >= 5 THEN 0.9 ELSE 0.35 END END,
                   CASE WHEN t.kind = 'free_text' THEN (ARRAY['Muy buena atención, gracias.', 'La respuesta tardó demasiado.', 'No me resolvieron el problema.',
                        'El asesor fue muy amable.', 'Tuve que llamar varias veces.', 'Todo claro y a tiempo.'])[1 + floor(x.v * 100)::int % 6] END,
                   (s.responded_at AT TIME ZONE 'America/Bogota')::date, s.template_id, s.kind, CASE WHEN s.phone THEN 'phone' ELSE 'email' END,
                   s.channel, s.topic_id, s.area_id, s.assignee_id, s.segment, s.campaign_id
            FROM bench_invitations s
            JOIN surveys.template_items t ON t.template_id = s.template_id AND t.version = s.version
            CROSS JOIN LATERAL (SELECT pg_temp.draw(s.id, t.key) AS v) x
            WHERE s.responded_at IS NOT NULL
              AND (t.kind <> 'free_text' OR x.v < CASE WHEN s.overall <= 4 THEN 0.6 ELSE 0.12 END);
            SET session_replication_role = origin;
            SELECT surveys.recount_answers();
            DROP TABLE bench_invitations, bench_customers;
            """, new { Campaign = campaign });

        var stats = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE kind = 'hot'), count(*) FILTER (WHERE kind = 'hot' AND responded_at IS NOT NULL),
                   count(*) FILTER (WHERE kind = 'cold'), count(*) FILTER (WHERE kind = 'cold' AND responded_at IS NOT NULL),
                   (SELECT count(*) FROM surveys.answers),
                   (SELECT sum(answers) FILTER (WHERE score <= 4)::float8 / sum(answers) FROM surveys.answer_months WHERE dimension = 'all' AND item_key = 'overall' AND kind = 'scale_1_7'),
                   (SELECT sum(answers) FILTER (WHERE score >= 6)::float8 / sum(answers) FROM surveys.answer_months WHERE dimension = 'all' AND item_key = 'overall' AND kind = 'scale_1_7'),
                   (SELECT count(*) FROM surveys.answer_days), (SELECT count(*) FROM surveys.answer_months)
            FROM surveys.invitations
            """, connection) { CommandTimeout = 0 };
        await using (stats)
        await using (var r = await stats.ExecuteReaderAsync(ct))
        {
            await r.ReadAsync(ct);
            var data = new SurveyData(hot, cold, campaign, r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                r.IsDBNull(5) ? 0 : r.GetDouble(5), r.IsDBNull(6) ? 0 : r.GetDouble(6), r.GetInt64(7), r.GetInt64(8), watch.Elapsed);
            log($"generator: {data.Note}");
            return data;
        }
    }

    /// <summary>The first template of this purpose (the demo data's, when there is one); otherwise one with these items is created.</summary>
    private static async Task<(Guid Id, int Version)> TemplateAsync(
        NpgsqlConnection connection, string purpose, string name, (string Key, string Kind, string Es, string En)[] items, DateTimeOffset at, CancellationToken ct)
    {
        await using (var find = new NpgsqlCommand("SELECT id, latest_version FROM surveys.templates WHERE purpose = @Purpose ORDER BY created_at, id LIMIT 1", connection))
        {
            find.Parameters.AddWithValue("Purpose", purpose);
            await using var r = await find.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct))
            {
                return (r.GetGuid(0), r.GetInt32(1));
            }
        }

        var id = Guid.CreateVersion7(at);
        await using var create = new NpgsqlCommand("""
            INSERT INTO surveys.templates (id, name, purpose, latest_version, created_at, updated_at) VALUES (@Id, @Name, @Purpose, 1, @At, @At);
            INSERT INTO surveys.template_versions (template_id, version, published_at) VALUES (@Id, 1, @At);
            INSERT INTO surveys.template_items (template_id, version, key, position, kind, required, overall, text_es, text_en, low_label_es, low_label_en, high_label_es, high_label_en)
            SELECT @Id, 1, k, p, kind, kind <> 'free_text', p = 1, es, en,
                   CASE kind WHEN 'scale_1_7' THEN 'Muy insatisfecho' WHEN 'nps_0_10' THEN 'Nada probable' END,
                   CASE kind WHEN 'scale_1_7' THEN 'Very dissatisfied' WHEN 'nps_0_10' THEN 'Not at all likely' END,
                   CASE kind WHEN 'scale_1_7' THEN 'Muy satisfecho' WHEN 'nps_0_10' THEN 'Muy probable' END,
                   CASE kind WHEN 'scale_1_7' THEN 'Very satisfied' WHEN 'nps_0_10' THEN 'Extremely likely' END
            FROM unnest(@Keys, @Kinds, @Es, @En) WITH ORDINALITY AS i (k, kind, es, en, p);
            UPDATE surveys.settings SET hot_template_id = coalesce(hot_template_id, CASE WHEN @Purpose = 'hot' THEN @Id END);
            """, connection);
        create.Parameters.AddWithValue("Id", id);
        create.Parameters.AddWithValue("Name", name);
        create.Parameters.AddWithValue("Purpose", purpose);
        create.Parameters.AddWithValue("At", at);
        create.Parameters.AddWithValue("Keys", items.Select(i => i.Key).ToArray());
        create.Parameters.AddWithValue("Kinds", items.Select(i => i.Kind).ToArray());
        create.Parameters.AddWithValue("Es", items.Select(i => i.Es).ToArray());
        create.Parameters.AddWithValue("En", items.Select(i => i.En).ToArray());
        await create.ExecuteNonQueryAsync(ct);
        return (id, 1);
    }
}
