using System.Reflection;
using System.Runtime.CompilerServices;

namespace TextMining.Tests.Api;

/// <summary>
/// Guards the public surface: a snapshot of every public type and member (PublicApiGenerator is not served here,
/// so the list is made by reflection), and the rule that public types are immutable unless listed as mutable.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Library = typeof(Article).Assembly;

    /// <summary>Public types that are mutable by design.</summary>
    private static readonly HashSet<string> MutableByDesign =
    [
        "TextMining.TextMiningPipelineBuilder", // a builder; Build() returns the frozen pipeline
        "TextMining.Search.ArticleIndex", // a handle on an index file
    ];

    [Fact]
    public void PublicApi_MatchesSnapshot()
    {
        Snapshot.Match("Api", "PublicApi", "txt", Describe());
    }

    [Fact]
    public void Describer_SeesNullabilityChanges()
    {
        Assert.Equal(["String? Name { get; }", "ctor()"], PublicApiDescriber.Members(typeof(NullableName)));
        Assert.Equal(["String Name { get; }", "ctor()"], PublicApiDescriber.Members(typeof(NonNullName)));
        Assert.NotEqual(PublicApiDescriber.Members(typeof(NullableList)), PublicApiDescriber.Members(typeof(NonNullList)));
        Assert.Equal(["IReadOnlyList<String?> Names(String? prefix = null)", "ctor()"], PublicApiDescriber.Members(typeof(NullableList)));
    }

    [Fact]
    public void Describer_SeesStaticDefaultsAndModifiers()
    {
        Assert.Equal(
            ["const Int32 Max = 3", "static Int32 Count(Int32 limit = 10, Boolean strict = true, DateGranularityProbe probe = DateGranularityProbe.Day)", "static String Name { get; }", "static readonly String Empty"],
            PublicApiDescriber.Members(typeof(StaticMembers)));
        Assert.Equal("static class TextMining.Tests.Api.PublicApiTests+StaticMembers", PublicApiDescriber.Header(typeof(StaticMembers)));
        Assert.Equal("sealed record TextMining.Tests.Api.PublicApiTests+Point", PublicApiDescriber.Header(typeof(Point)));
        Assert.Equal(["Int32 X { get; init; }", "Int32 Y { get; set; }", "ctor(Int32 X)"], PublicApiDescriber.Members(typeof(Point)));
    }

    [Fact]
    public void PublicTypes_AreSealedStaticOrEnums()
    {
        var open = Library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSettersOrFields()
    {
        var mutable = new List<string>();
        foreach (var type in Library.GetExportedTypes().Where(t => !MutableByDesign.Contains(t.FullName!)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                {
                    mutable.Add($"{type.FullName}.{property.Name}");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && !field.IsInitOnly && !type.IsEnum)
                {
                    mutable.Add($"{type.FullName}.{field.Name}");
                }
            }
        }

        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicCollections_AreReadOnlyInterfaces()
    {
        var concrete = Library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.PropertyType.IsGenericType && x.p.PropertyType.GetGenericTypeDefinition() is var d
                && (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>)))
            .Select(x => $"{x.t.FullName}.{x.p.Name}")
            .ToList();
        Assert.Empty(concrete);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Describe() => PublicApiDescriber.Describe(Library.GetExportedTypes());

#pragma warning disable CA1034, CA1724, CA1815, CA1819, CA1822, CA2211, CA1805 // toy types for the describer tests
    /// <summary>A property that may be null.</summary>
    public sealed class NullableName
    {
        /// <summary>A name.</summary>
        public string? Name { get; } = null;
    }

    /// <summary>The same property, never null.</summary>
    public sealed class NonNullName
    {
        /// <summary>A name.</summary>
        public string Name { get; } = "";
    }

    /// <summary>A method with nullable generic arguments and parameters.</summary>
    public sealed class NullableList
    {
        /// <summary>Names.</summary>
        public IReadOnlyList<string?> Names(string? prefix = null) => [prefix];
    }

    /// <summary>The same method without nullable annotations.</summary>
    public sealed class NonNullList
    {
        /// <summary>Names.</summary>
        public IReadOnlyList<string> Names(string prefix = "") => [prefix];
    }

    /// <summary>An enum for a default value.</summary>
    public enum DateGranularityProbe
    {
        /// <summary>A day.</summary>
        Day,
    }

    /// <summary>Static members of every kind.</summary>
    public static class StaticMembers
    {
        /// <summary>A constant.</summary>
        public const int Max = 3;

        /// <summary>A read-only field.</summary>
        public static readonly string Empty = "";

        /// <summary>A static property.</summary>
        public static string Name { get; } = "";

        /// <summary>A static method with defaults.</summary>
        public static int Count(int limit = 10, bool strict = true, DateGranularityProbe probe = DateGranularityProbe.Day) => strict ? limit + (int)probe : 0;
    }

    /// <summary>A record with an init and a set property.</summary>
    public sealed record Point(int X)
    {
        /// <summary>Mutable.</summary>
        public int Y { get; set; }
    }
#pragma warning restore CA1034, CA1724, CA1815, CA1819, CA1822, CA2211, CA1805
}
