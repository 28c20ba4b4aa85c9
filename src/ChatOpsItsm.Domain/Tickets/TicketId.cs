using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ChatOpsItsm.Domain.Tickets;

/// <summary>
/// A ticket id as people type it: a type prefix, a hyphen and a number from 1001 up (<c>INC-1001</c>).
/// The type is part of the value, so an incident id can never be passed where a change id is expected.
/// </summary>
public readonly record struct TicketId(TicketType Type, long Number) : IComparable<TicketId>
{
    /// <summary>The first number of every type's sequence.</summary>
    public const long FirstNumber = 1001;

    /// <summary>Numbers stay below this bound so they fit the fixed-width keys used by storage.</summary>
    public const long MaxNumber = 9_999_999_999;

    public static string PrefixOf(TicketType type) => type switch
    {
        TicketType.Incident => "INC",
        TicketType.Problem => "PRB",
        TicketType.Change => "CHG",
        TicketType.Release => "RLS",
        TicketType.Request => "REQ",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ticket type."),
    };

    public static TicketId Parse(string text) =>
        TryParse(text, out TicketId id) ? id : throw new FormatException($"'{text}' is not a ticket id such as INC-1001.");

    /// <summary>Parses <c>INC-1001</c>, case-insensitively; surrounding whitespace is ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TicketId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        ReadOnlySpan<char> span = text.AsSpan().Trim();
        int hyphen = span.IndexOf('-');
        if (hyphen != 3 || span.Length > 3 + 1 + 10)
        {
            return false;
        }

        TicketType? type = TypeOfPrefix(span[..3]);
        if (type is null
            || !long.TryParse(span[4..], NumberStyles.None, CultureInfo.InvariantCulture, out long number)
            || number < FirstNumber
            || number > MaxNumber)
        {
            return false;
        }

        id = new TicketId(type.Value, number);
        return true;
    }

    public int CompareTo(TicketId other)
    {
        int byType = Type.CompareTo(other.Type);
        return byType != 0 ? byType : Number.CompareTo(other.Number);
    }

    public static bool operator <(TicketId left, TicketId right) => left.CompareTo(right) < 0;

    public static bool operator <=(TicketId left, TicketId right) => left.CompareTo(right) <= 0;

    public static bool operator >(TicketId left, TicketId right) => left.CompareTo(right) > 0;

    public static bool operator >=(TicketId left, TicketId right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{PrefixOf(Type)}-{Number.ToString(CultureInfo.InvariantCulture)}";

    private static TicketType? TypeOfPrefix(ReadOnlySpan<char> prefix)
    {
        foreach (TicketType type in Enum.GetValues<TicketType>())
        {
            if (prefix.Equals(PrefixOf(type), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }
}
