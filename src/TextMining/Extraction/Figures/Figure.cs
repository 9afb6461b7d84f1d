namespace TextMining.Extraction.Figures;

/// <summary>A counted or measured quantity in an article.</summary>
public sealed record Figure
{
    internal Figure()
    {
    }

    /// <summary>The words as written, e.g. <c>gần 30kg</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The number, e.g. 30; <c>2,5 triệu</c> is 2500000.</summary>
    public required double Value { get; init; }

    /// <summary>The whole it is part of, for <c>1.069/1.144 khu dân cư</c> 1144; else null.</summary>
    public required double? Total { get; init; }

    /// <summary>What is counted or measured, e.g. <c>khu dân cư</c>, <c>kg</c>, <c>%</c>; null when unstated.</summary>
    public required string? Unit { get; init; }

    /// <summary>How <see cref="Value"/> relates to the true quantity.</summary>
    public required FigureQualifier Qualifier { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/>.</summary>
    public required SourceSpan Span { get; init; }
}
