using HelpDesk.Shared.Paging;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.ListTickets;

internal sealed record TicketListItem(
    Guid Id, string Number, TicketType Type, Channel Channel, TicketStatus Status, Priority Priority, string Subject,
    string CustomerName, string CustomerDocument, Guid? TopicId, Guid? AreaId, Guid? AssigneeId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? SlaDueAt, TicketSlaState? SlaState);

internal static class ListTickets
{
    internal sealed record Query(
        string? Status, string? Type, string? Channel, Guid? TopicId, Guid? AreaId, Guid? AssigneeId, Guid? CustomerId,
        DateTimeOffset? CreatedFrom, DateTimeOffset? CreatedTo, string? Q, string? Queue, string? Sort, int? Limit, string? Cursor,
        string? SlaState = null)
        : IQuery<Page<TicketListItem>>;

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = "";
        public string Type { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Status { get; init; } = "";
        public string Priority { get; init; } = "";
        public string Subject { get; init; } = "";
        public string CustomerName { get; init; } = "";
        public string CustomerDocument { get; init; } = "";
        public Guid? TopicId { get; init; }
        public Guid? AreaId { get; init; }
        public Guid? AssigneeId { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public DateTimeOffset? SlaDueAt { get; init; }
        public DateTimeOffset? SlaWarnAt { get; init; }
        public string? SlaState { get; init; }
        public string? RequesterName { get; init; }

        /// <summary>A partner sees the requester's name as it sent it, and no staff ids (as in <see cref="TicketRow.ToDto"/>).</summary>
        public TicketListItem ToItem(DateTimeOffset now, bool partner) => new(
            Id, Number, EnumNames<TicketType>.Parse(Type), EnumNames<Channel>.Parse(Channel), EnumNames<TicketStatus>.Parse(Status),
            EnumNames<Priority>.Parse(Priority), Subject, partner ? RequesterName ?? "" : CustomerName, CustomerDocument, TopicId, AreaId,
            partner ? null : AssigneeId, CreatedAt, UpdatedAt,
            SlaDueAt, TicketSla.StateAt(EnumNames<TicketSlaState>.ParseOrNull(SlaState), SlaDueAt, SlaWarnAt, now));
    }

    /// <summary>
    /// The WHERE clause is assembled from the fixed fragments below, one per filter given; values are always parameters.
    /// Each common list is served by an index of 0200_tickets_tickets.sql (newest: created_idx; queues: assignee, unassigned,
    /// status_updated; text: the GIN search index, the number and document indexes) or of 0203_tickets_sla_copy.sql and 0205_tickets_sla_warn.sql (by due time,
    /// the at-risk queue) or of 0209_tickets_supervisors_queue.sql (the supervisors' queue).
    /// </summary>
    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, Page<TicketListItem>>
    {
        private const string Columns = """
            t.id, t.number, t.type, t.channel, t.status, t.priority, t.subject, t.customer_name, t.customer_document,
                   t.topic_id, t.area_id, t.assignee_id, t.created_at, t.updated_at, t.sla_due_at, t.sla_warn_at, t.sla_state, t.requester_name
            """;

        private const string Select = $"SELECT {Columns} FROM tickets.tickets t";

        private const string TextFilter = "t.search @@ websearch_to_tsquery('tickets.es', @Q)";

        // A ticket number or a document number is looked up exactly (btree), not as words.
        private const string ExactFilter = "(t.number = upper(@Q) OR t.customer_document = @Q)";

        /// <summary>
        /// A text search first looks only at this many of the newest tickets that pass the other filters (in the list's
        /// order). When they hold a whole page of matches, that page is the answer: any match further on comes later in
        /// the order. Otherwise the words are rare enough for the GIN index: it collects every match, which is then
        /// sorted. Words the statistics do not know give the planner no way to choose between the two (counting the
        /// matches first cost 60–290 ms at 20 million tickets), so the query tries the cheap one first.
        /// </summary>
        private const int SearchWindow = 5_000;

        public async ValueTask<Page<TicketListItem>> Handle(Query query, CancellationToken ct)
        {
            var limit = Cursor.Limit(query.Limit);
            var sort = query.Sort switch
            {
                null or "newest" => SortOrder.Newest,
                "oldest_update" => SortOrder.OldestUpdate,
                "due" => SortOrder.Due,
                _ => throw new RuleViolationException("sort", "sort is newest, oldest_update or due."),
            };
            var where = new List<string>();
            if (!TicketAccess.SeesAllTickets(user))
            {
                where.Add(user.PartnerId is not null ? "t.partner_id = @PartnerId" : TicketAccess.InvolvesMyAreasFilter);
            }

            AddEnumFilter<TicketStatus>(where, query.Status, "status", _ => "t.status = @Status");
            AddEnumFilter<TicketType>(where, query.Type, "type", _ => "t.type = @Type");
            AddEnumFilter<Channel>(where, query.Channel, "channel", _ => "t.channel = @Channel");
            if (query.TopicId is not null) { where.Add("t.topic_id = @TopicId"); }
            if (query.AreaId is not null) { where.Add("t.area_id = @AreaId"); }
            if (query.AssigneeId is not null) { where.Add("t.assignee_id = @AssigneeId"); }
            if (query.CustomerId is not null) { where.Add("t.customer_id = @CustomerId"); }
            if (query.CreatedFrom is not null) { where.Add("t.created_at >= @CreatedFrom"); }
            if (query.CreatedTo is not null) { where.Add("t.created_at < @CreatedTo"); }
            AddEnumFilter<TicketSlaState>(where, query.SlaState, "slaState", SlaStateConditions.For);
            if (sort == SortOrder.Due) { where.Add("t.sla_due_at IS NOT NULL"); }
            var q = query.Q?.Trim();
            var textSearch = !string.IsNullOrEmpty(q) && !LooksLikeNumber(q);
            if (!string.IsNullOrEmpty(q) && !textSearch)
            {
                where.Add(ExactFilter);
            }

            switch (query.Queue)
            {
                case null: break;
                case "mine": where.Add("t.assignee_id = @Me AND t.status NOT IN ('answered', 'closed')"); break;
                case "unassigned": where.Add("t.assignee_id IS NULL AND t.status NOT IN ('answered', 'closed')"); break;
                case "pending_customer": where.Add("t.status = 'pending_customer'"); break;
                case "reopened": where.Add("t.status = 'reopened'"); break;
                // With sort=due, only the tickets still counting (the others have no due instant).
                case "at_risk": where.Add($"{SlaStateConditions.AtRiskOrBreached} AND t.status NOT IN ('answered', 'closed')"); break;
                // Tickets placed for a supervisor to take (survey recoveries), not yet answered: 0209_tickets_supervisors_queue.sql.
                case "supervisors": where.Add("t.queue = 'supervisors' AND t.status NOT IN ('answered', 'closed')"); break;
                default: throw new RuleViolationException("queue", "queue is mine, unassigned, pending_customer, reopened, at_risk or supervisors.");
            }

            var (afterTime, afterId) = Cursor.DecodeInstant(query.Cursor);
            if (afterTime is not null)
            {
                where.Add(sort switch
                {
                    SortOrder.OldestUpdate => "(t.updated_at, t.id) > (@AfterTime, @AfterId)",
                    SortOrder.Due => "(t.sla_due_at, t.id) > (@AfterTime, @AfterId)",
                    _ => "(t.created_at, t.id) < (@AfterTime, @AfterId)",
                });
            }

            var conditions = where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "";

            var order = sort switch
            {
                SortOrder.OldestUpdate => " ORDER BY t.updated_at, t.id",
                SortOrder.Due => " ORDER BY t.sla_due_at, t.id",
                _ => " ORDER BY t.created_at DESC, t.id DESC",
            };
            var now = clock.GetUtcNow();
            var parameters = new
            {
                Now = now,
                user.PartnerId,
                MyAreaIds = user.AreaIds.ToArray(),
                query.Status,
                query.Type,
                query.Channel,
                query.TopicId,
                query.AreaId,
                query.AssigneeId,
                query.CustomerId,
                // PostgreSQL takes UTC instants only; callers may send any offset.
                CreatedFrom = query.CreatedFrom?.ToUniversalTime(),
                CreatedTo = query.CreatedTo?.ToUniversalTime(),
                query.SlaState,
                Q = q,
                Me = user.UserId,
                AfterTime = afterTime,
                AfterId = afterId,
                Take = limit + 1,
                Window = SearchWindow,
            };

            IReadOnlyList<Row> rows;
            if (!textSearch)
            {
                rows = await db.QueryAsync<Row>(Select + conditions + order + " LIMIT @Take", parameters, ct);
            }
            else
            {
                var recent = $"SELECT {Columns}, t.search FROM tickets.tickets t{conditions}{order} LIMIT @Window";
                rows = await db.QueryAsync<Row>($"SELECT {Columns} FROM ({recent}) t WHERE {TextFilter}{order} LIMIT @Take", parameters, ct);
                if (rows.Count < limit + 1)
                {
                    // MATERIALIZED: all the matches through the GIN index, then the sort (not a walk of the order's index).
                    var matching = Select + conditions + (where.Count > 0 ? " AND " : " WHERE ") + TextFilter;
                    rows = await db.QueryAsync<Row>($"WITH t AS MATERIALIZED ({matching}) SELECT * FROM t{order} LIMIT @Take", parameters, ct);
                }
            }

            var page = rows.Take(limit).ToList();
            string? next = null;
            if (rows.Count > limit)
            {
                var last = page[^1];
                var position = sort switch
                {
                    SortOrder.OldestUpdate => last.UpdatedAt,
                    SortOrder.Due => last.SlaDueAt!.Value,
                    _ => last.CreatedAt,
                };
                next = Cursor.EncodeInstant(position, last.Id);
            }

            return new Page<TicketListItem>([.. page.Select(r => r.ToItem(now, partner: !TicketAccess.IsStaff(user)))], next);
        }

        private enum SortOrder
        {
            Newest,
            OldestUpdate,
            Due,
        }

        private static bool LooksLikeNumber(string q) =>
            q.StartsWith("PQRS-", StringComparison.OrdinalIgnoreCase) || (q.Length is >= 5 and <= 20 && q.All(c => char.IsAsciiDigit(c) || c == '-'));

        private static void AddEnumFilter<T>(List<string> where, string? value, string field, Func<T, string> fragment)
            where T : struct, Enum
        {
            if (value is null)
            {
                return;
            }

            T parsed;
            try
            {
                parsed = EnumNames<T>.Parse(value);
            }
            catch (KeyNotFoundException)
            {
                throw new RuleViolationException(field, $"Unknown {field} '{value}'.");
            }

            where.Add(fragment(parsed));
        }
    }
}
