using System.Text.Json;
using FluentValidation;
using HelpDesk.Directory.Contracts;
using HelpDesk.Tickets.Contracts;
using Npgsql;

namespace HelpDesk.Escalation.Matrix;

/// <summary>Create (Id null) or change a matrix row. Open legs keep what they copied when they opened.</summary>
internal static class SaveMatrixRow
{
    internal sealed record Request(Guid TopicId, TicketType? TicketType, Guid AreaId, Guid? DefaultResponderId, Guid? NextAreaId, bool NextToManager, int OlaMinutes);

    internal sealed record Command(Guid? Id, Request Row) : ICommand<MatrixRowDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Row.OlaMinutes).InclusiveBetween(1, 100_000).OverridePropertyName("olaMinutes");
            RuleFor(c => c.Row.NextAreaId).Null().When(c => c.Row.NextToManager).OverridePropertyName("nextAreaId")
                .WithMessage("The next level is either another area or the area's manager, not both.");
        }
    }

    internal sealed class Handler(IDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, MatrixRowDto>
    {
        private const string InsertSql = $"""
            INSERT INTO escalation.matrix (id, topic_id, ticket_type, area_id, default_responder_id, next_area_id, next_to_manager, ola_minutes, created_at, updated_at)
            VALUES (@Id, @TopicId, @TicketType, @AreaId, @DefaultResponderId, @NextAreaId, @NextToManager, @OlaMinutes, @Now, @Now)
            RETURNING {MatrixRowData.Columns}
            """;

        private const string UpdateSql = $"""
            UPDATE escalation.matrix
            SET topic_id = @TopicId, ticket_type = @TicketType, area_id = @AreaId, default_responder_id = @DefaultResponderId,
                next_area_id = @NextAreaId, next_to_manager = @NextToManager, ola_minutes = @OlaMinutes, updated_at = @Now
            WHERE id = @Id
            RETURNING {MatrixRowData.Columns}
            """;

        private const string AuditSql = """
            INSERT INTO escalation.matrix_changes (matrix_id, changed_at, changed_by, action, row_after)
            VALUES (@MatrixId, @Now, @By, @Action, @Row::jsonb)
            """;

        public async ValueTask<MatrixRowDto> Handle(Command command, CancellationToken ct)
        {
            var row = command.Row;
            var topic = await mediator.Send(new GetTopic(row.TopicId), ct);
            if (topic is null)
            {
                throw new RuleViolationException("topicId", "There is no such topic.");
            }

            await RequireActiveAreaAsync(mediator, row.AreaId, "areaId", ct);
            if (row.NextAreaId is { } next)
            {
                await RequireActiveAreaAsync(mediator, next, "nextAreaId", ct);
            }

            if (row.DefaultResponderId is { } responder)
            {
                var member = await mediator.Send(new GetStaffMember(responder), ct);
                if (member is null || !member.Active || !member.AreaIds.Contains(row.AreaId))
                {
                    throw new RuleViolationException("defaultResponderId", "The default responder must be an active member of the area.");
                }
            }

            var now = clock.GetUtcNow();
            var parameters = new
            {
                Id = command.Id ?? Guid.CreateVersion7(now),
                row.TopicId,
                TicketType = row.TicketType?.ToDb(),
                row.AreaId,
                row.DefaultResponderId,
                row.NextAreaId,
                row.NextToManager,
                row.OlaMinutes,
                Now = now,
            };
            MatrixRowData saved;
            try
            {
                saved = await db.QuerySingleOrDefaultAsync<MatrixRowData>(command.Id is null ? InsertSql : UpdateSql, parameters, ct)
                    ?? throw new NotFoundException("The matrix row");
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("duplicate-matrix-row", "The matrix already has a row for this topic and ticket type.");
            }

            var dto = saved.ToDto();
            await db.ExecuteAsync(AuditSql, new
            {
                MatrixId = dto.Id, Now = now, By = user.UserId, Action = command.Id is null ? "created" : "changed",
                Row = JsonSerializer.Serialize(dto, JsonSerializerOptions.Web),
            }, ct);
            return dto;
        }

        private static async Task RequireActiveAreaAsync(IMediator mediator, Guid areaId, string field, CancellationToken ct)
        {
            var area = await mediator.Send(new GetArea(areaId), ct);
            if (area is not { Active: true })
            {
                throw new RuleViolationException(field, "The area does not exist or is inactive.");
            }
        }
    }
}
