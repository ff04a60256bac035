using System.Buffers.Text;
using System.Text;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Makes the tickets of one chunk with their whole story up to the generator's "now" (World.Until), writing the rows
/// the product's commands would have written: intake (with identity verification, or answered at first contact),
/// acknowledgement email, assignment, notes, replies that wait on the customer, escalation legs (answered, reviewed,
/// sometimes rejected and re-escalated, up to the area's manager), the final answer and closure, a few reopened.
/// A step that would happen after "now" has not happened: recent tickets are still new, open, escalated or pending.
/// One instance per producer thread (it reuses its buffers).
/// </summary>
internal sealed class TicketStories
{
    private readonly World w;
    private readonly Json json = new();
    private readonly List<LegRow> legs = []; // the current ticket's escalation legs
    private readonly SearchVectors.Builder search;
    private readonly Dictionary<string, (int[] Subjects, int[] Sentences)> areaPieces;
    private readonly Dictionary<string, (string[] Subjects, string[] Sentences)> areaTexts = Texts.ByArea;
    private readonly int[] genericPieces;
    private readonly int[] cityPieces;
    private readonly int[] replyPieces;
    private readonly int[] requestPieces;
    private readonly int[] customerMessagePieces;

    public TicketStories(World world)
    {
        w = world;
        search = new SearchVectors.Builder(world.Vectors);
        areaPieces = Texts.ByArea.ToDictionary(a => a.Key, a => (a.Value.Subjects.Select(world.Vectors.PieceId).ToArray(), a.Value.Sentences.Select(world.Vectors.PieceId).ToArray()));
        genericPieces = [.. Texts.Generic.Select(world.Vectors.PieceId)];
        cityPieces = [.. Texts.CitySentences.Select(world.Vectors.PieceId)];
        replyPieces = [.. Texts.Replies.Select(world.Vectors.PieceId)];
        requestPieces = [.. Texts.Requests.Select(world.Vectors.PieceId)];
        customerMessagePieces = [.. Texts.CustomerMessages.Select(world.Vectors.PieceId)];
    }

