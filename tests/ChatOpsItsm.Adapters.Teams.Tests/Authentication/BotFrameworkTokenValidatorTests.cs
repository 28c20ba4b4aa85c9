using ChatOpsItsm.Adapters.Teams.Authentication;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Adapters.Teams.Tests.Fixtures;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Adapters.Teams.Tests.Authentication;

public sealed class BotFrameworkTokenValidatorTests : IDisposable
{
    private readonly TeamsHarness _harness = new(options => options.AllowedTenants = ["22222222-2222-2222-2222-222222222222"]);

    public static TheoryData<string, string> BadTokens => new()
    {
        { "wrong audience", nameof(AuthenticationFailure.WrongAudience) },
        { "wrong issuer", nameof(AuthenticationFailure.WrongIssuer) },
        { "expired beyond the skew", nameof(AuthenticationFailure.Lifetime) },
        { "not valid yet beyond the skew", nameof(AuthenticationFailure.Lifetime) },
        { "unpublished key", nameof(AuthenticationFailure.UnknownSigningKey) },
        { "RS384", nameof(AuthenticationFailure.UnsupportedAlgorithm) },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task ValidateTokenAsync_BadToken_RefusedWithItsReason(string defect, string expected)
    {
        string authorization = _harness.Issuer.CreateAuthorization(Break(defect));

        TokenCheck check = await _harness.Validator.ValidateTokenAsync(authorization, TestContext.Current.CancellationToken);

        Assert.Null(check.Token);
        Assert.Equal(expected, check.Failure.ToString());
    }

    [Theory]
    [InlineData(null, nameof(AuthenticationFailure.MissingHeader))]
    [InlineData("", nameof(AuthenticationFailure.MissingHeader))]
    [InlineData("Basic dXNlcjpwYXNz", nameof(AuthenticationFailure.NotBearer))]
    [InlineData("Bearer", nameof(AuthenticationFailure.NotBearer))]
    [InlineData("Bearer a b", nameof(AuthenticationFailure.NotBearer))]
    [InlineData("Bearer not-a-jwt", nameof(AuthenticationFailure.MalformedToken))]
    public async Task ValidateTokenAsync_BadHeader_Refused(string? authorization, string expected)
    {
        TokenCheck check = await _harness.Validator.ValidateTokenAsync(authorization, TestContext.Current.CancellationToken);

        Assert.Equal(expected, check.Failure.ToString());
    }

    [Fact]
    public async Task ValidateTokenAsync_TamperedSignature_RefusedAsBadSignature()
    {
        string token = _harness.Issuer.CreateToken();
        string tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        TokenCheck check = await _harness.Validator.ValidateTokenAsync($"Bearer {tampered}", TestContext.Current.CancellationToken);

        Assert.Equal(AuthenticationFailure.BadSignature, check.Failure);
    }

    [Fact]
    public async Task ValidateTokenAsync_ExpiredWithinTheFiveMinuteSkew_Passes()
    {
        string authorization = _harness.Issuer.CreateAuthorization(o => (o.NotBefore, o.Expires) = (TimeSpan.FromHours(-1), TimeSpan.FromMinutes(-4)));

        TokenCheck check = await _harness.Validator.ValidateTokenAsync(authorization, TestContext.Current.CancellationToken);

        Assert.Null(check.Failure);
        Assert.Equal(LocalOpenIdIssuer.ServiceUrl, check.Token!.ServiceUrl);
        Assert.Contains("msteams", check.Token.Endorsements);
    }

    [Fact]
    public async Task ValidateTokenAsync_BearerSchemeInAnyCase_Passes()
    {
        TokenCheck check = await _harness.Validator.ValidateTokenAsync($"bEaReR {_harness.Issuer.CreateToken()}", TestContext.Current.CancellationToken);

        Assert.Null(check.Failure);
    }

    [Fact]
    public async Task ValidateTokenAsync_KeyRolledOverAfterTheKeysWereCached_RefreshesOnceAndPasses()
    {
        await _harness.Validator.ValidateTokenAsync(_harness.Issuer.CreateAuthorization(), TestContext.Current.CancellationToken);
        _harness.Issuer.RotateKeys();

        TokenCheck check = await _harness.Validator.ValidateTokenAsync(
            _harness.Issuer.CreateAuthorization(o => o.Key = IssuerKey.Rotated), TestContext.Current.CancellationToken);

        Assert.Null(check.Failure);
        Assert.Equal(2, _harness.Issuer.KeysRequests);
    }

    [Fact]
    public async Task ValidateTokenAsync_UnknownKeyIdsInABurst_RefreshAtMostOncePerInterval()
    {
        string forged = _harness.Issuer.CreateAuthorization(o => o.Key = IssuerKey.Unpublished);

        for (int i = 0; i < 5; i++)
        {
            await _harness.Validator.ValidateTokenAsync(forged, TestContext.Current.CancellationToken);
        }

        Assert.Equal(2, _harness.Issuer.KeysRequests);
    }

    [Fact]
    public async Task ValidateTokenAsync_KeysOlderThanTheirMaxAge_AreFetchedAgain()
    {
        await _harness.Validator.ValidateTokenAsync(_harness.Issuer.CreateAuthorization(), TestContext.Current.CancellationToken);
        _harness.Time.Advance(BotFrameworkSigningKeys.MaxAge);

        TokenCheck check = await _harness.Validator.ValidateTokenAsync(_harness.Issuer.CreateAuthorization(), TestContext.Current.CancellationToken);

        Assert.Null(check.Failure);
        Assert.Equal(2, _harness.Issuer.KeysRequests);
    }

    [Fact]
    public async Task CheckActivity_ValidTokenAndTeamsActivity_Passes()
    {
        VerifiedToken token = await VerifiedAsync();

        Assert.Null(_harness.Validator.CheckActivity(token, ActivityFixtures.Activity(ActivityFixtures.PersonalMessage)));
    }

    [Fact]
    public async Task CheckActivity_KeyWithoutTheEndorsement_RefusedAsNotEndorsed()
    {
        VerifiedToken token = await VerifiedAsync(o => o.Key = IssuerKey.Unendorsed);

        Assert.Equal(AuthenticationFailure.NotEndorsed, _harness.Validator.CheckActivity(token, ActivityFixtures.Activity(ActivityFixtures.PersonalMessage)));
    }

    [Theory]
    [InlineData("https://evil.example.com/emea/")]
    [InlineData(null)]
    public async Task CheckActivity_ServiceUrlClaimDiffers_RefusedAsServiceUrlMismatch(string? claim)
    {
        VerifiedToken token = await VerifiedAsync(o => o.ServiceUrl = claim);

        Assert.Equal(AuthenticationFailure.ServiceUrlMismatch, _harness.Validator.CheckActivity(token, ActivityFixtures.Activity(ActivityFixtures.PersonalMessage)));
    }

    [Fact]
    public async Task CheckActivity_ServiceUrlDiffersOnlyInCase_Passes()
    {
        VerifiedToken token = await VerifiedAsync(o => o.ServiceUrl = LocalOpenIdIssuer.ServiceUrl.ToUpperInvariant());

        Assert.Null(_harness.Validator.CheckActivity(token, ActivityFixtures.Activity(ActivityFixtures.PersonalMessage)));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("")]
    [InlineData(null)]
    public async Task CheckActivity_NotTheTeamsChannel_RefusedAsWrongChannel(string? channelId)
    {
        VerifiedToken token = await VerifiedAsync();
        JsonActivity activity = ActivityFixtures.Activity(ActivityFixtures.PersonalMessage);
        activity.ChannelId = channelId;

        Assert.Equal(AuthenticationFailure.WrongChannel, _harness.Validator.CheckActivity(token, activity));
    }

    [Fact]
    public async Task CheckActivity_TenantOutsideTheAllowList_RefusedAsTenantNotAllowed()
    {
        VerifiedToken token = await VerifiedAsync();
        JsonActivity activity = ActivityFixtures.Activity(ActivityFixtures.PersonalMessage);
        activity.ChannelData!.Tenant!.Id = "99999999-9999-9999-9999-999999999999";

        Assert.Equal(AuthenticationFailure.TenantNotAllowed, _harness.Validator.CheckActivity(token, activity));
    }

    public void Dispose() => _harness.Dispose();

    private static Action<IssuedTokenOptions> Break(string defect) => defect switch
    {
        "wrong audience" => o => o.Audience = "11111111-0000-0000-0000-000000000000",
        "wrong issuer" => o => o.Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "expired beyond the skew" => o => (o.NotBefore, o.Expires) = (TimeSpan.FromHours(-2), TimeSpan.FromMinutes(-6)),
        "not valid yet beyond the skew" => o => o.NotBefore = TimeSpan.FromMinutes(6),
        "unpublished key" => o => o.Key = IssuerKey.Unpublished,
        "RS384" => o => o.Algorithm = "RS384",
        _ => throw new ArgumentOutOfRangeException(nameof(defect)),
    };

    private async Task<VerifiedToken> VerifiedAsync(Action<IssuedTokenOptions>? configure = null)
    {
        TokenCheck check = await _harness.Validator.ValidateTokenAsync(_harness.Issuer.CreateAuthorization(configure), TestContext.Current.CancellationToken);
        return Assert.IsType<VerifiedToken>(check.Token);
    }
}
