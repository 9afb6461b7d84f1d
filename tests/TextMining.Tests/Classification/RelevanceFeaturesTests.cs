using TextMining.Classification;
using TextMining.Text;

namespace TextMining.Tests.Classification;

/// <summary>The hashed features against a plain reference of their definition (the vector lanes must hash alike).</summary>
public class RelevanceFeaturesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("cong an xa")]
    [InlineData("ban chi dao 138 tinh quang binh to chuc hoi nghi tong ket phong trao toan dan bao ve an ninh to quoc nam 2024")]
    [InlineData("mo hinh \u201Cto an ninh tu quan\u201D — 1.069 nguoi; 26,5%: thanh pho ho chi minh")]
    public void Vector_AnyText_EqualsTheReferenceDefinition(string folded)
    {
        var (indices, values) = RelevanceFeatures.Vector(folded);

        var (expectedIndices, expectedValues) = Reference(folded);
        Assert.Equal(expectedIndices, indices);
        Assert.Equal(expectedValues, values);
    }

    [Fact]
    public void Vector_EveryLengthAroundTheLaneWidth_EqualsTheReferenceDefinition()
    {
        const string source = "phong trao toan dan bao ve an ninh to quoc o xa vinh ninh";
        for (var length = 0; length <= source.Length; length++)
        {
            var text = source[..length];
            Assert.Equal(Reference(text).Indices, RelevanceFeatures.Vector(text).Indices);
        }
    }

    [Theory]
    [InlineData("Công an xã Vĩnh Ninh — \u201CTổ an ninh tự quản\u201D; ĐOÀN thanh niên: 1.069 người, 26,5%")]
    [InlineData("  THỦY  lợi\nHoá ")]
    [InlineData("\u0130stanbul")]
    public void Vector_UnfoldedText_EqualsTheReferenceDefinitionOfItsFoldedText(string text)
    {
        var (indices, values) = RelevanceFeatures.Vector(text);

        var (expectedIndices, expectedValues) = Reference(VietnameseText.Fold(text));
        Assert.Equal(expectedIndices, indices);
        Assert.Equal(expectedValues, values);
    }

    /// <summary>Word 1–2-grams and character 3–4-grams of the cleaned text, FNV-1a then a murmur finaliser, counted and scaled.</summary>
    private static (int[] Indices, float[] Values) Reference(string folded)
    {
        var clean = " " + string.Join(' ', new string(folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        clean = clean.Length > 1 ? clean + " " : clean;
        var buckets = new List<int>();
        for (var i = 0; i + 3 <= clean.Length; i++)
        {
            buckets.Add(Bucket(Hash(clean.Substring(i, 3), 0xC2B2AE35)));
            if (i + 4 <= clean.Length)
            {
                buckets.Add(Bucket(Hash(clean.Substring(i, 4), 0x27D4EB2F)));
            }
        }

        uint previous = 0;
        foreach (var word in clean.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var h = Hash(word, 0x9E3779B9);
            buckets.Add(Bucket(h));
            if (previous != 0)
            {
                buckets.Add(Bucket(Mix((previous * 31) ^ h ^ 0x85EBCA6B)));
            }

            previous = h;
        }

        var scale = buckets.Count == 0 ? 0f : 1f / MathF.Sqrt(buckets.Count);
        var groups = buckets.GroupBy(b => b).OrderBy(g => g.Key).ToArray();
        return (groups.Select(g => g.Key).ToArray(), groups.Select(g => g.Count() * scale).ToArray());
    }

    private static uint Hash(string s, uint seed)
    {
        var h = seed ^ 2166136261;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619;
        }

        return Mix(h);
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h == 0 ? 1 : h;
    }

    private static int Bucket(uint h) => (int)(h & (RelevanceFeatures.Size - 1));
}
