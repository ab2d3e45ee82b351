using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Reputation.Rules.Testing;

/// <summary>The metadata references documentation snippets compile against: the runtime's assemblies and the test's own.</summary>
internal static class SnippetReferences
{
    private static readonly Lazy<MetadataReference[]> Lazy = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First());
        return [.. paths.Select(p => MetadataReference.CreateFromFile(p))];
    });

    /// <summary>The references, loaded once.</summary>
    public static MetadataReference[] All => Lazy.Value;
}
