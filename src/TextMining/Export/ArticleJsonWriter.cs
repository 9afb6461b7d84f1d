using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextMining.Export;

/// <summary>
/// Writes an <see cref="ArticleAnalysis"/> as one JSON object in the shape of the extraction spec
/// (the <c>extract</c> command's output), camelCase, UTF-8, Vietnamese letters unescaped.
/// </summary>
public static class ArticleJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes the analysis as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="analysis">What to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ArticleAnalysis analysis) => Write(writer, analysis, withText: true);

    /// <summary>
    /// Writes the analysis; without its text (lead, paragraphs, text) when <paramref name="withText"/> is false,
    /// for stores that keep the text beside it (the search index). <see cref="ArticleJsonReader"/> reads both.
    /// </summary>
    internal static void Write(Utf8JsonWriter writer, ArticleAnalysis analysis, bool withText)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        var a = analysis.Article;
        writer.WriteStartObject();
        writer.WriteString("id", a.Id);
        writer.WriteString("source", a.Source);
        writer.WriteString("url", a.Url);
        writer.WriteString("title", a.Title);
        writer.WriteString("sourceTag", a.SourceTag);
        if (withText)
        {
            writer.WriteString("lead", a.Lead);
        }

        writer.WriteString("published", a.PublishedIso);
        writer.WriteString("dateline", a.Dateline);
        writer.WriteNumberOrNull("views", a.Views);
        WriteStrings(writer, "authors", a.Authors);
        if (withText)
        {
            WriteStrings(writer, "paragraphs", a.Paragraphs);
        }

        WriteStrings(writer, "captions", a.Captions);
        if (withText)
        {
            writer.WriteString("text", a.Text);
        }

        if (analysis.Relevance is { } relevance)
        {
            writer.WriteStartObject("relevance");
            writer.WriteNumber("score", relevance.Score);
            writer.WriteBoolean("isMovement", relevance.IsMovement);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("relevance");
        }

        writer.WriteObjects("dates", analysis.Dates, WriteDate);
        writer.WriteObjects("officials", analysis.Officials, WriteOfficial);
        writer.WriteObjects("figures", analysis.Figures, WriteFigure);
        writer.WriteObjects("models", analysis.Models, WriteModel);
        writer.WriteObjects("documents", analysis.Documents, WriteDocument);
        writer.WriteObjects("locations", analysis.Places, WritePlace);
        writer.WriteObjects("organizations", analysis.Organizations, WriteOrganization);
        writer.WriteObjects("abbreviations", analysis.Abbreviations, WriteAbbreviation);
        writer.WriteObjects("diagnostics", a.Diagnostics.Concat(analysis.Diagnostics), WriteDiagnostic);
        writer.WriteEndObject();
    }

    /// <summary>Returns the analysis as one line of JSON (no line break).</summary>
    /// <param name="analysis">What to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string ToJson(ArticleAnalysis analysis) => ToJson(analysis, withText: true);

    /// <summary>As <see cref="ToJson(ArticleAnalysis)"/>, optionally without the article's text.</summary>
    internal static string ToJson(ArticleAnalysis analysis, bool withText)
    {
        using var buffer = new MemoryStream();
        using (var writer = CreateWriter(buffer))
        {
            Write(writer, analysis, withText);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// <see cref="ToJson(ArticleAnalysis, bool)"/> handed over as its UTF-8 bytes (the <paramref name="use"/>d span
    /// is only valid during the call), without decoding them into a string.
    /// </summary>
    internal static T WithUtf8Json<T>(ArticleAnalysis analysis, bool withText, Func<ReadOnlyMemory<byte>, T> use)
    {
        using var buffer = new MemoryStream();
        using (var writer = CreateWriter(buffer))
        {
            Write(writer, analysis, withText);
        }

        return use(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Creates a JSON writer with the settings this writer uses (relaxed escaping, not indented).</summary>
    /// <param name="stream">Where to write.</param>
    /// <returns>The writer; dispose it to flush.</returns>
    public static Utf8JsonWriter CreateWriter(Stream stream) => new(stream, WriterOptions);

    /// <summary>The spec's name of a qualifier: <c>exact</c>, <c>approximately</c>, <c>moreThan</c>, …</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The camelCase name.</returns>
    internal static string QualifierName(FigureQualifier qualifier) => Camel(qualifier.ToString());

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static void WriteDate(Utf8JsonWriter writer, DateMention d)
    {
        writer.WriteString("text", d.Text);
        writer.WriteString("value", d.Value);
        writer.WriteString("granularity", Camel(d.Granularity.ToString()));
        writer.WriteBoolean("inferred", d.Inferred);
        WriteSpan(writer, d.Span);
    }

    private static void WriteOfficial(Utf8JsonWriter writer, Official o)
    {
        writer.WriteString("name", o.Name);
        writer.WriteString("rank", o.Rank);
        writer.WriteString("honorific", o.Honorific);
        WriteStrings(writer, "positions", o.Positions);
        writer.WriteObjects("mentions", o.Mentions, WriteMention);
    }

    private static void WriteMention(Utf8JsonWriter writer, OfficialMention m)
    {
        writer.WriteString("text", m.Text);
        WriteSpan(writer, m.Span);
    }

    private static void WriteFigure(Utf8JsonWriter writer, Figure f)
    {
        writer.WriteString("text", f.Text);
        writer.WriteNumber("value", f.Value);
        writer.WriteNumberOrNull("total", f.Total);
        writer.WriteString("unit", f.Unit);
        writer.WriteString("qualifier", QualifierName(f.Qualifier));
        WriteSpan(writer, f.Span);
    }

    private static void WriteModel(Utf8JsonWriter writer, GrassrootsModel m)
    {
        writer.WriteString("name", m.Name);
        writer.WriteString("location", m.Location);
        writer.WriteString("text", m.Text);
        WriteSpan(writer, m.Span);
    }

    private static void WriteDocument(Utf8JsonWriter writer, DocumentReference d)
    {
        writer.WriteString("text", d.Text);
        writer.WriteString("name", d.Name);
        writer.WriteString("kind", DocumentLexicon.ToWord(d.Kind));
        writer.WriteString("number", d.Number);
        writer.WriteString("issuerCode", d.IssuerCode);
        writer.WriteString("date", d.Date);
        WriteSpan(writer, d.Span);
    }

    private static void WritePlace(Utf8JsonWriter writer, PlaceMention l)
    {
        writer.WriteString("text", l.Text);
        writer.WriteString("name", l.Name);
        writer.WriteString("level", AdministrativeLevels.ToWord(l.Level));
        writer.WriteString("province", l.Province);
        WriteSpan(writer, l.Span);
    }

    private static void WriteOrganization(Utf8JsonWriter writer, OrganizationMention o)
    {
        writer.WriteString("text", o.Text);
        writer.WriteString("name", o.Name);
        WriteSpan(writer, o.Span);
    }

    private static void WriteAbbreviation(Utf8JsonWriter writer, AbbreviationMention ab)
    {
        writer.WriteString("text", ab.Text);
        writer.WriteString("expansion", ab.Expansion);
        WriteSpan(writer, ab.Span);
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic d)
    {
        writer.WriteString("code", d.Code);
        writer.WriteString("severity", Camel(d.Severity.ToString()));
        writer.WriteString("message", d.Message);
        if (d.Span is { } span)
        {
            WriteSpan(writer, span);
        }
    }

    private static void WriteSpan(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }
}
