namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// The Spanish text the generator composes tickets from. Every text is a whole piece (a subject, a sentence, a reply)
/// whose tsvector PostgreSQL computes once at start-up, so the generated search vectors are exactly the product's.
/// Words used only in a few pieces (cities, branches) make rare search terms; the subjects make common ones.
/// </summary>
internal static class Texts
{
    /// <summary>Subjects and description sentences per area code of the demo catalogue.</summary>
    public static readonly Dictionary<string, (string[] Subjects, string[] Sentences)> ByArea = new()
    {
        ["CREDITO"] = (
            ["Demora en el desembolso del crédito", "Consulta sobre el estado de la solicitud de crédito", "Valor desembolsado no corresponde al aprobado",
             "Requisitos para solicitar un crédito educativo", "Solicitud de condonación de intereses"],
            ["El cliente reporta que el desembolso no ha llegado después de varios días hábiles.",
             "Indica que el crédito fue aprobado hace más de un mes y no ha recibido el dinero.",
             "Solicita información sobre los documentos pendientes para continuar el estudio del crédito.",
             "Manifiesta que el valor girado es menor al aprobado en la carta de aprobación.",
             "Pregunta por los beneficios de condonación por buen rendimiento académico."]),
        ["TESORERIA"] = (
            ["Solicitud de devolución de saldo a favor", "Pago realizado dos veces", "Pago no aplicado a la obligación",
             "Consulta sobre canales de pago disponibles", "Reintegro de dinero por cancelación"],
            ["El cliente realizó el pago por el botón PSE y el dinero fue debitado dos veces de su cuenta.",
             "Solicita la devolución del saldo a favor a su cuenta de ahorros registrada.",
             "Adjunta el comprobante de pago y la obligación sigue apareciendo en mora.",
             "Pregunta si puede pagar en corresponsales bancarios o en efectivo en las sedes.",
             "Indica que canceló el servicio y aún no recibe el reintegro del dinero pagado."]),
        ["CARTERA"] = (
            ["Solicitud de paz y salvo", "Error en el extracto de la obligación", "Solicitud de acuerdo de pago",
             "Reporte negativo en centrales de riesgo", "Cobro de intereses de mora no reconocidos"],
            ["El cliente necesita el paz y salvo para un trámite hipotecario con el banco.",
             "Manifiesta que el extracto muestra cuotas que ya fueron pagadas.",
             "Solicita refinanciar la deuda porque perdió su empleo y no puede cubrir la cuota.",
             "Reclama por un reporte negativo en centrales de riesgo que considera injustificado.",
             "No está de acuerdo con los intereses de mora cobrados en la última facturación."]),
        ["SUBSIDIOS"] = (
            ["No ha recibido la cuota monetaria", "Inscripción de beneficiarios para subsidio", "Consulta sobre subsidio al desempleo",
             "Suspensión del pago de la cuota monetaria", "Actualización de datos de beneficiarios"],
            ["El trabajador afiliado indica que no recibe la cuota monetaria desde hace dos meses.",
             "Solicita inscribir a sus hijos como beneficiarios y pregunta por los documentos requeridos.",
             "Pregunta por los requisitos para postularse al subsidio de desempleo.",
             "Reporta que la cuota monetaria fue suspendida sin ninguna notificación previa.",
             "Necesita actualizar el certificado de estudios de su hija para mantener el subsidio."]),
        ["SALUD"] = (
            ["Dificultad para asignar cita médica", "Cancelación de cita sin aviso", "Demora en la entrega de medicamentos",
             "Queja por la atención en el consultorio", "Solicitud de cita con especialista"],
            ["El usuario no logra comunicarse con la línea para agendar una cita médica.",
             "Le cancelaron la cita con el especialista el mismo día sin ningún aviso.",
             "La farmacia no ha entregado los medicamentos formulados hace tres semanas.",
             "Manifiesta inconformidad con el trato recibido en el consultorio.",
             "Solicita una cita prioritaria con ortopedia por dolor persistente."]),
        ["VIVIENDA"] = (
            ["Estado de la postulación al subsidio de vivienda", "Demora en el giro del subsidio de vivienda", "Consulta sobre crédito hipotecario",
             "Documentos para postulación de vivienda", "Rechazo de la postulación al subsidio"],
            ["El afiliado pregunta por el resultado de la postulación al subsidio de vivienda.",
             "La constructora informa que el subsidio asignado no ha sido girado.",
             "Solicita información sobre las tasas del crédito hipotecario para vivienda nueva.",
             "Pregunta qué documentos debe presentar para postularse en la próxima convocatoria.",
             "No entiende por qué su postulación fue rechazada si cumple los requisitos."]),
        ["EDUCACION"] = (
            ["Consulta sobre becas disponibles", "Problema con la matrícula en un curso", "Solicitud de certificado de estudios",
             "Devolución por curso cancelado", "Felicitación por el curso de formación"],
            ["El estudiante pregunta por las becas para educación superior de este semestre.",
             "No pudo completar la matrícula en línea porque la plataforma presentó un error.",
             "Solicita el certificado de asistencia del curso terminado el mes pasado.",
             "El curso fue cancelado por falta de inscritos y pide la devolución del dinero.",
             "Agradece la calidad del curso y la disposición de los docentes."]),
        ["AFILIACIONES"] = (
            ["Afiliación de trabajador no registrada", "Error en la planilla de aportes", "Solicitud de afiliación de empresa",
             "Certificado de afiliación", "Retiro de trabajador no aplicado"],
            ["La empresa afilió al trabajador pero no aparece registrado en el sistema.",
             "El empleador reporta una diferencia en la planilla integrada de aportes PILA.",
             "Solicita la afiliación de una nueva empresa y pregunta por el formulario.",
             "El trabajador necesita el certificado de afiliación para un trámite bancario.",
             "El retiro del trabajador reportado por la empresa no se ve reflejado."]),
        ["TECNOLOGIA"] = (
            ["No puede recuperar la clave del portal", "Error al realizar una operación en el portal", "La aplicación móvil no abre",
             "Transacción rechazada en el portal", "Solicitud de desbloqueo de usuario"],
            ["El usuario intenta recuperar la clave y el correo de recuperación nunca llega.",
             "Al confirmar la operación el portal muestra un error y no guarda los datos.",
             "La aplicación móvil se cierra al iniciar sesión después de la última actualización.",
             "La transacción fue rechazada aunque tiene saldo disponible en su cuenta.",
             "El usuario quedó bloqueado después de varios intentos fallidos de ingreso."]),
        ["SERVICIO"] = (
            ["Queja por mal trato del asesor", "Tiempo de espera excesivo en la sede", "Felicitación por la atención recibida",
             "Sugerencia para mejorar la atención", "Solicitud de información general"],
            ["El cliente manifiesta que el asesor fue descortés y no resolvió su solicitud.",
             "Esperó más de dos horas en la sede para ser atendido.",
             "Agradece la amabilidad y la rapidez del asesor que lo atendió.",
             "Sugiere habilitar más canales de atención en horario extendido.",
             "Solicita información sobre horarios y servicios de las sedes."]),
    };

