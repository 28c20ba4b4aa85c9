namespace ChatOpsItsm.Adapters.Teams.Authentication;

/// <summary>
/// What a token that passed signature, issuer, audience and lifetime checks vouches for: the service URL it was
/// issued for (the <c>serviceurl</c> claim) and the channels its signing key is endorsed for.
/// </summary>
internal sealed record VerifiedToken(string? ServiceUrl, IReadOnlyList<string> Endorsements);
