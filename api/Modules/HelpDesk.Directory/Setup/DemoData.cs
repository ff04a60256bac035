using HelpDesk.Directory.Accounts;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Dapper;

namespace HelpDesk.Directory.Setup;

/// <summary>
/// The demo data set of ./helpdesk run: the areas and topic tree of the source documents, in Spanish, and one user per
/// role with a well-known password. Loaded only in demo mode; loading it again changes nothing but the demo users'
/// password, which is set back to <see cref="Password"/> (so a demo database made before it changed still signs in).
/// </summary>
internal static class DemoData
{
    public const string Password = "Cafe-de-Colombia-2026";

    public static readonly IReadOnlyList<(string Email, string Name, string[] Roles, string[] Areas)> Users =
    [
        ("admin@helpdesk.test", "Ana Administradora", ["admin"], []),
        ("agente@helpdesk.test", "Carlos Agente", ["agent"], []),
        ("backoffice@helpdesk.test", "Beatriz Escrita", ["backoffice", "agent"], []),
        ("credito@helpdesk.test", "Rodrigo Crédito", ["area_responder"], ["CREDITO"]),
        ("tesoreria@helpdesk.test", "Teresa Tesorería", ["area_responder"], ["TESORERIA"]),
        ("supervisor@helpdesk.test", "Sofía Coordinadora", ["supervisor", "agent"], []),
        ("calidad@helpdesk.test", "Camila Calidad", ["quality_auditor"], []),
        ("gerencia@helpdesk.test", "Gustavo Gerente", ["manager"], []),
    ];

    private static readonly (string Code, string Name, string Manager)[] Areas =
    [
        ("CREDITO", "Crédito", "gerente.credito@helpdesk.test"),
        ("TESORERIA", "Tesorería", "gerente.tesoreria@helpdesk.test"),
        ("CARTERA", "Cartera", "gerente.cartera@helpdesk.test"),
        ("SUBSIDIOS", "Subsidios", "gerente.subsidios@helpdesk.test"),
        ("SALUD", "Salud", "gerente.salud@helpdesk.test"),
        ("VIVIENDA", "Vivienda", "gerente.vivienda@helpdesk.test"),
        ("EDUCACION", "Educación", "gerente.educacion@helpdesk.test"),
        ("AFILIACIONES", "Afiliaciones y aportes", "gerente.afiliaciones@helpdesk.test"),
        ("TECNOLOGIA", "Tecnología y canales digitales", "gerente.tecnologia@helpdesk.test"),
        ("SERVICIO", "Servicio al cliente", "coordinacion.servicio@helpdesk.test"),
    ];

