using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

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

    private static string Describe()
    {
        var text = new StringBuilder();
        foreach (var type in Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "sealed class";
            text.Append(kind).Append(' ').AppendLine(type.FullName);
            if (type.IsEnum)
            {
                foreach (var name in Enum.GetNames(type))
                {
                    text.Append("  ").AppendLine(name);
                }

                continue;
            }

            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Where(m => m.Name is not ("<Clone>$" or "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers" or "EqualityContract"))
                .Select(Signature)
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                text.Append("  ").AppendLine(member);
            }
        }

        return text.ToString();
    }

    private static string Signature(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{TypeName(m.ReturnType)} {m.Name}{(m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(TypeName)) + ">" : string.Empty)}({Parameters(m)})",
        PropertyInfo p => $"{TypeName(p.PropertyType)} {p.Name} {{ {(p.GetMethod is { IsPublic: true } ? "get; " : string.Empty)}{(p.SetMethod is { IsPublic: true } s ? (IsInitOnly(s) ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{TypeName(f.FieldType)} {f.Name}",
        EventInfo e => $"event {TypeName(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {t.Name}",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{TypeName(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = …" : string.Empty)}"));

    private static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
        }

        return type.IsByRef ? TypeName(type.GetElementType()!) + "&" : type.Name;
    }
}
