using System.Text.Json.Serialization;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>Not Discord's: one input of a stepped form as stored (<see cref="JsonFormProgress"/>), a copy of the engine's <see cref="CardInput"/>.</summary>
internal sealed class JsonFormInput
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("label")]
    public string Label { get; set; } = "";

    [JsonPropertyName("kind")]
    public InputKind Kind { get; set; }

    [JsonPropertyName("required")]
    public bool Required { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("max_length")]
    public int MaxLength { get; set; }

    [JsonPropertyName("choices")]
    public List<string> Choices { get; set; } = [];

    [JsonPropertyName("placeholder")]
    public string? Placeholder { get; set; }

    public static JsonFormInput From(CardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new JsonFormInput
        {
            Name = input.Name,
            Label = input.Label,
            Kind = input.Kind,
            Required = input.Required,
            Value = input.Value,
            MaxLength = input.MaxLength,
            Choices = [.. input.Choices],
            Placeholder = input.Placeholder,
        };
    }

    public CardInput ToInput() => new(Name, Label, Kind, Required, Value, MaxLength, Choices) { Placeholder = Placeholder };
}
