namespace TextMining.Extraction.Models;

/// <summary>A named grassroots initiative (<c>mô hình</c>) of the movement.</summary>
public sealed record GrassrootsModel
{
    internal GrassrootsModel()
    {
    }

    /// <summary>The bare name without quotes, e.g. <c>Tổ liên gia tự quản về ANTT</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The place given in brackets after it, e.g. <c>xã Vạn Ninh, Quảng Ninh</c>, or null.</summary>
    public required string? Location { get; init; }

    /// <summary>The words as written, quotes included.</summary>
    public required string Text { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/> (first mention).</summary>
    public required SourceSpan Span { get; init; }
}
