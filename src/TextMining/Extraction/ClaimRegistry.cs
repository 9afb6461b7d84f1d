namespace TextMining.Extraction;

/// <summary>The kinds of text a stage can claim in a <see cref="ClaimRegistry"/>; combine them to ask about several.</summary>
[Flags]
internal enum EntityKinds
{
    /// <summary>No kind.</summary>
    None = 0,

    /// <summary>A date or time (<c>ngày 2/3/2017</c>), claimed by the dates stage.</summary>
    Date = 1 << 0,

    /// <summary>A whole document reference (<c>Chỉ thị số 09-CT/TW ngày 1-12-2011</c>), claimed by the documents stage.</summary>
    Document = 1 << 1,

    /// <summary>A document's number and issuer code (<c>09-CT/TW</c>), claimed by the documents stage.</summary>
    DocumentNumber = 1 << 2,

    /// <summary>An organisation name (<c>Ban Chỉ đạo 138 tỉnh</c>), claimed by the organisations stage.</summary>
    Organization = 1 << 3,
}

/// <summary>
/// Which claims keep a later stage's candidate out. The policy: <b>the first claim wins</b> — claims are only
/// ever added, never moved or removed; a stage keeps its candidate only when no earlier claim of a kind that blocks
/// it overlaps the candidate (it never shortens or replaces what an earlier stage found). Kinds not listed here
/// block nothing, and claims of different kinds may overlap (a document reference holds its date; an organisation
/// name may hold a place).
/// </summary>
internal static class ClaimPolicy
{
    /// <summary>A date may not start inside a document number (<c>09-CT/TW</c> is no date).</summary>
    public const EntityKinds BlocksDates = EntityKinds.DocumentNumber;

    /// <summary>A number inside a date, a document reference or an organisation name is not a figure.</summary>
    public const EntityKinds BlocksFigures = EntityKinds.Date | EntityKinds.Document | EntityKinds.Organization;

    /// <summary>
    /// As <see cref="BlocksFigures"/> for a number a counted noun follows, but organisation names do not block it, so
    /// a greedy organisation match cannot swallow <c>Công an 13 huyện thị</c>.
    /// </summary>
    public const EntityKinds BlocksCountedFigures = EntityKinds.Date | EntityKinds.Document;
}

/// <summary>
/// The one record of which spans of an article earlier stages claimed, and as what (see <see cref="ClaimPolicy"/>
/// for who blocks whom). A stage claims what it keeps; a later stage asks <see cref="IsClaimed"/> with the kinds
/// that block it. Per article, never shared between threads.
/// </summary>
internal sealed class ClaimRegistry
{
    private const int KindCount = 4;

    // Made on a kind's first claim: most articles claim few kinds.
    private readonly List<SourceSpan>?[] _spans = new List<SourceSpan>?[KindCount];

    // Indexed once per set of claims (stages only add to them): a scan of every claim for every candidate number
    // was quadratic in the article's length.
    private readonly SpanIndex?[] _indexes = new SpanIndex?[KindCount];

    /// <summary>Claims <paramref name="span"/> as <paramref name="kind"/> (one kind).</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not exactly one kind.</exception>
    public void Claim(SourceSpan span, EntityKinds kind)
    {
        var slot = Slot(kind);
        (_spans[slot] ??= []).Add(span);
        _indexes[slot] = null;
    }

    /// <summary>Whether some claim of one of <paramref name="kinds"/> overlaps <paramref name="span"/>.</summary>
    public bool IsClaimed(SourceSpan span, EntityKinds kinds)
    {
        for (var slot = 0; slot < KindCount; slot++)
        {
            if (((int)kinds & (1 << slot)) != 0 && _spans[slot] is { Count: > 0 } spans
                && (_indexes[slot] ??= new SpanIndex(spans)).Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether anything was claimed as one of <paramref name="kinds"/>.</summary>
    public bool Any(EntityKinds kinds)
    {
        for (var slot = 0; slot < KindCount; slot++)
        {
            if (((int)kinds & (1 << slot)) != 0 && _spans[slot] is { Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The spans claimed as one of <paramref name="kinds"/>, kind by kind, each kind in the order claimed.</summary>
    public IEnumerable<SourceSpan> Spans(EntityKinds kinds)
    {
        for (var slot = 0; slot < KindCount; slot++)
        {
            if (((int)kinds & (1 << slot)) != 0 && _spans[slot] is { } spans)
            {
                foreach (var span in spans)
                {
                    yield return span;
                }
            }
        }
    }

    private static int Slot(EntityKinds kind)
    {
        var bits = (int)kind;
        if (bits == 0 || (bits & (bits - 1)) != 0 || bits >= 1 << KindCount)
        {
            throw new ArgumentException($"a claim is of exactly one kind, not {kind}", nameof(kind));
        }

        return System.Numerics.BitOperations.TrailingZeroCount(bits);
    }
}
