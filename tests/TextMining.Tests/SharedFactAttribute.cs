namespace TextMining.Tests;

/// <summary>A fact that needs ../shared; it is skipped with a visible reason when ../shared is absent.</summary>
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.Shared is null)
        {
            Skip = RepoPaths.SharedMissing;
        }
    }
}

/// <summary>A theory that needs ../shared; it is skipped with a visible reason when ../shared is absent.</summary>
internal sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (RepoPaths.Shared is null)
        {
            Skip = RepoPaths.SharedMissing;
        }
    }
}