    /// <summary>Fills <paramref name="chunk"/> (reset to its index) with its tickets' rows.</summary>
    public void Make(Chunk chunk)
    {
        var chunkIndex = chunk.Index;
        var rng = new Rng(w.Seed, 1000 + (ulong)chunkIndex);
        var first = (long)chunkIndex * Chunk.ChunkSize;
        var last = Math.Min(w.TicketCount, first + Chunk.ChunkSize);
        var digest = 14695981039346656037UL;
        Span<char> text = stackalloc char[36];
        for (var i = first; i < last; i++)
        {
            var ticket = MakeTicket(i, ref rng, chunk);
            ticket.Id.TryFormat(text, out _);
            digest = Fnv(digest, text);
            digest = Fnv(digest, ticket.Number);
            digest = Fnv(digest, ticket.Status);
            ticket.UpdatedAt.Ticks.TryFormat(text, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
            digest = Fnv(digest, text[..length]);
        }

        chunk.Digest = digest ^ (ulong)chunk.EventCount ^ ((ulong)chunk.MessageCount << 20) ^ ((ulong)chunk.LegCount << 40);
    }

    /// <summary>FNV-1a: the same value on every run (string.GetHashCode is randomised per process).</summary>
    private static ulong Fnv(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    private static DateTimeOffset After(DateTimeOffset t, double minutes)
    {
        var at = t.AddMinutes(Math.Max(minutes, 0.05));
        return new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>State while a story unfolds.</summary>
    private sealed class Story
    {
        public required TicketRow T;
        public required CustomerInfo Customer;
        public required Chunk Chunk;
        public DateTimeOffset Now;
        public bool Done; // the next step would be after World.Until
        public List<(DateTimeOffset At, int What)> Marks = []; // clock events: 0 pause, 1 resume, 2 stop (answered or closed)
    }

    private TicketRow MakeTicket(long i, ref Rng rng, Chunk chunk)
    {
        var created = w.Time.CreatedAt(i);
        var year = TimeModel.LocalYear(created);
        var number = World.TicketNumber(year, i - w.FirstTicketOfYear[year] + 1);
        var channel = World.Channels.Pick(ref rng);
        var type = World.Types.Pick(ref rng);
        var topic = channel == "web" && rng.Chance(0.4) ? null : w.TopicPopularity.Pick(ref rng);
        var areaCode = topic?.AreaCode ?? (type == "compliment" ? "SERVICIO" : rng.Pick(w.Areas).Code);
        // Skewed: some customers write often, most once or twice.
        var customer = w.Customers[(int)(w.Customers.Length * Math.Pow(rng.NextDouble(), 1.6))];
        var staffChannel = channel is "phone" or "walk_in" or "mailbox";
        var agent = staffChannel ? rng.Pick(w.FrontLine) : null;
        var partner = channel == "partner" ? rng.Pick(w.Partners) : default;

        var (subjectIds, sentenceIds) = areaPieces[areaCode];
        var (subjects, sentences) = areaTexts[areaCode];
        var subjectIndex = rng.Next(subjectIds.Length);
        Span<int> description = stackalloc int[4];
        var descriptionTexts = new string?[4];
        var parts = 0;
        var s1 = rng.Next(sentenceIds.Length);
        descriptionTexts[parts] = sentences[s1];
        description[parts++] = sentenceIds[s1];
        if (rng.Chance(0.5))
        {
            var s2 = (s1 + 1 + rng.Next(sentenceIds.Length - 1)) % sentenceIds.Length;
            descriptionTexts[parts] = sentences[s2];
            description[parts++] = sentenceIds[s2];
        }

        if (rng.Chance(0.4))
        {
            var g = rng.Next(genericPieces.Length);
            descriptionTexts[parts] = Texts.Generic[g];
            description[parts++] = genericPieces[g];
        }

        if (rng.Chance(0.25))
        {
            var c = rng.Next(cityPieces.Length);
            descriptionTexts[parts] = Texts.CitySentences[c];
            description[parts++] = cityPieces[c];
        }

        Span<byte> token = stackalloc byte[24];
        rng.Fill(token);
        var t = new TicketRow
        {
            Id = rng.UuidV7(created),
            Number = number,
            Type = type,
            Channel = channel,
            Status = "new",
            Priority = World.Priorities.Pick(ref rng),
            Subject = subjects[subjectIndex],
            DescriptionParts = descriptionTexts,
            CustomerId = customer.Id,
            CustomerDocument = customer.DocumentNumber,
            CustomerName = customer.FullName,
            CustomerEmail = customer.Email,
            TopicId = topic?.Id,
            AreaId = topic?.AreaId,
            PartnerId = channel == "partner" ? partner.Id : null,
            CreatedBy = agent?.Id,
            TrackingToken = Base64Url.EncodeToString(token),
            CreatedAt = created,
            UpdatedAt = created,
        };

        search.Reset();
        search.BeginSegment('A');
        search.Add(subjectIds[subjectIndex]);
        search.EndSegment();
        search.BeginSegment('A');
        foreach (var piece in customer.NamePieces)
        {
            search.Add(piece);
        }

        search.EndSegment();
        search.BeginSegment('B');
        foreach (var piece in description[..parts])
        {
            search.Add(piece);
        }

        search.EndSegment();

        var story = new Story { T = t, Customer = customer, Chunk = chunk, Now = created };
        VerificationRow? verification = null;
        if (channel is "phone" or "walk_in" && rng.Chance(0.45))
        {
            var verifiedAt = created.AddSeconds(-rng.Between(30, 240));
            verification = new VerificationRow(rng.UuidV7(verifiedAt), customer.Id, rng.Chance(0.5) ? ["document_number", "birth_date"] : ["document_number", "registered_phone"],
                rng.Chance(0.95) ? "passed" : "failed", channel, agent!.Id, agent.Email, verifiedAt);
            chunk.Add(verification.Value);
        }

        var stalled = i >= w.BacklogFrom && rng.Chance(0.95);
        legs.Clear();
        var firstContact = !stalled && channel is "phone" or "walk_in" && rng.Chance(0.42);
        if (firstContact)
        {
            var reply = rng.Next(replyPieces.Length);
            t.Status = "closed";
            t.ResolutionType = World.Resolutions.Pick(ref rng);
            t.ResolvedAtFirstContact = true;
            t.FirstResponseAt = t.AnsweredAt = t.ClosedAt = created;
            CreatedData(Event(story, "created"u8, agent), t);
            Verified(story, verification, agent);

            Reply(story, ref rng, agent!, replyPieces[reply], Texts.Replies[reply], changeTo: null);
            Event(story, "answered"u8, agent).Str("resolutionType"u8, t.ResolutionType).Bool("atFirstContact"u8, true).End();
            Email(story, ref rng, "Respuesta a su solicitud"u8);
            Clocks(story, i);
            chunk.Add(t, search);
            return t;
        }

        CreatedData(Event(story, "created"u8, agent, partnerName: channel == "partner" ? Encoding.UTF8.GetBytes(partner.Name) : null), t);
        Verified(story, verification, agent);

        Email(story, ref rng, "Hemos recibido su solicitud"u8);

        // Assignment: the ticket leaves the unassigned queue.
        var owner = rng.Chance(0.25) ? rng.Pick(w.BackOffice) : agent ?? rng.Pick(w.FrontLine);
        if (Step(story, rng.LogNormalMinutes(40, 1.2)))
        {
            t.AssigneeId = owner.Id;
            Event(story, "assigned"u8, owner).Id("from"u8, null).Id("assigneeId"u8, owner.Id).End();
            ChangeStatus(story, "open", "assigned", owner);
            Touch(story);
        }

        if (!story.Done && rng.Chance(0.3) && Step(story, rng.LogNormalMinutes(30, 1.0)))
        {
            var note = rng.Pick(Texts.Notes);
            var messageId = rng.UuidV7(story.Now);
            chunk.Message(messageId, t.Id, "note", note, owner.Id, owner.Name, story.Now);
            Event(story, "note_added"u8, owner).Id("messageId"u8, messageId).End();
            Touch(story);
        }

        if (stalled && !story.Done)
        {
            // The backlog: a holding reply (most within the first-response target), then the ticket waits: on the customer,
            // on an area that has not answered yet, or on its agent.
            if (rng.Chance(0.92) && Step(story, rng.LogNormalMinutes(120, 1.0)))
            {
                var request = rng.Next(requestPieces.Length);
                var pending = rng.Chance(0.15);
                Reply(story, ref rng, owner, requestPieces[request], Texts.Requests[request], changeTo: pending ? "pending_customer" : null);
                Touch(story);
                if (!pending && topic is not null && rng.Chance(0.4))
                {
                    Escalate(story, ref rng, topic, owner, stall: true);
                }
            }

            story.Done = true;
        }

        var escalate = topic is not null && rng.Chance(0.49);
        if (escalate && !story.Done)
        {
            Escalate(story, ref rng, topic!, owner);
        }
        else if (!story.Done && rng.Chance(0.2) && Step(story, rng.LogNormalMinutes(90, 1.0)))
        {
            // The agent asks the customer for documents; the ticket waits on the customer.
            var request = rng.Next(requestPieces.Length);
            Reply(story, ref rng, owner, requestPieces[request], Texts.Requests[request], changeTo: "pending_customer");
            Touch(story);
            if (rng.Chance(0.9) && Step(story, rng.LogNormalMinutes(2 * 1440, 0.8)))
            {
                CustomerMessage(story, ref rng, "open");
            }
            else
            {
                story.Done = true;
            }
        }

        // The final answer, then closure after the reopen window's first days; a few customers write back.
        if (!story.Done && Step(story, rng.LogNormalMinutes(escalate ? 180 : 300, 1.0)))
        {
            Answer(story, ref rng, owner);
            if (rng.Chance(0.03) && Step(story, rng.LogNormalMinutes(3 * 1440, 0.6)))
            {
                CustomerMessage(story, ref rng, "reopened");
                if (Step(story, rng.LogNormalMinutes(600, 1.0)))
                {
                    Answer(story, ref rng, owner);
                }
            }

            if (!story.Done && Step(story, rng.LogNormalMinutes(4 * 1440, 0.7)))
            {
                ChangeStatus(story, "closed", null, owner);
                t.ClosedAt = story.Now;
                Touch(story);
            }
        }

        Clocks(story, i);
        foreach (var leg in legs)
        {
            chunk.Add(leg);
        }

        chunk.Add(t, search);
        return t;
    }

    /// <summary>
    /// The ticket's clocks (StartTicketClocks, FollowTicketStatus, StopFirstResponseClock) and its legs' answer clocks
    /// (StartOlaClock, StopOlaClock), with the minute job's at-risk and breached passes up to Until, and the ticket's SLA view.
    /// </summary>
    private void Clocks(Story story, long i)
    {
        var t = story.T;
        var sla = w.Sla;
        var now = w.Until;
        var ids = new Rng(w.Seed, 0x51A0_0000_0000UL + (ulong)i);
        var policy = sla.Match(t.Type, t.Priority);
        if (policy is not null)
        {
            ClockRowOut New(string kind, string targetKind, int amount, Guid calendar) => sla.Start(new ClockRowOut
            {
                Id = ids.UuidV7(t.CreatedAt), TicketId = t.Id, TicketNumber = t.Number, Kind = kind, PolicyVersionId = policy.VersionId,
                TargetKind = targetKind, TargetAmount = amount, CalendarId = calendar, WarningPercent = policy.WarningPercent,
                TopicId = t.TopicId, AreaId = t.AreaId, Channel = t.Channel, AgentId = null,
            }, t.CreatedAt);
            var first = New("first_response", policy.FirstKind, policy.FirstAmount, policy.FirstCalendar);
            var resolution = New("resolution", policy.ResolutionKind, policy.ResolutionAmount, policy.ResolutionCalendar);
            if (t.ResolvedAtFirstContact)
            {
                // Opened answered: both met the moment they start.
                sla.Stop(first, t.FirstResponseAt ?? t.CreatedAt, t.CreatedBy, now);
                sla.Stop(resolution, t.FirstResponseAt ?? t.CreatedAt, t.CreatedBy, now);
            }
            else
            {
                var firstDone = false;
                foreach (var (at, what) in story.Marks)
                {
                    if (!firstDone && t.FirstResponseAt is { } fr && fr <= at)
                    {
                        sla.Stop(first, fr, t.AssigneeId, now);
                        firstDone = true;
                    }

                    switch (what)
                    {
                        case 0: sla.Pause(resolution, at, now); break;
                        case 1: sla.Resume(resolution, at); break;
                        default:
                            sla.Stop(first, at, t.AssigneeId, now);
                            sla.Stop(resolution, at, t.AssigneeId, now);
                            break;
                    }
                }

                if (!firstDone && t.FirstResponseAt is { } late)
                {
                    sla.Stop(first, late, t.AssigneeId, now);
                }

                SlaModel.RunJobUntil(first, DateTimeOffset.MaxValue, now);
                SlaModel.RunJobUntil(resolution, DateTimeOffset.MaxValue, now);
            }

            story.Chunk.Add(first);
            story.Chunk.Add(resolution);
            (t.SlaDueAt, t.SlaWarnAt, t.SlaState) = SlaModel.View(first, resolution);
        }

        foreach (var leg in legs)
        {
            var ola = sla.Start(new ClockRowOut
            {
                Id = ids.UuidV7(leg.CreatedAt), TicketId = t.Id, TicketNumber = t.Number, LegId = leg.Id, Kind = "ola", TargetKind = "business_minutes",
                TargetAmount = leg.OlaMinutes, CalendarId = sla.AreaCalendars.TryGetValue(leg.AreaId, out var own) ? own : sla.DefaultCalendar,
                WarningPercent = 75, AreaId = leg.AreaId,
            }, leg.CreatedAt);
            leg.DueAt = ola.DueAt;
            if (leg.AnsweredAt is { } answered)
            {
                sla.Stop(ola, answered, leg.AnsweredBy, now);
            }
            else
            {
                SlaModel.RunJobUntil(ola, DateTimeOffset.MaxValue, now);
            }

            story.Chunk.Add(ola);
        }
    }

    /// <summary>Verified at intake, before the ticket existed: the verification goes on the new ticket's timeline.</summary>
    private void Verified(Story story, VerificationRow? verification, StaffUser? agent)
    {
        if (verification is { } v)
        {
            Event(story, "identity_verified"u8, agent).Bool("passed"u8, v.Outcome == "passed").Strings("checks"u8, v.Checks).Id("verificationId"u8, v.Id)
                .Time("verifiedAt"u8, v.VerifiedAt).End();
        }
    }

    private static void CreatedData(Json json, TicketRow t) =>
        json.Str("number"u8, t.Number).Str("type"u8, t.Type).Str("channel"u8, t.Channel).Str("subject"u8, t.Subject)
            .Str("customer"u8, t.CustomerName).Str("status"u8, t.Status).End();

    /// <summary>Moves the story's clock; false (and the story ends) when the step would happen after "now".</summary>
    private bool Step(Story story, double minutes)
    {
        if (story.Done)
        {
            return false;
        }

        var at = After(story.Now, Math.Max(minutes, 0.25));
        if (at >= w.Until)
        {
            story.Done = true;
            return false;
        }

        story.Now = at;
        return true;
    }

    /// <summary>An event on the ticket's timeline now; its data is the JSON object written next on the returned writer.</summary>
    private Json Event(Story story, ReadOnlySpan<byte> type, StaffUser? actor, byte[]? partnerName = null) =>
        story.Chunk.Event(json, story.T.Id, story.Now, type, actor?.Id, actor?.NameUtf8 ?? partnerName);

    private static void Touch(Story story)
    {
        story.T.Version++;
        story.T.UpdatedAt = story.Now;
    }

    private void ChangeStatus(Story story, string to, string? reason, StaffUser? actor)
    {
        var from = story.T.Status;
        story.T.Status = to;
        Mark(story, from, to);
        if (to == "answered")
        {
            story.T.AnsweredAt = story.Now;
        }

        if (to == "reopened")
        {
            story.T.ClosedAt = null;
        }

        Event(story, "status_changed"u8, actor).Str("from"u8, from).Str("to"u8, to).Str("reason"u8, reason).End();
    }

    private static void Mark(Story story, string from, string to)
    {
        if (to is "answered" or "closed")
        {
            story.Marks.Add((story.Now, 2));
        }
        else if (to == "pending_customer")
        {
            story.Marks.Add((story.Now, 0));
        }
        else if (from == "pending_customer")
        {
            story.Marks.Add((story.Now, 1));
        }
    }

    /// <summary>The outbox dispatcher sends the email a little after the change and records it on the timeline.</summary>
    private static readonly byte[] SystemName = "sistema"u8.ToArray();

    /// <param name="subject">What follows the ticket number in the subject ("[PQRS-…] subject").</param>
    private void Email(Story story, ref Rng rng, ReadOnlySpan<byte> subject)
    {
        if (story.Customer.Email is null)
        {
            return;
        }

        var sentAt = After(story.Now, 0.02 + (0.2 * rng.NextDouble()));
        if (sentAt < w.Until)
        {
            story.Chunk.Event(json, story.T.Id, sentAt, "email_sent"u8, null, SystemName).Str("to"u8, story.Customer.Email)
                .TicketSubject("subject"u8, story.T.Number, subject).End();
        }
    }

    private void Reply(Story story, ref Rng rng, StaffUser author, int pieceId, string body, string? changeTo)
    {
        var t = story.T;
        var messageId = rng.UuidV7(story.Now);
        story.Chunk.Message(messageId, t.Id, "reply", body, author.Id, author.Name, story.Now);
        search.BeginSegment('C');
        search.Add(pieceId);
        search.EndSegment();
        t.FirstResponseAt ??= story.Now;
        Event(story, "reply_added"u8, author).Id("messageId"u8, messageId).End();
        if (changeTo is not null)
        {
            ChangeStatus(story, changeTo, "reply", author);
            Email(story, ref rng, "Respuesta a su solicitud"u8);
        }
    }

    private void CustomerMessage(Story story, ref Rng rng, string changeTo)
    {
        var t = story.T;
        var index = rng.Next(customerMessagePieces.Length);
        var body = Texts.CustomerMessages[index];
        var messageId = rng.UuidV7(story.Now);
        story.Chunk.Message(messageId, t.Id, "customer", body, null, t.CustomerName, story.Now);
        search.BeginSegment('C');
        search.Add(customerMessagePieces[index]);
        search.EndSegment();
        story.Chunk.Event(json, t.Id, story.Now, "customer_message"u8, null, Encoding.UTF8.GetBytes(t.CustomerName)).Id("messageId"u8, messageId).End();
        var from = t.Status;
        t.Status = changeTo;
        Mark(story, from, changeTo);
        if (changeTo == "reopened")
        {
            t.ClosedAt = null;
        }

        story.Chunk.Event(json, t.Id, story.Now, "status_changed"u8, null, null).Str("from"u8, from).Str("to"u8, changeTo).Str("reason"u8, "customer wrote back").End();
        Touch(story);
    }

    private void Answer(Story story, ref Rng rng, StaffUser author)
    {
        var t = story.T;
        var reply = rng.Next(replyPieces.Length);
        t.ResolutionType = World.Resolutions.Pick(ref rng);
        Reply(story, ref rng, author, replyPieces[reply], Texts.Replies[reply], changeTo: null);
        Event(story, "answered"u8, author).Str("resolutionType"u8, t.ResolutionType).Bool("atFirstContact"u8, false).End();
        ChangeStatus(story, "answered", null, author);
        Email(story, ref rng, "Respuesta a su solicitud"u8);
        Touch(story);
    }

    /// <summary>Escalation legs as the Escalation module writes them, with the area's answers and the back office's reviews.</summary>
    private void Escalate(Story story, ref Rng rng, TopicInfo topic, StaffUser owner, bool stall = false)
    {
        var t = story.T;
        if (!w.MatrixByTopic.TryGetValue(topic.Id, out var matrix) || !Step(story, rng.LogNormalMinutes(60, 1.0)))
        {
            return;
        }

        var area = w.Areas.First(a => a.Id == matrix.AreaId);
        var responders = w.RespondersByArea[area.Id];
        var reason = rng.Pick(Texts.EscalationReasons);
        LegRow? previous = null;
        var rejections = 0;
        for (var round = 1; round <= 3; round++)
        {
            var toManager = previous?.ToManager == true || (rejections >= 2 && previous?.NextToManager == true);
            var levelUp = rejections >= 2;
            var leg = new LegRow
            {
                Id = rng.UuidV7(story.Now),
                TicketId = t.Id,
                TicketNumber = t.Number,
                Round = round,
                PreviousLegId = previous?.Id,
                AreaId = area.Id,
                ToManager = toManager,
                ResponderId = levelUp ? null : previous?.ResponderId,
                Reason = reason,
                OlaMinutes = matrix.OlaMinutes,
                DueAt = story.Now.AddMinutes(matrix.OlaMinutes),
                NextAreaId = levelUp ? null : matrix.NextAreaId,
                NextToManager = !levelUp && matrix.NextToManager,
                CreatedBy = owner.Id,
                CreatedAt = story.Now,
                UpdatedAt = story.Now,
            };
            legs.Add(leg);
            if (round == 1)
            {
                ChangeStatus(story, "escalated", reason, owner);
                story.Chunk.TicketArea(t.Id, area.Id);
            }

            Event(story, "escalated"u8, owner).Id("legId"u8, leg.Id).Id("areaId"u8, area.Id).Str("area"u8, area.Name).Int("round"u8, round).Str("reason"u8, reason).End();
            Touch(story);
            if (round == 1)
            {
                Email(story, ref rng, "Su solicitud está en revisión"u8);
            }

            if (stall)
            {
                return;
            }

            // The area answers: most within the OLA (960 minutes in the demo matrix), a realistic share late.
            if (!Step(story, rng.LogNormalMinutes(matrix.OlaMinutes * 0.55, 0.8)))
            {
                return;
            }

            var responder = rng.Pick(responders);
            leg.Status = "answered";
            leg.Answer = rng.Pick(Texts.AreaAnswers);
            leg.AnsweredAt = story.Now;
            leg.AnsweredBy = responder.Id;
            leg.ResponderId ??= responder.Id;
            leg.UpdatedAt = story.Now;
            Event(story, "area_answered"u8, responder).Id("legId"u8, leg.Id).Id("areaId"u8, area.Id).Int("round"u8, round).Str("text"u8, leg.Answer).End();

            if (!Step(story, rng.LogNormalMinutes(120, 1.0)))
            {
                return;
            }

            var reviewer = rng.Pick(w.BackOffice);
            var accepted = round == 3 || !rng.Chance(round == 1 ? 0.15 : 0.1);
            leg.Status = accepted ? "accepted" : "rejected";
            leg.ReviewReason = accepted ? null : rng.Pick(Texts.RejectionReasons);
            leg.ReviewedAt = story.Now;
            leg.ReviewedBy = reviewer.Id;
            leg.UpdatedAt = story.Now;
            Event(story, accepted ? "escalation_accepted"u8 : "escalation_rejected"u8, reviewer)
                .Id("legId"u8, leg.Id).Id("areaId"u8, area.Id).Int("round"u8, round).Str("reason"u8, leg.ReviewReason).End();
            if (accepted)
            {
                ChangeStatus(story, "open", "no escalation open", reviewer);
                Touch(story);
                return;
            }

            rejections++;
            reason = leg.ReviewReason!;
            previous = leg;
            owner = reviewer;
        }
    }
}
