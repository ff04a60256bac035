using System.Text.Json.Serialization;

namespace HelpDesk.Shared.Web;

/// <summary>
/// An enum in the contract is read and written by its name only: <c>"type": 99</c> or <c>"type": 0</c> is a malformed body (400),
/// as the OpenAPI document lists names and no numbers. Put it on every enum the API reads or writes.
/// </summary>
public sealed class EnumByName<T>() : JsonStringEnumConverter<T>(namingPolicy: null, allowIntegerValues: false)
    where T : struct, Enum;
