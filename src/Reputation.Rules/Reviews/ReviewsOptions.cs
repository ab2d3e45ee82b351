using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Reviews;

/// <summary>
/// Settable configuration of a <see cref="SolicitationGuard"/>: the platform and law profiles (pre-filled with the
/// built-in ones, which you may edit, remove or add to), the fallback law profile, extra lexicon terms and custom rules.
/// The guard copies everything into immutable state when it is built.
/// </summary>
/// <remarks>This type is mutable and not thread-safe; configure it, then build a guard.</remarks>
public sealed class ReviewsOptions
{
    /// <summary>The platform profiles by name (case-insensitive).</summary>
    /// <value>The default value holds <c>amazon</c>, <c>aliexpress</c>, <c>ebay</c>, <c>taobao</c> and <c>own-site</c> (see <see cref="ReviewPlatformProfile.BuiltIn"/>).</value>
    public Dictionary<string, ReviewProfileOptions> Platforms { get; } =
        ReviewPlatformProfile.BuiltIn.ToDictionary(p => p.Name, ReviewProfileOptions.From, StringComparer.OrdinalIgnoreCase);

    /// <summary>The law profiles by name (case-insensitive); each lists the buyer markets it governs.</summary>
    /// <value>The default value holds <c>US</c>, <c>EU</c> (the 27 member states), <c>GB</c> and <c>CN</c> (see <see cref="ReviewLawProfile.BuiltIn"/>).</value>
    public Dictionary<string, ReviewProfileOptions> Laws { get; } =
        ReviewLawProfile.BuiltIn.ToDictionary(p => p.Name, ReviewProfileOptions.From, StringComparer.OrdinalIgnoreCase);

    /// <summary>The law profile for buyer markets no law profile lists.</summary>
    /// <value>The default value is <c>EU</c>.</value>
    public string FallbackLaw { get; set; } = "EU";

    /// <summary>Extra lexicon terms (new words, phrasings or languages), matched in the same pass as the built-in ones.</summary>
    /// <value>The default value is empty.</value>
    public List<ReviewTerm> AdditionalTerms { get; } = [];

    /// <summary>
    /// Paths of extra lexicon files in the built-in lexicon's tab-separated format (one term per line,
    /// <c>term&lt;TAB&gt;Concept|Concept&lt;TAB&gt;note</c>, <c>#</c> comments, <c>{a|b}</c> groups; see
    /// <see cref="ReviewTerm.ParseTsv"/>), matched in the same pass as the built-in terms. Each file is read once, when
    /// the guard is built; a relative path is resolved against the current directory. Lets you add terms without a
    /// release of this library.
    /// </summary>
    /// <value>The default value is empty.</value>
    public List<string> TermFiles { get; } = [];

    /// <summary>Whether the built-in English and Chinese lexicon is used (turn off only to test a lexicon of your own).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseBuiltInTerms { get; set; } = true;

    /// <summary>Every problem with these options, each as "Path.To.Field: what is wrong".</summary>
    /// <returns>The problems; empty when the options are valid.</returns>
    public IEnumerable<string> Validate() => Validate(null);

    /// <summary>
    /// Every problem with these options used together with <paramref name="customRules"/>, each as
    /// "Path.To.Field: what is wrong" — including severity overrides that name a rule that is neither built in nor
    /// among the custom rules, custom rules whose ids clash, and term files that are missing, unreadable or have a bad
    /// line ("TermFiles[i]: file(line): problem"; each file of <see cref="TermFiles"/> is read to check it).
    /// </summary>
    /// <param name="customRules">The custom rules the guard will run, or null for none.</param>
    /// <returns>The problems; empty when the options are valid.</returns>
    public IEnumerable<string> Validate(IEnumerable<ISolicitationRule>? customRules) => Validate(customRules, null);

    /// <summary>Validates the options and, when <paramref name="fileTerms"/> is not null, adds the terms of <see cref="TermFiles"/> to it.</summary>
    internal List<string> Validate(IEnumerable<ISolicitationRule>? customRules, List<ReviewTerm>? fileTerms)
    {
        var problems = ValidateProfilesAndRules(customRules).ToList();
        problems.AddRange(ReadTermFiles(fileTerms ?? []));
        return problems;
    }

