using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace TextMining.Tests.Api;

/// <summary>
/// Writes the public surface of types as text, one member a line, by reflection (PublicApiGenerator is not served
/// here). It records what a caller compiles against: type kind and modifiers (<c>static</c>, <c>sealed</c>,
/// <c>abstract</c>, <c>readonly</c>, <c>record</c>), base types, nullability annotations of every property, field,
/// parameter and return type (including generic arguments), <c>static</c>, <c>init</c> vs <c>set</c>,
/// <c>readonly</c> and <c>const</c> fields, <c>ref</c>/<c>out</c>/<c>in</c>/<c>params</c>/<c>this</c> and default
/// parameter values, enum member values.
/// </summary>
internal static class PublicApiDescriber
{
    private static readonly string[] RecordMembers = ["<Clone>$", "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "EqualityContract"];

    /// <summary>Describes every type in <paramref name="types"/>, ordered by full name.</summary>
    public static string Describe(IEnumerable<Type> types)
    {
        var text = new StringBuilder();
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            AppendType(text, type);
        }

        return text.ToString();
    }

    /// <summary>The member lines of <paramref name="type"/> (no header), ordered.</summary>
    public static IReadOnlyList<string> Members(Type type)
    {
        var nullability = new NullabilityInfoContext();
        if (type.IsEnum)
        {
            return Enum.GetNames(type)
                .Select(name => $"{name} = {Convert.ToInt64(Enum.Parse(type, name), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}")
                .ToArray();
        }

        // Operators, accessors and the members every record gets are left out (as object's overrides are).
        return type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo { IsSpecialName: true } && !RecordMembers.Contains(m.Name))
            .Select(m => Signature(m, nullability))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The header line of <paramref name="type"/>: modifiers, kind, full name and base types.</summary>
    public static string Header(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var header = new StringBuilder();
        if (type.IsEnum)
        {
            header.Append("enum ").Append(type.FullName).Append(" : ").Append(TypeName(Enum.GetUnderlyingType(type)));
            return header.ToString();
        }

        var isRecord = type.GetMethod("<Clone>$") is not null
            || type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
        if (type.IsInterface)
        {
            header.Append("interface ");
        }
        else if (type.IsValueType)
        {
            header.Append(type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty)
                .Append(isRecord ? "record struct " : "struct ");
        }
        else
        {
            header.Append(type.IsAbstract && type.IsSealed ? "static " : type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : string.Empty)
                .Append(isRecord ? "record " : "class ");
        }

        header.Append(type.FullName);
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType));
        }

        bases.AddRange(type.GetInterfaces()
            .Where(i => i.IsPublic && type.BaseType?.GetInterfaces().Contains(i) != true && !(isRecord && i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Select(TypeName)
            .Order(StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            header.Append(" : ").AppendJoin(", ", bases);
        }

        return header.ToString();
    }

    private static void AppendType(StringBuilder text, Type type)
    {
        text.AppendLine(Header(type));
        foreach (var member in Members(type))
        {
            text.Append("  ").AppendLine(member);
        }
    }

    private static string Signature(MemberInfo member, NullabilityInfoContext nullability) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c, nullability)})",
        MethodInfo m => Method(m, nullability),
        PropertyInfo p => Property(p, nullability),
        FieldInfo f => Field(f, nullability),
        EventInfo e => $"{(e.AddMethod!.IsStatic ? "static " : string.Empty)}event {TypeName(e.EventHandlerType!, nullability.Create(e))} {e.Name}",
        Type t => $"nested {Header(t)}",
        _ => member.Name,
    };

    private static string Method(MethodInfo method, NullabilityInfoContext nullability)
    {
        var modifiers = Modifiers(method);
        var generic = method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(TypeName)) + ">" : string.Empty;
        var returns = TypeName(method.ReturnType, nullability.Create(method.ReturnParameter));
        return $"{modifiers}{returns} {method.Name}{generic}({Parameters(method, nullability)})";
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext nullability)
    {
        var accessor = property.GetMethod ?? property.SetMethod!;
        var indexer = property.GetIndexParameters();
        var name = indexer.Length == 0
            ? property.Name
            : $"this[{string.Join(", ", indexer.Select(p => Parameter(p, nullability)))}]";
        var get = property.GetMethod is { IsPublic: true } ? "get; " : string.Empty;
        var set = property.SetMethod is { IsPublic: true } setter ? (IsInitOnly(setter) ? "init; " : "set; ") : string.Empty;
        return $"{Modifiers(accessor)}{TypeName(property.PropertyType, nullability.Create(property))} {name} {{ {get}{set}}}";
    }

    private static string Field(FieldInfo field, NullabilityInfoContext nullability)
    {
        var modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
        return $"{modifiers}{TypeName(field.FieldType, nullability.Create(field))} {field.Name}{value}";
    }

    private static string Modifiers(MethodInfo method) =>
        method.IsStatic ? "static "
        : method.IsAbstract && !method.DeclaringType!.IsInterface ? "abstract "
        : method.IsVirtual && !method.IsFinal && !method.DeclaringType!.IsInterface ? (method.GetBaseDefinition() == method ? "virtual " : "override ")
        : string.Empty;

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability)
    {
        var parameters = method.GetParameters().Select(p => Parameter(p, nullability));
        var extension = method.IsDefined(typeof(ExtensionAttribute)) ? "this " : string.Empty;
        return extension + string.Join(", ", parameters);
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var modifier = parameter.ParameterType.IsByRef
            ? parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref "
            : parameter.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        var type = TypeName(parameter.ParameterType, nullability.Create(parameter));
        var value = !parameter.HasDefaultValue ? string.Empty
            : parameter.DefaultValue is null && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null ? " = default"
            : " = " + Literal(parameter.DefaultValue);
        return $"{modifier}{type} {parameter.Name}{value}";
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        char c => $"'{c}'",
        bool b => b ? "true" : "false",
        Enum e => $"{e.GetType().Name}.{e}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>A type's short name with its nullability annotations (<c>string?</c>, <c>List&lt;string?&gt;</c>).</summary>
    private static string TypeName(Type type, NullabilityInfo info)
    {
        if (type.IsByRef)
        {
            // The nullability of a by-ref parameter describes the referenced type.
            return TypeName(type.GetElementType()!, info);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        // A generic parameter's annotation depends on its constraints, which reflection reports loosely: left out.
        var annotation = !type.IsValueType && !type.IsGenericParameter && (info.ReadState == NullabilityState.Nullable || info.WriteState == NullabilityState.Nullable) ? "?" : string.Empty;
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, info.ElementType!) + "[]" + annotation;
        }

        if (type.IsGenericType && info.GenericTypeArguments.Length == type.GetGenericArguments().Length)
        {
            var arguments = type.GetGenericArguments().Select((t, i) => TypeName(t, info.GenericTypeArguments[i]));
            return $"{GenericName(type)}<{string.Join(", ", arguments)}>{annotation}";
        }

        return TypeName(type) + annotation;
    }

    private static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsGenericType)
        {
            return $"{GenericName(type)}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        return type.IsByRef ? TypeName(type.GetElementType()!) : type.Name;
    }

    private static string GenericName(Type type) => type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
}
