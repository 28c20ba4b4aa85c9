using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Tests.Requests;

namespace ChatOpsItsm.Engine.Tests.Configuration;

public sealed class CatalogOptionsValidationTests
{
    private readonly ItsmOptionsValidator _validator = new();

    [Fact]
    public void Validate_ExampleCatalog_Succeeds()
    {
        Assert.True(_validator.Validate(null, RequestCatalogOptions.Create()).Succeeded);
    }

    [Fact]
    public void Validate_BadItem_NamesEveryKey()
    {
        ItsmOptions options = RequestCatalogOptions.Create();
        CatalogItemOptions item = options.Catalog[1];
        item.Key = "software access";
        item.Approval.Type = "boss";
        item.FulfillmentGroup = "nobody";
        item.Fields[0].Choices.Clear();
        item.Fields[1].Pattern = "(unclosed";

        Assert.Equal(
        [
            "Itsm:Catalog:1:Key 'software access' must be 1 to 40 letters, digits, '-' or '_'.",
            "Itsm:Catalog:1:Fields:0:Choices must list the values of a choice field.",
            "Itsm:Catalog:1:Fields:1:Pattern '(unclosed' is not a valid regular expression.",
            "Itsm:Catalog:1:Approval:Type 'boss' must be none, manager or group.",
            "Itsm:Catalog:1:FulfillmentGroup 'nobody' has no route: set Itsm:Routes:Fulfillment:nobody.",
        ],
        _validator.Validate(null, options).Failures);
    }

    [Fact]
    public void Validate_TooManyFieldsAndDuplicates_AreRefused()
    {
        ItsmOptions options = RequestCatalogOptions.Create();
        for (int i = 0; i < 4; i++)
        {
            options.Catalog[3].Fields.Add(new CatalogFieldOptions { Name = "list" });
        }

        options.Catalog[2].Key = "password-reset";

        IEnumerable<string> failures = _validator.Validate(null, options).Failures!;

        Assert.Contains("Itsm:Catalog:3:Fields has 7 fields; the limit is 5 (a Discord modal holds five inputs).", failures);
        Assert.Contains("Itsm:Catalog:3:Fields:3:Name 'list' is used twice or reserved (item, fields).", failures);
        Assert.Contains("Itsm:Catalog:2:Key 'password-reset' is used by another catalog item.", failures);
    }

    [Theory]
    [InlineData("local:alice", "local:alice", "Itsm:Managers:local:alice: a person can't be their own manager.")]
    [InlineData("alice", "local:bob", "Itsm:Managers:alice: 'alice' is not an identity such as local:alice.")]
    [InlineData("local:alice", "bob", "Itsm:Managers:local:alice has 'bob', which is not an identity such as local:bob.")]
    public void Validate_BadManager_NamesTheKey(string person, string manager, string expected)
    {
        ItsmOptions options = new();
        options.Managers[person] = manager;

        Assert.Equal([expected], _validator.Validate(null, options).Failures);
    }

    [Fact]
    public void Validate_GroupApprovalWithoutGroupAndBadRoute_NamesTheKeys()
    {
        ItsmOptions options = RequestCatalogOptions.Create();
        options.Catalog[2].Approval.Group = null;
        options.Routes.Fulfillment["service-desk"] = ["nowhere"];

        Assert.Equal(
        [
            "Itsm:Catalog:2:Approval:Group '' is not an approver group name (1 to 40 letters, digits, '-' or '_').",
            "Itsm:Routes:Fulfillment:service-desk has 'nowhere', which is not a conversation such as local:service-desk or teams:19:abc@thread.tacv2.",
        ],
        _validator.Validate(null, options).Failures);
    }
}
