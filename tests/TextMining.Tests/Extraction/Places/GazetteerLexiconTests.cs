using System.Text;

namespace TextMining.Tests.Extraction.Places;

/// <summary>
/// Regenerates <c>src/TextMining/Extraction/Places/gazetteer.tsv</c> from <c>../shared/gazetteer</c> and checks
/// that the committed lexicon is up to date. The conversion is deliberately independent of the library (plain
/// string handling), so a bug in the library's text helpers cannot hide a stale or wrong lexicon. Run with
/// <c>TEXTMINING_ACCEPT_SNAPSHOTS=1</c> to rewrite the lexicon after the shared gazetteer changes.
/// </summary>
public sealed class GazetteerLexiconTests
{
    private const string SourceFile = "vn-admin-units-2025-03.tsv";

    private static readonly string LexiconPath =
        Path.Combine(RepoPaths.Root, "src", "TextMining", "Extraction", "Places", "gazetteer.tsv");

    private static readonly string[] UnitWords = ["Thành phố", "Thị trấn", "Thị xã", "Tỉnh", "Huyện", "Quận", "Phường", "Xã"];

    [SharedFact]
    public void Lexicon_IsUpToDateWithSharedGazetteer()
    {
        var expected = Generate(Path.Combine(RepoPaths.Shared!, "gazetteer", SourceFile));

        if (Environment.GetEnvironmentVariable("TEXTMINING_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(LexiconPath, expected, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        var committed = File.ReadAllText(LexiconPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(expected == committed, "gazetteer.tsv is not what ../shared/gazetteer gives; rerun this test with TEXTMINING_ACCEPT_SNAPSHOTS=1");
    }

    [Fact]
    public void Lexicon_HasEveryLevelAndKeepsTheLicence()
    {
        var lines = File.ReadAllLines(LexiconPath);
        var rows = lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToArray();

        Assert.Contains(lines, l => l.StartsWith("# MIT License", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Copyright (c) 2021 Thang Le Quoc", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.Equal(63, rows.Count(r => r[1] == "province"));
        Assert.Equal(696, rows.Count(r => r[1] == "district"));
        Assert.Equal(10_035, rows.Count(r => r[1] == "commune"));
        Assert.Contains(rows, r => r is ["Tuyên Hóa", "district", "huyện", "", "Quảng Bình"]);
        Assert.Contains(rows, r => r is ["Vạn Ninh", "commune", "xã", "Quảng Ninh", "Quảng Bình"]);
    }

    /// <summary>The lexicon text for the shared gazetteer file: a header, then one row per unit.</summary>
    private static string Generate(string source)
    {
        var lines = File.ReadAllLines(source, Encoding.UTF8);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is >= 0 and var i ? i : throw new InvalidDataException($"{source}: no column {name}");
        var (level, code, name, fullName, parent, province) =
            (Column("level"), Column("code"), Column("name"), Column("full_name"), Column("parent_code"), Column("province"));

        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
        var districts = rows.Where(r => r[level] == "district").ToDictionary(r => r[code], r => r[name], StringComparer.Ordinal);
        var licence = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(source)!, "LICENSE"), Encoding.UTF8);

        var text = new StringBuilder();
        text.Append("""
            # Vietnamese administrative units in force from 1 March 2025 (before the July 2025 reform into 34 provinces
            # without districts): 63 provinces, 696 district-level and 10,035 commune-level units.
            # Generated from ../shared/gazetteer/vn-admin-units-2025-03.tsv by
            # tests/TextMining.Tests/Extraction/Places/GazetteerLexiconTests.cs (do not edit by hand), which takes it from
            # github.com/ThangLeQuoc/vietnamese-provinces-database, json/simplified_json_generated_data_vn_units.json at
            # commit fac63085ebd479633cfad284455df8f663eefb86, built from the General Statistics Office's unit lists.
            # Columns: name<TAB>level (province | district | commune)<TAB>unit word (tỉnh, thành phố, huyện, quận, thị xã,
            # xã, phường, thị trấn)<TAB>district (communes only)<TAB>province as the source spells it.
            # Licence of the source data:

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var line in licence)
        {
            text.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        }

        foreach (var r in rows)
        {
            var district = r[level] == "ward" ? districts[r[parent]] : string.Empty;
            text.Append(r[name].Normalize()).Append('\t')
                .Append(r[level] == "ward" ? "commune" : r[level]).Append('\t')
                .Append(UnitWord(r[fullName], r[name])).Append('\t')
                .Append(district.Normalize()).Append('\t')
                .Append(r[province].Normalize()).Append('\n');
        }

        return text.ToString();
    }

    private static string UnitWord(string fullName, string name)
    {
        foreach (var word in UnitWords)
        {
            if (fullName.StartsWith(word + " ", StringComparison.Ordinal) && fullName.EndsWith(name, StringComparison.Ordinal))
            {
                return word.ToLowerInvariant();
            }
        }

        throw new InvalidDataException($"unit '{fullName}' starts with no known unit word");
    }
}
