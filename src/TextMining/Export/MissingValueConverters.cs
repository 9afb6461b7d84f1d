using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace TextMining.Export;

/// <summary>
/// How the rows' missing values (NaN in a double, <c>default</c> DateTimeOffset) are written: an empty CSV field and
/// a JSON <c>null</c>, as when the members were nullable.
/// </summary>
internal static class MissingValues
{
    public static bool IsMissing(double value) => double.IsNaN(value);

    public static bool IsMissing(DateTimeOffset value) => value == default;
}

/// <summary>CSV: NaN is an empty field; other doubles as CsvHelper writes them.</summary>
internal sealed class CsvMissingDoubleConverter : DoubleConverter
{
    public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
        value is double d && MissingValues.IsMissing(d) ? string.Empty : base.ConvertToString(value, row, memberMapData);

    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
        string.IsNullOrEmpty(text) ? double.NaN : base.ConvertFromString(text, row, memberMapData);
}

/// <summary>CSV: <c>default</c> is an empty field; other times in the configured format.</summary>
internal sealed class CsvMissingTimeConverter : DateTimeOffsetConverter
{
    public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
        value is DateTimeOffset t && MissingValues.IsMissing(t) ? string.Empty : base.ConvertToString(value, row, memberMapData);

    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
        string.IsNullOrEmpty(text) ? default(DateTimeOffset) : base.ConvertFromString(text, row, memberMapData);
}

/// <summary>JSON: NaN is <c>null</c> and <c>null</c> reads back as NaN.</summary>
internal sealed class JsonMissingDoubleConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (MissingValues.IsMissing(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}

/// <summary>JSON: <c>default</c> DateTimeOffset is <c>null</c> and <c>null</c> reads back as <c>default</c>.</summary>
internal sealed class JsonMissingTimeConverter : JsonConverter<DateTimeOffset>
{
    public override bool HandleNull => true;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? default : reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (MissingValues.IsMissing(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
