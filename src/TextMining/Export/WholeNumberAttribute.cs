namespace TextMining.Export;

/// <summary>
/// Marks a <see cref="double"/> row member that only ever holds whole numbers or NaN (a year, a count that may be
/// unknown): Parquet stores it as a nullable 32-bit integer.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class WholeNumberAttribute : Attribute;
