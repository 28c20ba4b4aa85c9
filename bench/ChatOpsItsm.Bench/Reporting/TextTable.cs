using System.Text;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>A plain-text table: the first column left-aligned, the others right-aligned, two spaces apart.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        List<string[]> all = [headers, .. _rows];
        int columns = all.Max(row => row.Length);
        int[] widths = [.. Enumerable.Range(0, columns).Select(c => all.Max(row => c < row.Length ? row[c].Length : 0))];
        foreach (string[] row in all)
        {
            var line = new StringBuilder("  ");
            for (int c = 0; c < row.Length; c++)
            {
                line.Append(c == 0 ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]));
                line.Append(c == row.Length - 1 ? "" : "  ");
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }
}
