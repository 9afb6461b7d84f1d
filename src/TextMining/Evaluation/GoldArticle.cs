using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TextMining.Evaluation;

/// <summary>A gold official: the name, rank and positions a careful annotator recorded.</summary>
public sealed record GoldOfficial
{
    internal GoldOfficial()
    {
    }

    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>Rank or null.</summary>
    public required string? Rank { get; init; }

    /// <summary>Positions in order.</summary>
    public required IReadOnlyList<string> Positions { get; init; }
}

/// <summary>A gold figure.</summary>
public sealed record GoldFigure
{
    internal GoldFigure()
    {
    }

    /// <summary>The number.</summary>
    public required double Value { get; init; }

    /// <summary>The whole, for ratios; else null.</summary>
    public required double? Total { get; init; }

    /// <summary>What is counted.</summary>
    public required string? Unit { get; init; }

    /// <summary>The spec's qualifier name (<c>exact</c> when absent).</summary>
    public required string Qualifier { get; init; }
}

/// <summary>
/// The hand annotation of one article, read from a <c>&lt;name&gt;.gold.json</c> file
/// (format: the extraction spec's "Gold files" section).
/// </summary>
public sealed record GoldArticle
{
    internal GoldArticle()
    {
    }

    /// <summary>The gold file's path.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The annotated article's file, relative to the gold file's folder; or <c>shared:&lt;path&gt;</c> for a file in the
    /// <c>shared</c> folder beside the repository (third-party text that is never copied into it).
    /// </summary>
    public required string? File { get; init; }

    /// <summary>
    /// Selects one record of a JSON Lines <see cref="File"/> by its URL; null for single-article files.
    /// </summary>
    public required string? Url { get; init; }

    /// <summary>The title.</summary>
    public required string? Title { get; init; }

    /// <summary>The publication time as written in the gold file (ISO 8601), or null.</summary>
    public required string? Published { get; init; }

    /// <summary>The view count, or null.</summary>
    public required int? Views { get; init; }

    /// <summary>The byline's authors.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>Date values that must be found.</summary>
    public required IReadOnlyList<string> Dates { get; init; }

    /// <summary>Date values that may be found without penalty.</summary>
    public required IReadOnlyList<string> OptionalDates { get; init; }

    /// <summary>Officials that must be found.</summary>
    public required IReadOnlyList<GoldOfficial> Officials { get; init; }

    /// <summary>Figures that must be found (a multiset: repeated facts are listed twice).</summary>
    public required IReadOnlyList<GoldFigure> Figures { get; init; }

    /// <summary>Figure values that may be found without penalty (durations and the like).</summary>
    public required IReadOnlyList<double> OptionalFigures { get; init; }

    /// <summary>Grassroots model names.</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>Document references as written (not scored).</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>Reads a gold file.</summary>
    /// <param name="path">The <c>.gold.json</c> file.</param>
    /// <returns>The annotation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON in the gold format.</exception>
    public static GoldArticle Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryLoad(path, out var gold, out var reason, out var inner) ? gold : throw new InvalidDataException($"{path}: {reason}", inner);
    }

    /// <summary>
    /// Reads a gold file, or says why it cannot be read (without its path, which the caller names beside it).
    /// </summary>
    internal static bool TryLoad(string path, [NotNullWhen(true)] out GoldArticle? gold, [NotNullWhen(false)] out string? reason, out Exception? inner)
    {
        gold = null;
        reason = null;
        inner = null;
        GoldDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(System.IO.File.ReadAllText(path), GoldJsonContext.Default.GoldDto);
        }
        catch (JsonException ex)
        {
            (reason, inner) = ($"not a valid gold file: {ex.Message}", ex);
            return false;
        }

        if (dto is null)
        {
            reason = "the gold file is empty";
            return false;
        }

        gold = FromDto(path, dto);
        return true;
    }

    /// <summary>An annotation that lists nothing, for a gold file that could not be read.</summary>
    internal static GoldArticle Empty(string path) => FromDto(path, new GoldDto());

    private static GoldArticle FromDto(string path, GoldDto dto) => new()
    {
        Path = path,
        File = dto.File,
        Url = dto.Url,
        Title = dto.Title,
        Published = dto.Published,
        Views = dto.Views,
        Authors = dto.Authors ?? [],
        Dates = dto.Dates ?? [],
        OptionalDates = dto.OptionalDates ?? [],
        Officials = (dto.Officials ?? []).Select(o => new GoldOfficial { Name = o.Name ?? string.Empty, Rank = o.Rank, Positions = o.Positions ?? [] }).ToArray(),
        Figures = (dto.Figures ?? []).Select(f => new GoldFigure { Value = f.Value, Total = f.Total, Unit = f.Unit, Qualifier = f.Qualifier ?? "exact" }).ToArray(),
        OptionalFigures = dto.OptionalFigures ?? [],
        Models = dto.Models ?? [],
        Documents = dto.Documents ?? [],
    };
}

internal sealed class GoldDto
{
    public string? File { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Published { get; set; }

    public int? Views { get; set; }

    public List<string>? Authors { get; set; }

    public List<string>? Dates { get; set; }

    public List<string>? OptionalDates { get; set; }

    public List<GoldOfficialDto>? Officials { get; set; }

    public List<GoldFigureDto>? Figures { get; set; }

    public List<double>? OptionalFigures { get; set; }

    public List<string>? Models { get; set; }

    public List<string>? Documents { get; set; }
}

internal sealed class GoldOfficialDto
{
    public string? Name { get; set; }

    public string? Rank { get; set; }

    public List<string>? Positions { get; set; }
}

internal sealed class GoldFigureDto
{
    public double Value { get; set; }

    public double? Total { get; set; }

    public string? Unit { get; set; }

    public string? Qualifier { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(GoldDto))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;
