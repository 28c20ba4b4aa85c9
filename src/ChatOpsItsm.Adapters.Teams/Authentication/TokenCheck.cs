namespace ChatOpsItsm.Adapters.Teams.Authentication;

/// <summary>The outcome of checking a bearer token: the verified token, or why it was refused.</summary>
internal sealed record TokenCheck(VerifiedToken? Token, AuthenticationFailure? Failure)
{
    public static TokenCheck Passed(VerifiedToken token) => new(token, null);

    public static TokenCheck Refused(AuthenticationFailure failure) => new(null, failure);
}
