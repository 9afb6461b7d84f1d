using System.Reflection;
using System.Text.Json;

namespace TextMining.Export;

/// <summary>
/// The columns of a row type, in declaration order: the snake_case name every format uses and the property that
/// holds the value. One place decides names for CSV, JSON Lines and Parquet.
/// </summary>
internal static class RowColumns
{
    public static IReadOnlyList<RowColumn> Of(Type rowType) =>
        rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => new RowColumn(NameOf(p), p))
            .ToArray();

    public static string NameOf(PropertyInfo property) => JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
}

/// <summary>One column of a row type.</summary>
/// <param name="Name">The snake_case name, e.g. <c>article_id</c>.</param>
/// <param name="Property">The row property.</param>
internal sealed record RowColumn(string Name, PropertyInfo Property)
{
    /// <summary>Whether the property is a double that only holds whole numbers or NaN.</summary>
    public bool IsWholeNumber => Property.IsDefined(typeof(WholeNumberAttribute), inherit: false);
}