    /// <summary>Sentences any ticket may add.</summary>
    public static readonly string[] Generic =
    [
        "El cliente solicita una respuesta por escrito a su correo electrónico.",
        "Es la segunda vez que se comunica por el mismo motivo.",
        "Informa que ya había radicado la solicitud en otro canal sin obtener respuesta.",
        "Solicita que se le informe el número de radicado y el tiempo de respuesta.",
        "Indica que la situación le está generando perjuicios económicos.",
        "Pide ser contactado en horas de la tarde al teléfono registrado.",
    ];

    /// <summary>Rare words: one sentence per city and per branch, so a search for one of them matches few tickets.</summary>
    public static readonly string[] Cities =
    [
        "Medellín", "Bogotá", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira", "Manizales", "Armenia", "Ibagué",
        "Neiva", "Pasto", "Popayán", "Montería", "Sincelejo", "Valledupar", "Riohacha", "Tunja", "Villavicencio", "Yopal",
        "Florencia", "Quibdó", "Envigado", "Itagüí", "Bello", "Rionegro", "Apartadó", "Turbo", "Caucasia", "Sabaneta",
    ];

    /// <summary>One sentence per city, made once.</summary>
    public static readonly string[] CitySentences = [.. Cities.Select(city => $"El cliente se comunica desde {city}.")];

    public static readonly string[] Replies =
    [
        "Cordial saludo. Revisamos su caso y confirmamos que la solicitud fue tramitada. Quedamos atentos a cualquier inquietud.",
        "Cordial saludo. Le informamos que el área responsable verificó la información y realizó el ajuste correspondiente.",
        "Cordial saludo. Su solicitud fue atendida de forma favorable; el valor será reflejado en los próximos cinco días hábiles.",
        "Cordial saludo. Después de revisar su caso, no es posible acceder a su solicitud porque no cumple los requisitos vigentes.",
        "Cordial saludo. Le enviamos la información solicitada y el paso a paso para completar el trámite en línea.",
        "Cordial saludo. Agradecemos sus comentarios; fueron compartidos con el equipo para mejorar nuestro servicio.",
        "Cordial saludo. Para continuar con el trámite necesitamos que nos envíe una copia de su documento de identidad.",
        "Cordial saludo. Le confirmamos que el pago fue aplicado correctamente a su obligación.",
    ];

