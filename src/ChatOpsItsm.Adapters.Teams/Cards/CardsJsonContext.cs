using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>
/// Writes rendered cards. The default encoder escapes every non-ASCII character, so a size measured through
/// this context is the largest any serializer will produce for the same card.
/// </summary>
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class CardsJsonContext : JsonSerializerContext
{
}
