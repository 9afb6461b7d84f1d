using System.Reflection;
using Parquet;
using Parquet.Schema;

namespace TextMining.Export;

/// <summary>
/// One typed Parquet column of a row type with its row-group buffer. Strings are optional UTF-8 strings; int, long
/// and bool are required; a double is an optional double (NaN is null), or an optional int32 when marked
/// <see cref="WholeNumberAttribute"/>; a DateTimeOffset is an optional UTC timestamp in microseconds
/// (<c>default</c> is null).
/// </summary>
/// <typeparam name="TRow">The row record type.</typeparam>
internal abstract class ParquetColumn<TRow>
{
    public abstract DataField Field { get; }

    public static ParquetColumn<TRow> Create(RowColumn column, int capacity)
    {
        var property = column.Property;
        var name = column.Name;
        var type = property.PropertyType;
        if (type == typeof(string))
        {
            return new StringColumn<TRow>(new DataField<string>(name, nullable: true), Getter<string?>(property));
        }

        if (type == typeof(int))
        {
            return new RequiredColumn<TRow, int>(new DataField<int>(name, nullable: false), Getter<int>(property), capacity);
        }

        if (type == typeof(long))
        {
            return new RequiredColumn<TRow, long>(new DataField<long>(name, nullable: false), Getter<long>(property), capacity);
        }

        if (type == typeof(bool))
        {
            return new RequiredColumn<TRow, bool>(new DataField<bool>(name, nullable: false), Getter<bool>(property), capacity);
        }

        if (type == typeof(double) && column.IsWholeNumber)
        {
            return new OptionalColumn<TRow, double, int>(
                new DataField<int>(name, nullable: true), Getter<double>(property), v => MissingValues.IsMissing(v) ? null : checked((int)v), capacity);
        }

        if (type == typeof(double))
        {
            return new OptionalColumn<TRow, double, double>(
                new DataField<double>(name, nullable: true), Getter<double>(property), v => MissingValues.IsMissing(v) ? null : v, capacity);
        }

        if (type == typeof(DateTimeOffset))
        {
            var field = new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true);
            return new OptionalColumn<TRow, DateTimeOffset, DateTime>(
                field, Getter<DateTimeOffset>(property), v => MissingValues.IsMissing(v) ? null : v.UtcDateTime, capacity);
        }

        throw new ArgumentException($"{typeof(TRow).Name}.{property.Name}: no Parquet column for {type.Name} (use string, int, long, bool, double or DateTimeOffset)");
    }

    public abstract void Add(TRow row);

    public abstract Task WriteAsync(ParquetRowGroupWriter group);

    public abstract void Clear();

    private static Func<TRow, T> Getter<T>(PropertyInfo property) =>
        typeof(TRow).IsValueType
            ? row => (T)property.GetValue(row)!
            : property.GetMethod!.CreateDelegate<Func<TRow, T>>();
}

/// <summary>A string column: null stays null.</summary>
internal sealed class StringColumn<TRow>(DataField dataField, Func<TRow, string?> get) : ParquetColumn<TRow>
{
    private readonly List<string> _values = [];

    public override DataField Field => dataField;

    public override void Add(TRow row) => _values.Add(get(row)!);

    public override Task WriteAsync(ParquetRowGroupWriter group) => group.WriteAsync(dataField, _values);

    public override void Clear() => _values.Clear();
}

/// <summary>A column that always has a value.</summary>
internal sealed class RequiredColumn<TRow, T>(DataField dataField, Func<TRow, T> get, int capacity) : ParquetColumn<TRow>
    where T : struct
{
    private readonly ColumnBuffer<T> _values = new(capacity);

    public override DataField Field => dataField;

    public override void Add(TRow row) => _values.Add(get(row));

    public override Task WriteAsync(ParquetRowGroupWriter group) => group.WriteAsync(dataField, _values.Written);

    public override void Clear() => _values.Clear();
}

/// <summary>A column whose missing values (NaN, <c>default</c> time) are written as null.</summary>
internal sealed class OptionalColumn<TRow, TValue, TStored>(DataField dataField, Func<TRow, TValue> get, Func<TValue, TStored?> store, int capacity)
    : ParquetColumn<TRow>
    where TStored : struct
{
    private readonly ColumnBuffer<TStored?> _values = new(capacity);

    public override DataField Field => dataField;

    public override void Add(TRow row) => _values.Add(store(get(row)));

    public override Task WriteAsync(ParquetRowGroupWriter group) => group.WriteAsync(dataField, _values.Written);

    public override void Clear() => _values.Clear();
}

/// <summary>Values of one column for one row group: grows by doubling up to the row-group size, reused after a flush.</summary>
internal sealed class ColumnBuffer<T>(int capacity)
{
    private T[] _values = new T[Math.Min(capacity, 1024)];
    private int _count;

    public ReadOnlyMemory<T> Written => new(_values, 0, _count);

    public void Add(T value)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, Math.Max(_count + 1, Math.Min(capacity, _count * 2)));
        }

        _values[_count++] = value;
    }

    public void Clear() => _count = 0;
}