    /// <summary>Reads every term file into <paramref name="terms"/>; returns the problems as "TermFiles[i]: file(line): problem".</summary>
    private List<string> ReadTermFiles(List<ReviewTerm> terms)
    {
        var problems = new List<string>();
        for (var i = 0; i < TermFiles.Count; i++)
        {
            var path = $"TermFiles[{i.ToString(CultureInfo.InvariantCulture)}]";
            var file = TermFiles[i];
            if (string.IsNullOrWhiteSpace(file))
            {
                problems.Add($"{path}: must name a file.");
                continue;
            }

            try
            {
                using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                terms.AddRange(LexiconFile.Read(reader, file));
            }
            catch (FormatException e)
            {
                problems.Add($"{path}: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
            {
                problems.Add($"{path}: {file}: cannot be read ({e.Message.TrimEnd('.')}).");
            }
        }

        return problems;
    }

    private IEnumerable<string> ValidateProfilesAndRules(IEnumerable<ISolicitationRule>? customRules)
    {
        if (Platforms.Count == 0)
        {
            yield return "Platforms: at least one platform profile is required.";
        }

        foreach (var (name, profile) in Platforms)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                yield return "Platforms: a profile name must not be blank.";
                continue;
            }

            if (profile is null)
            {
                yield return $"Platforms[{name}]: must not be null.";
                continue;
            }

            foreach (var problem in profile.Validate($"Platforms[{name}]", isLaw: false))
            {
                yield return problem;
            }
        }

        var governedBy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, profile) in Laws)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                yield return "Laws: a profile name must not be blank.";
                continue;
            }

            if (profile is null)
            {
                yield return $"Laws[{name}]: must not be null.";
                continue;
            }

            foreach (var problem in profile.Validate($"Laws[{name}]", isLaw: true))
            {
                yield return problem;
            }

            for (var i = 0; i < profile.Markets.Count; i++)
            {
                var market = profile.Markets[i];
                if (market is not null && governedBy.TryGetValue(market, out var other))
                {
                    yield return $"Laws[{name}].Markets[{i.ToString(CultureInfo.InvariantCulture)}]: '{market}' is already governed by law profile '{other}'.";
                }
                else if (market is not null)
                {
                    governedBy[market] = name;
                }
            }
        }

        if (string.IsNullOrWhiteSpace(FallbackLaw))
        {
            yield return "FallbackLaw: must name a law profile.";
        }
        else if (!Laws.ContainsKey(FallbackLaw))
        {
            yield return $"FallbackLaw: '{FallbackLaw}' is not one of the law profiles ({string.Join(", ", Laws.Keys.Order(StringComparer.Ordinal))}).";
        }

        for (var i = 0; i < AdditionalTerms.Count; i++)
        {
            if (AdditionalTerms[i] is null)
            {
                yield return $"AdditionalTerms[{i.ToString(CultureInfo.InvariantCulture)}]: must not be null.";
            }
        }

        if (!UseBuiltInTerms && AdditionalTerms.Count == 0 && TermFiles.Count == 0)
        {
            yield return "AdditionalTerms: with UseBuiltInTerms off, at least one term (or one of TermFiles) is required.";
        }

        var ids = new HashSet<RuleId>(ReviewRuleDescriptors.All.Select(r => r.Id));
        var custom = customRules?.ToList() ?? [];
        for (var i = 0; i < custom.Count; i++)
        {
            var path = $"customRules[{i.ToString(CultureInfo.InvariantCulture)}]";
            var rule = custom[i];
            if (rule is null)
            {
                yield return $"{path}: must not be null.";
                continue;
            }

            var descriptor = rule.Descriptor;
            if (descriptor is null)
            {
                yield return $"{path}.Descriptor: must not be null.";
            }
            else if (!ids.Add(descriptor.Id))
            {
                yield return $"{path}.Descriptor.Id: '{descriptor.Id}' is already used by another rule.";
            }
        }

        foreach (var (kind, profiles) in new[] { ("Platforms", Platforms), ("Laws", Laws) })
        {
            foreach (var (name, profile) in profiles)
            {
                foreach (var id in profile?.Severities.Keys ?? (IEnumerable<string>)[])
                {
                    if (RuleId.IsValid(id) && !ids.Contains(new RuleId(id)))
                    {
                        yield return $"{kind}[{name}].Severities[{id}]: '{id}' is not a known review rule (built-in or custom).";
                    }
                }
            }
        }
    }
}
