using System.Text.Json.Serialization;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Writes <see cref="BenchReport"/> for <c>--json</c>, without reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(BenchReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