    /// <summary>Replies that ask the customer for something (the ticket waits on the customer).</summary>
    public static readonly string[] Requests =
    [
        "Cordial saludo. Para continuar necesitamos el soporte de pago y una certificación bancaria a su nombre.",
        "Cordial saludo. Por favor envíenos una copia legible de su documento de identidad y del formulario firmado.",
    ];

    public static readonly string[] CustomerMessages =
    [
        "Adjunto los documentos solicitados, quedo atento.",
        "Buenas tardes, envío la información que me pidieron.",
        "Sigo sin recibir respuesta, por favor revisen mi caso.",
    ];

    public static readonly string[] Notes =
    [
        "Se verificó en el sistema de información y el caso requiere revisión del área.",
        "Cliente muy molesto, se le explicó el procedimiento y los tiempos de respuesta.",
        "Pendiente validar con el área si el pago fue recibido.",
        "Se intentó contactar al cliente por teléfono sin éxito.",
    ];

    public static readonly string[] EscalationReasons =
    [
        "Requiere validación del área responsable.",
        "El caso necesita revisión de los soportes por parte del área.",
        "Se requiere concepto del área para dar respuesta al cliente.",
    ];

    public static readonly string[] AreaAnswers =
    [
        "Se revisó el caso y se realizó el ajuste solicitado en el sistema.",
        "Verificamos los soportes; la solicitud procede y el pago se programó para esta semana.",
        "Revisado el caso, la solicitud no procede según el reglamento vigente.",
        "Se corrigió la información en el sistema y se notificó al cliente.",
    ];

    public static readonly string[] RejectionReasons =
    [
        "La respuesta no aclara la fecha del pago que pide el cliente.",
        "Falta explicar al cliente por qué no procede su solicitud.",
    ];

    public static readonly string[] FirstNames =
    [
        "José", "María", "Juan", "Ana", "Luis", "Carmen", "Carlos", "Laura", "Andrés", "Paula", "Jorge", "Diana", "Sebastián",
        "Valentina", "Felipe", "Natalia", "Santiago", "Camila", "Alejandro", "Daniela", "Mateo", "Sofía", "Julián", "Mariana",
        "Ricardo", "Gloria", "Fernando", "Patricia", "Hernán", "Lucía", "Óscar", "Adriana", "Mauricio", "Marcela", "Esteban",
        "Liliana", "Gustavo", "Claudia", "Iván", "Beatriz",
    ];

    public static readonly string[] LastNames =
    [
        "Pérez", "Gómez", "Rodríguez", "López", "Martínez", "García", "Hernández", "Ramírez", "Sánchez", "Torres", "Díaz",
        "Vargas", "Moreno", "Jiménez", "Rojas", "Castro", "Ortiz", "Restrepo", "Muñoz", "Álvarez", "Ruiz", "Suárez", "Mejía",
        "Zapata", "Cardona", "Ospina", "Quintero", "Osorio", "Giraldo", "Arango", "Valencia", "Salazar", "Echeverri", "Montoya",
        "Cárdenas", "Londoño", "Correa", "Henao", "Agudelo", "Betancur", "Villa", "Escobar", "Marín", "Gutiérrez", "Herrera",
        "Aguirre", "Bedoya", "Duque", "Franco", "Serna",
    ];

    public static readonly string[] CompanyWords =
    [
        "Servicios", "Industrias", "Comercializadora", "Distribuidora", "Inversiones", "Construcciones", "Transportes", "Alimentos",
        "Textiles", "Soluciones", "Logística", "Agropecuaria",
    ];

    /// <summary>Every text piece whose tsvector the generator needs.</summary>
    public static IEnumerable<string> AllPieces()
    {
        foreach (var (subjects, sentences) in ByArea.Values)
        {
            foreach (var s in subjects.Concat(sentences))
            {
                yield return s;
            }
        }

        foreach (var s in Generic.Concat(CitySentences).Concat(Replies).Concat(Requests).Concat(CustomerMessages))
        {
            yield return s;
        }

        foreach (var s in FirstNames.Concat(LastNames).Concat(CompanyWords))
        {
            yield return s;
        }
    }
}
