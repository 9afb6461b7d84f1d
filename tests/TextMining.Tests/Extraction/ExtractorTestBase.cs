using System.Reflection;
using TextMining.Text;
using Xunit.Sdk;

namespace TextMining.Tests.Extraction;

/// <summary>
/// The one shape of an extractor's rule tests, after NodaTime's <c>PatternTestBase&lt;T&gt;</c>: a derived class says
/// how to run its extractor on a title and a paragraph, how to write one entity found as a line
/// (<c>mention|value|…</c>, its first field naming it) and where its mentions are; its rules are then data rows, checked
/// by the theories here:
/// <list type="bullet">
/// <item><c>Matches</c>: title, paragraph and the lines expected. Each line is the only entity of its name, or, with
/// <see cref="RowsListEverything"/>, the lines are every entity found, in text order.</item>
/// <item><c>NonMatches</c>: title and a paragraph in which nothing is found (the title may hold entities).</item>
/// </list>
/// Every mention's span must cover exactly the mention's text. A derived class declares both as public static members.
/// </summary>
/// <typeparam name="T">The entity the extractor finds.</typeparam>
public abstract class ExtractorTestBase<T>
{
    /// <summary>Whether a match row lists every entity found, in order; else each line is checked alone.</summary>
    protected virtual bool RowsListEverything => false;

    [Theory]
    [RowsOf("Matches")]
    public void Run_Match_FindsTheExpectedLines(string title, string paragraph, string[] expected)
    {
        var (text, found) = Find(title, paragraph);
        var lines = found.Select(Describe).ToList();

        if (RowsListEverything)
        {
            Assert.Equal(expected, lines);
        }
        else
        {
            foreach (var line in expected)
            {
                var named = Assert.Single(lines, l => NameOf(l) == NameOf(line));
                Assert.Equal(line, named);
            }
        }

        AssertSpans(text, found);
    }

    [Theory]
    [RowsOf("NonMatches")]
    public void Run_NonMatch_FindsNothingInTheParagraph(string title, string paragraph)
    {
        var (text, found) = Find(title, paragraph);
        var bodyStart = text.IndexOf(paragraph.Trim(), title.Length, StringComparison.Ordinal);

        Assert.DoesNotContain(found, item => Mentions(item).Any(m => m.Span.Start >= Math.Max(bodyStart, title.Length)));
    }

    /// <summary>Runs the extractor on an article of <paramref name="title"/> and <paramref name="paragraph"/>.</summary>
    /// <returns>The article's text and the entities found, in text order.</returns>
    protected abstract (string Text, IReadOnlyList<T> Found) Find(string title, string paragraph);

    /// <summary>The entity as a row line: its name (or mention text) first, then the fields the rule decides, <c>|</c>-separated.</summary>
    protected abstract string Describe(T item);

    /// <summary>Where the entity is mentioned, with the text each mention claims to cover.</summary>
    protected abstract IEnumerable<(SourceSpan Span, string Text)> Mentions(T item);

    /// <summary>Checks what else a rule promises of an entity found in a match row (nothing by default).</summary>
    protected virtual void AssertFound(T item)
    {
    }

    /// <summary>Non-match rows: each paragraph under <paramref name="title"/>.</summary>
    protected static TheoryData<string, string> Paragraphs(string title, params string[] paragraphs)
    {
        var data = new TheoryData<string, string>();
        foreach (var paragraph in paragraphs)
        {
            data.Add(title, paragraph);
        }

        return data;
    }

    private void AssertSpans(string text, IReadOnlyList<T> found)
    {
        foreach (var item in found)
        {
            AssertFound(item);
            var mentions = Mentions(item).ToList();
            Assert.NotEmpty(mentions);
            Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
        }
    }

    private static string NameOf(string line)
    {
        var bar = line.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? line : line[..bar];
    }
}

/// <summary>
/// The rows of a theory declared in an abstract base: the public static member <c>memberName</c> of the test class
/// the theory runs in (xUnit's <c>MemberData</c> looks in the base that declares the theory).
/// </summary>
/// <param name="memberName">A public static method or property of the test class returning the rows.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RowsOfAttribute(string memberName) : DataAttribute
{
    /// <inheritdoc />
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var type = testMethod.ReflectedType ?? throw new InvalidOperationException($"{testMethod.Name} has no test class");
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var rows = type.GetMethod(memberName, Flags, Type.EmptyTypes)?.Invoke(null, null) ?? type.GetProperty(memberName, Flags)?.GetValue(null);
        return rows as IEnumerable<object?[]> ?? throw new InvalidOperationException($"{type.Name} declares no public static {memberName} with rows");
    }
}
