using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

namespace Reputation.Rules;

/// <summary>
/// Binds <see cref="ReputationRulesOptions"/> from configuration without letting the binder throw. A value the binder
/// cannot convert (an unknown enum name such as <c>Representative: "Latest"</c>, text where a number belongs) becomes a
/// problem recorded on the options, reported by validation together with every other problem as one
/// <c>OptionsValidationException</c>. Every such value is found, not only the first: after one fails, binding is tried
/// again on a scratch instance without it; the options are then bound from the values that convert.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static partial class ConfigurationBinding
{
    /// <summary>At most this many unconvertible values are reported (each costs one more binding attempt).</summary>
    private const int MaxProblems = 50;

    /// <summary>The enums options use, by full name, for listing their names in a problem.</summary>
    private static readonly Dictionary<string, string[]> EnumNames = new(StringComparer.Ordinal)
    {
        [typeof(ScoringScheme).FullName!] = Enum.GetNames<ScoringScheme>(),
        [typeof(AliExpressRepresentative).FullName!] = Enum.GetNames<AliExpressRepresentative>(),
        [typeof(SolicitationDecision).FullName!] = Enum.GetNames<SolicitationDecision>(),
        [typeof(ReviewConcepts).FullName!] = Enum.GetNames<ReviewConcepts>(),
        [typeof(Returns.LawDayCounting).FullName!] = Enum.GetNames<Returns.LawDayCounting>(),
        [typeof(Returns.LawRefundClockStart).FullName!] = Enum.GetNames<Returns.LawRefundClockStart>(),
        [typeof(Returns.LawDeductionRule).FullName!] = Enum.GetNames<Returns.LawDeductionRule>(),
    };

    public static void Bind(IConfiguration configuration, ReputationRulesOptions options)
    {
        // A trial on a scratch instance first: the binder stops at the first bad value and leaves its target half-bound
        // (lists appended to), so the real options are bound only once, from values that are known to convert.
        var failure = TryBind(configuration);
        if (failure is null)
        {
            configuration.Bind(options);
            return;
        }

        var prefix = configuration is IConfigurationSection section && section.Path.Length > 0 ? section.Path + ":" : string.Empty;
        var values = configuration.AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        var remaining = new DictionaryConfiguration(values, string.Empty);
        while (failure is not null)
        {
            var path = PathOf(failure.Message, prefix);
            if (path is null || options.BindingProblems.Count >= MaxProblems || !values.Remove(path, out var value))
            {
                options.BindingProblems.Add("Configuration: " + failure.Message);
                return; // cannot tell which value failed: report the binder's own words and bind nothing
            }

            options.BindingProblems.Add(Describe(path, value, TypeOf(failure.Message)));
            failure = TryBind(remaining);
        }

        // Bind everything else, so that validation reports its problems (ranges, unknown rule ids…) in the same list.
        remaining.Bind(options);
    }

    private static InvalidOperationException? TryBind(IConfiguration configuration)
    {
        try
        {
            configuration.Bind(new ReputationRulesOptions());
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }
    }

    /// <summary>The key (relative to the bound section) named in a binder message such as "… at 'A:B' to type 'T'.".</summary>
    private static string? PathOf(string message, string prefix)
    {
        var match = BinderMessage().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var path = match.Groups["path"].Value;
        return path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? path[prefix.Length..] : path;
    }

    private static string? TypeOf(string message)
    {
        var match = BinderMessage().Match(message);
        return match.Success ? match.Groups["type"].Value : null;
    }

    private static string Describe(string path, string? value, string? type)
    {
        var name = path.Replace(':', '.');
        var shown = value is null ? "null" : "'" + (value.Length <= 100 ? value : value[..100] + "…") + "'";
        if (type is not null)
        {
            var underlying = type.StartsWith("System.Nullable`1[[", StringComparison.Ordinal) ? type["System.Nullable`1[[".Length..].Split(',')[0] : type;
            if (EnumNames.TryGetValue(underlying, out var names))
            {
                return $"{name}: {shown} is not one of {string.Join(", ", names)}.";
            }

            var expected = underlying switch
            {
                "System.Int32" or "System.Int64" => "a whole number",
                "System.Decimal" or "System.Double" => "a number (such as 12.5)",
                "System.Boolean" => "true or false",
                _ => "a " + underlying[(underlying.LastIndexOf('.') + 1)..],
            };
            return $"{name}: {shown} is not {expected}.";
        }

        return $"{name}: {shown} could not be read.";
    }

    [GeneratedRegex(@"at '(?<path>[^']*)' to type '(?<type>[^']*)'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BinderMessage();
}

/// <summary>A read-only configuration over flat keys (<c>A:B:C</c>), for binding attempts on a copy of the values.</summary>
internal sealed class DictionaryConfiguration(Dictionary<string, string?> values, string path) : IConfigurationSection
{
    public string Key => path[(path.LastIndexOf(':') + 1)..];

    public string Path => path;

    public string? Value
    {
        get => path.Length == 0 ? null : values.GetValueOrDefault(path);
        set => throw new NotSupportedException("This configuration is read-only.");
    }

    public string? this[string key]
    {
        get => values.GetValueOrDefault(Combine(key));
        set => throw new NotSupportedException("This configuration is read-only.");
    }

    public IConfigurationSection GetSection(string key) => new DictionaryConfiguration(values, Combine(key));

    public IEnumerable<IConfigurationSection> GetChildren()
    {
        var prefix = path.Length == 0 ? string.Empty : path + ":";
        return values.Keys
            .Where(k => k.Length > prefix.Length && k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(k => k[prefix.Length..].Split(':')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(ConfigurationKeyComparer.Instance) // as configuration providers do: list items keep their index order
            .Select(segment => new DictionaryConfiguration(values, prefix + segment))
            .ToList();
    }

    public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);

    private string Combine(string key) => path.Length == 0 ? key : path + ":" + key;
}
