using System;
using System.Collections.Generic;

namespace Reputation.Rules.Scoring;

/// <summary>
/// Everything <see cref="CreditScoreCalculator"/> can be configured with: the default scheme and each scheme's
/// conventions. Every default is the documented convention (docs/scoring.md, docs/sources/credit-scores.md).
/// </summary>
/// <remarks>
/// A mutable options bag for configuration binding: set it up, then hand it to <see cref="CreditScoreCalculator"/>,
/// which validates it and copies it into immutable state. Not thread-safe while being changed.
/// </remarks>
public sealed class ScoringOptions
{
    /// <summary>The scheme used when a caller does not name one.</summary>
    /// <value>The default value is <see cref="ScoringScheme.Composite"/>.</value>
    public ScoringScheme DefaultScheme { get; set; } = ScoringScheme.Composite;

    /// <summary>Taobao conventions.</summary>
    /// <value>The default value is a new <see cref="TaobaoSchemeOptions"/> with its documented defaults.</value>
    public TaobaoSchemeOptions Taobao { get; set; } = new();

    /// <summary>eBay conventions (also used by <see cref="ScoringScheme.EbayClassic"/> for nothing but its name).</summary>
    /// <value>The default value is a new <see cref="EbaySchemeOptions"/> with its documented defaults.</value>
    public EbaySchemeOptions Ebay { get; set; } = new();

    /// <summary>AliExpress conventions.</summary>
    /// <value>The default value is a new <see cref="AliExpressSchemeOptions"/> with its documented defaults.</value>
    public AliExpressSchemeOptions AliExpress { get; set; } = new();

    /// <summary>Amazon conventions.</summary>
    /// <value>The default value is a new <see cref="AmazonSchemeOptions"/> with its documented defaults.</value>
    public AmazonSchemeOptions Amazon { get; set; } = new();

    /// <summary>The composite score's parameters: half-life 180 days, prior weight 7, prior mean 0.625, z 1.96.</summary>
    /// <value>The default value is a new <see cref="CompositeSchemeOptions"/> with its documented defaults.</value>
    public CompositeSchemeOptions Composite { get; set; } = new();

    /// <summary>Lists every problem with these options, each as <c>Path.To.Field: what is wrong</c>.</summary>
    /// <returns>The problems; empty when the options are valid.</returns>
    public IEnumerable<string> Validate()
    {
        if (!Enum.IsDefined(DefaultScheme))
        {
            yield return $"{nameof(DefaultScheme)}: {DefaultScheme} is not a defined ScoringScheme.";
        }

        foreach (var problem in Nested(Taobao, nameof(Taobao), static (o, p) => o.Validate(p)))
        {
            yield return problem;
        }

        foreach (var problem in Nested(Ebay, nameof(Ebay), static (o, p) => o.Validate(p)))
        {
            yield return problem;
        }

        foreach (var problem in Nested(AliExpress, nameof(AliExpress), static (o, p) => o.Validate(p)))
        {
            yield return problem;
        }

        foreach (var problem in Nested(Amazon, nameof(Amazon), static (o, p) => o.Validate(p)))
        {
            yield return problem;
        }

        foreach (var problem in Nested(Composite, nameof(Composite), static (o, p) => o.Validate(p)))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> Nested<T>(T? options, string path, Func<T, string, IEnumerable<string>> validate)
        where T : class => options is null ? [$"{path}: must not be null."] : validate(options, path);
}
