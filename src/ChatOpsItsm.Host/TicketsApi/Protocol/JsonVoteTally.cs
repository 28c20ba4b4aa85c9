using System.Text.Json.Serialization;

namespace ChatOpsItsm.Host.TicketsApi.Protocol;

/// <summary>Where the vote stands; abstentions never count towards the quorum.</summary>
internal sealed class JsonVoteTally
{
    [JsonPropertyName("approvals")]
    public required int Approvals { get; init; }

    [JsonPropertyName("rejections")]
    public required int Rejections { get; init; }

    [JsonPropertyName("abstentions")]
    public required int Abstentions { get; init; }

    [JsonPropertyName("quorum")]
    public required int Quorum { get; init; }

    [JsonPropertyName("approvalsNeeded")]
    public required int ApprovalsNeeded { get; init; }

    /// <summary>Eligible approvers yet to vote; null when the size of the group is not known.</summary>
    [JsonPropertyName("outstanding")]
    public int? Outstanding { get; init; }
}
