using System.Text;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

/// <summary>Encodes text as real Windows-1258 files do: base letters (with circumflex, breve, horn) precomposed,
/// tone marks as separate combining characters.</summary>
internal static class LegacyBytes
{
    public static byte[] Windows1258(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var tones = new StringBuilder();
        var letter = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones.Append(c);
                continue;
            }

            if (c is '\u0302' or '\u0306' or '\u031B')
            {
                letter.Append(c);
                continue;
            }

            Flush();
            letter.Append(c);
        }

        Flush();
        return TextDecoding.Windows1258.GetBytes(builder.ToString());

        void Flush()
        {
            builder.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tones);
            letter.Clear();
            tones.Clear();
        }
    }
}