    // (area, code, name, parent code or null): topics first, then their subtopics.
    private static readonly (string Area, string Code, string Name, string? Parent)[] Topics =
    [
        ("CREDITO", "CRED-SOLICITUD", "Solicitud de crédito", null),
        ("CREDITO", "CRED-SOL-REQUISITOS", "Requisitos y documentos", "CRED-SOLICITUD"),
        ("CREDITO", "CRED-SOL-ESTADO", "Estado de la solicitud", "CRED-SOLICITUD"),
        ("CREDITO", "CRED-DESEMBOLSO", "Desembolsos", null),
        ("CREDITO", "CRED-DES-DEMORA", "Demora en el desembolso", "CRED-DESEMBOLSO"),
        ("CREDITO", "CRED-DES-VALOR", "Valor girado incorrecto", "CRED-DESEMBOLSO"),
        ("CREDITO", "CRED-BENEFICIOS", "Condonación y beneficios", null),
        ("TESORERIA", "TES-DEVOLUCION", "Devoluciones de dinero", null),
        ("TESORERIA", "TES-DEV-SALDO", "Devolución de saldos a favor", "TES-DEVOLUCION"),
        ("TESORERIA", "TES-DEV-DOBLE", "Pago doble", "TES-DEVOLUCION"),
        ("TESORERIA", "TES-PAGOS", "Pagos y recaudos", null),
        ("TESORERIA", "TES-PAG-NOAPLICADO", "Pago no aplicado", "TES-PAGOS"),
        ("TESORERIA", "TES-PAG-CANALES", "Canales de pago", "TES-PAGOS"),
        ("CARTERA", "CAR-ESTADO", "Estado de cuenta", null),
        ("CARTERA", "CAR-EST-EXTRACTO", "Extracto", "CAR-ESTADO"),
        ("CARTERA", "CAR-EST-PAZYSALVO", "Paz y salvo", "CAR-ESTADO"),
        ("CARTERA", "CAR-ACUERDOS", "Refinanciación y acuerdos de pago", null),
        ("CARTERA", "CAR-COBRO", "Gestión de cobro", null),
        ("CARTERA", "CAR-COB-CENTRALES", "Reporte a centrales de riesgo", "CAR-COBRO"),
        ("SUBSIDIOS", "SUB-CUOTA", "Cuota monetaria", null),
        ("SUBSIDIOS", "SUB-CUO-PAGO", "Pago de cuota monetaria", "SUB-CUOTA"),
        ("SUBSIDIOS", "SUB-CUO-BENEFICIARIOS", "Inscripción de beneficiarios", "SUB-CUOTA"),
        ("SUBSIDIOS", "SUB-DESEMPLEO", "Subsidio al desempleo", null),
        ("SALUD", "SAL-CITAS", "Citas médicas", null),
        ("SALUD", "SAL-CIT-ASIGNACION", "Asignación de citas", "SAL-CITAS"),
        ("SALUD", "SAL-CIT-CANCELACION", "Cancelación de citas", "SAL-CITAS"),
        ("SALUD", "SAL-MEDICAMENTOS", "Entrega de medicamentos", null),
        ("VIVIENDA", "VIV-SUBSIDIO", "Subsidio de vivienda", null),
        ("VIVIENDA", "VIV-SUB-POSTULACION", "Postulación", "VIV-SUBSIDIO"),
        ("VIVIENDA", "VIV-SUB-GIRO", "Asignación y giro", "VIV-SUBSIDIO"),
        ("VIVIENDA", "VIV-CREDITO", "Crédito hipotecario", null),
        ("EDUCACION", "EDU-BECAS", "Becas", null),
        ("EDUCACION", "EDU-CURSOS", "Cursos y matrículas", null),
        ("AFILIACIONES", "AFI-AFILIACION", "Afiliación", null),
        ("AFILIACIONES", "AFI-AFI-TRABAJADOR", "Afiliación de trabajadores", "AFI-AFILIACION"),
        ("AFILIACIONES", "AFI-AFI-EMPRESA", "Afiliación de empresas", "AFI-AFILIACION"),
        ("AFILIACIONES", "AFI-APORTES", "Aportes", null),
        ("AFILIACIONES", "AFI-APO-PLANILLA", "Planilla de aportes (PILA)", "AFI-APORTES"),
        ("TECNOLOGIA", "TEC-PORTAL", "Portal transaccional", null),
        ("TECNOLOGIA", "TEC-POR-CLAVE", "Recuperación de clave", "TEC-PORTAL"),
        ("TECNOLOGIA", "TEC-POR-ERROR", "Error en una operación", "TEC-PORTAL"),
        ("TECNOLOGIA", "TEC-APP", "Aplicación móvil", null),
        ("SERVICIO", "SER-ATENCION", "Calidad de la atención", null),
        ("SERVICIO", "SER-ATE-TRATO", "Trato del asesor", "SER-ATENCION"),
        ("SERVICIO", "SER-ATE-ESPERA", "Tiempo de espera", "SER-ATENCION"),
        ("SERVICIO", "SER-INFORMACION", "Información general", null),
    ];

    private const string AreaSql = """
        INSERT INTO directory.areas (id, code, name, manager_email, active, created_at, updated_at)
        VALUES (@Id, @Code, @Name, @Manager, true, @Now, @Now) ON CONFLICT (code) DO NOTHING
        """;

    private const string TopicSql = """
        INSERT INTO directory.topics (id, area_id, parent_id, code, name, active, created_at, updated_at)
        SELECT @Id, a.id, (SELECT t.id FROM directory.topics t WHERE t.code = @Parent), @Code, @Name, true, @Now, @Now
        FROM directory.areas a WHERE a.code = @Area
        ON CONFLICT (code) DO NOTHING
        """;

    private const string UserSql = """
        INSERT INTO directory.users (id, email, display_name, password_hash, roles, active, security_stamp, created_at, updated_at)
        VALUES (@Id, @Email, @Name, @Hash, @Roles, true, @Stamp, @Now, @Now)
        ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash
        """;

    private const string UserAreaSql = """
        INSERT INTO directory.user_areas (user_id, area_id)
        SELECT u.id, a.id FROM directory.users u, directory.areas a WHERE u.email = @Email AND a.code = ANY(@Areas)
        ON CONFLICT DO NOTHING
        """;

    public static async Task SeedAsync(NpgsqlDataSource dataSource, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var (code, name, manager) in Areas)
        {
            await connection.ExecuteAsync(AreaSql, new { Id = Guid.CreateVersion7(now), Code = code, Name = name, Manager = manager, Now = now }, transaction);
        }

        foreach (var (area, code, name, parent) in Topics)
        {
            await connection.ExecuteAsync(TopicSql, new { Id = Guid.CreateVersion7(now), Area = area, Code = code, Name = name, Parent = parent, Now = now }, transaction);
        }

        var hash = hasher.HashPassword(StaffAccount.Any, Password);
        foreach (var (email, name, roles, areas) in Users)
        {
            await connection.ExecuteAsync(UserSql, new { Id = Guid.CreateVersion7(now), Email = email, Name = name, Hash = hash, Roles = roles, Stamp = Guid.NewGuid(), Now = now }, transaction);
            await connection.ExecuteAsync(UserAreaSql, new { Email = email, Areas = areas }, transaction);
        }

        await transaction.CommitAsync(ct);
    }
}
