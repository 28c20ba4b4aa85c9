using System.Diagnostics.CodeAnalysis;

namespace ChatOpsItsm.Domain.Identity;

/// <summary>
/// A named group of approvers (<c>cab</c>, <c>ecab</c>, or one a catalog item names) whose members vote on changes
/// and requests. Names are lower case ASCII letters, digits, <c>-</c> and <c>_</c>; they compare case-insensitively.
/// </summary>
public readonly record struct ApproverGroup
{
    /// <summary>Longest group name accepted.</summary>
    public const int MaxLength = 40;

    public ApproverGroup(string name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"'{name}' is not an approver group name: use 1 to {MaxLength} letters, digits, '-' or '_'.", nameof(name));
        }

        Name = name.Trim().ToLowerInvariant();
    }

    /// <summary>The change advisory board, which votes on normal changes by default.</summary>
    public static ApproverGroup Cab { get; } = new("cab");

    /// <summary>The emergency CAB, which votes on emergency changes by default.</summary>
    public static ApproverGroup Ecab { get; } = new("ecab");

    public string Name { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out ApproverGroup group)
    {
        group = default;
        if (!IsValid(text))
        {
            return false;
        }

        group = new ApproverGroup(text);
        return true;
    }

    public override string ToString() => Name;

    private static bool IsValid([NotNullWhen(true)] string? text)
    {
        string trimmed = (text ?? "").Trim();
        return trimmed.Length is > 0 and <= MaxLength && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }
}
