using System;
using System.Text.Json.Serialization;
using Reputation.Rules.Utility;

namespace Reputation.Rules;

/// <summary>
/// Where a rule comes from: an authority (a statute, a regulation, a platform policy) and a reference inside it,
/// for example ("EU Directive 2011/83/EU", "Art. 13(1)").
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.CitationJsonConverter))]
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="authority">The law, regulation or policy, e.g. <c>EU Directive 2011/83/EU</c>.</param>
    /// <param name="reference">The article, section or clause, e.g. <c>Art. 13(1)</c>; may be empty.</param>
    /// <param name="url">An optional public address of the text.</param>
    /// <exception cref="ArgumentException"><paramref name="authority"/> is null or blank, or <paramref name="url"/> is not absolute.</exception>
    public Citation(string authority, string reference, Uri? url = null)
    {
        Authority = Preconditions.NotNullOrWhiteSpace(authority, nameof(authority));
        Reference = reference ?? string.Empty;
        if (url is not null && !url.IsAbsoluteUri)
        {
            Preconditions.ThrowArgument(nameof(url), "must be an absolute URI.");
        }

        Url = url;
    }

    /// <summary>The law, regulation or policy.</summary>
    public string Authority { get; }

    /// <summary>The article, section or clause inside <see cref="Authority"/>; may be empty.</summary>
    public string Reference { get; }

    /// <summary>An optional public address of the text.</summary>
    public Uri? Url { get; }

    /// <summary>The citation as one line: <c>Authority Reference</c>.</summary>
    /// <returns>For example <c>EU Directive 2011/83/EU Art. 13(1)</c>.</returns>
    public override string ToString() => Reference.Length == 0 ? Authority : $"{Authority} {Reference}";
}
