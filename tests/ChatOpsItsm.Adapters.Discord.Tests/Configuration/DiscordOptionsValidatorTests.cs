using ChatOpsItsm.Adapters.Discord.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Tests.Configuration;

public sealed class DiscordOptionsValidatorTests
{
    private const string BotToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.secret-part";

    private readonly DiscordOptionsValidator _validator = new();

    [Fact]
    public void Validate_CompleteSettings_Succeeds()
    {
        ValidateOptionsResult result = _validator.Validate(null, Valid());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_DisabledAndEmpty_Succeeds()
    {
        ValidateOptionsResult result = _validator.Validate(null, new DiscordOptions { Enabled = false, ApiBaseUrl = "" });

        Assert.True(result.Succeeded);
    }

    public static TheoryData<string, Action<DiscordOptions>> Defects => new()
    {
        { "Discord:ApplicationId", o => o.ApplicationId = "" },
        { "Discord:ApplicationId", o => o.ApplicationId = "my-app" },
        { "Discord:ApplicationId", o => o.ApplicationId = "99999999999999999999999" },
        { "Discord:PublicKey", o => o.PublicKey = "" },
        { "Discord:PublicKey", o => o.PublicKey = "d75a980182b10ab7" },
        { "Discord:PublicKey", o => o.PublicKey = new string('f', 64) },
        { "Discord:PublicKey", o => o.PublicKey = "z75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" },
        { "Discord:BotToken", o => o.BotToken = " " },
        { "Discord:ApiBaseUrl", o => o.ApiBaseUrl = "https://discord.com/api" },
        { "Discord:ApiBaseUrl", o => o.ApiBaseUrl = "discord.com/api/v10" },
        { "Discord:ApiBaseUrl", o => o.ApiBaseUrl = "ftp://discord.com/api/v10" },
        { "Discord:ApiBaseUrl", o => o.ApiBaseUrl = "https://discord.com/api/v10?x=1" },
        { "Discord:AllowedGuilds", o => o.AllowedGuilds = ["1400000000000000001", "it-support"] },
        { "Discord:CommandGuildId", o => o.CommandGuildId = "guild" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Validate_Defect_FailsNamingTheSetting(string setting, Action<DiscordOptions> defect)
    {
        DiscordOptions options = Valid();
        defect(options);

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Single(result.Failures!);
        Assert.StartsWith(setting + " ", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5005/api/v10")]
    [InlineData("https://discord.com/api/v9/")]
    public void Validate_VersionedApiUrl_Succeeds(string url)
    {
        DiscordOptions options = Valid();
        options.ApiBaseUrl = url;

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_EverythingWrong_ListsEachProblemWithoutEchoingSecrets()
    {
        DiscordOptions options = new() { Enabled = true, ApplicationId = BotToken, PublicKey = BotToken, BotToken = "", ApiBaseUrl = BotToken };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(4, result.Failures!.Count());
        Assert.DoesNotContain(BotToken, result.FailureMessage, StringComparison.Ordinal);
    }

    private static DiscordOptions Valid() => new()
    {
        Enabled = true,
        ApplicationId = "1100000000000000001",
        PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        BotToken = BotToken,
        AllowedGuilds = ["1400000000000000001"],
        CommandGuildId = "1400000000000000001",
    };
}
