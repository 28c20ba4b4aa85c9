using ChatOpsItsm.Domain.Requests;

namespace ChatOpsItsm.Domain.Tests.Requests;

public sealed class CatalogFieldTests
{
    [Theory]
    [InlineData(CatalogFieldType.Date, "2026-02-01", "2026-02-01", null)]
    [InlineData(CatalogFieldType.Date, "01/02/2026", "01/02/2026", "The When must be a date written yyyy-MM-dd, such as 2026-12-01.")]
    [InlineData(CatalogFieldType.Person, "discord:123", "discord:123", null)]
    [InlineData(CatalogFieldType.Person, "nobody", "nobody", "The When must be a person: me, @name or platform:id.")]
    [InlineData(CatalogFieldType.Choice, "ADD", "add", null)]
    [InlineData(CatalogFieldType.Choice, "move", "move", "The When must be one of: add, remove.")]
    [InlineData(CatalogFieldType.Text, "abcdefghijk", "abcdefghijk", "The When is 11 characters long; the limit is 10.")]
    public void Check_Value_IsNormalisedOrRefused(CatalogFieldType type, string value, string expected, string? message)
    {
        CatalogField field = new("when", "When", type, true, 10, type == CatalogFieldType.Choice ? ["add", "remove"] : [], null, null);
        if (type == CatalogFieldType.Person)
        {
            field = field with { MaxLength = 128 };
        }

        (string normalized, ChatOpsItsm.Domain.Results.DomainError? error) = field.Check(value);

        Assert.Equal(expected, normalized);
        Assert.Equal(message, error?.Message);
    }

    [Fact]
    public void IsValidPattern_Malformed_IsFalse()
    {
        Assert.False(CatalogField.IsValidPattern("(unclosed"));
        Assert.True(CatalogField.IsValidPattern("[a-z]+"));
    }
}
