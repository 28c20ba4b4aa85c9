using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Requests;

/// <summary>One thing people can request (issue 6 §2): its key, label, description, form fields, approval and fulfilment group.</summary>
public sealed record CatalogItem(
    string Key,
    string Label,
    string Description,
    IReadOnlyList<CatalogField> Fields,
    RequestApproval Approval,
    string FulfillmentGroup)
{
    /// <summary>The fields named in <paramref name="values"/> (any case) checked and normalised, in the item's order; or every problem.</summary>
    public (IReadOnlyList<RequestFieldValue> Values, IReadOnlyList<DomainError> Errors) Check(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        List<RequestFieldValue> checkedValues = [];
        List<DomainError> errors = [];
        foreach (CatalogField field in Fields)
        {
            string? given = values.FirstOrDefault(pair => pair.Key.Equals(field.Name, StringComparison.OrdinalIgnoreCase)).Value;
            (string value, DomainError? error) = field.Check(given);
            if (error is not null)
            {
                errors.Add(error);
            }

            checkedValues.Add(new RequestFieldValue(field.Name, field.Label, value));
        }

        return (checkedValues, errors);
    }

    /// <summary>The required fields with no value in <paramref name="values"/>, by label.</summary>
    public IReadOnlyList<string> Missing(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. Fields
            .Where(f => f.Required && !values.Any(pair => pair.Key.Equals(f.Name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(pair.Value)))
            .Select(f => f.Label)];
    }
}
