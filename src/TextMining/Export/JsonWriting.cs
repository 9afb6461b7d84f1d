using System.Text.Json;

namespace TextMining.Export;

/// <summary>The shapes the JSON writers repeat: an array of objects, a number that may be missing.</summary>
internal static class JsonWriting
{
    /// <summary>Writes <paramref name="items"/> as the array <paramref name="name"/>, one object each, its fields by <paramref name="writeFields"/>.</summary>
    public static void WriteObjects<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeFields)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeFields(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the number <paramref name="name"/>, or null when <paramref name="value"/> is missing.</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
