using System;
using System.IO;

namespace Reputation.Rules.Testing;

/// <summary>Finds the repository root (the folder with Reputation.Rules.sln) and ../shared beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>The repository's own copy of a labelled example file (<c>examples/</c>).</summary>
    public static string Example(string fileName) => Path.Combine(Root, "examples", fileName);

    /// <summary>
    /// Every copy of an example file to check: the repository's own, plus the one in ../shared/examples when that folder
    /// sits beside the repository and its copy differs (an extra check; the repository alone is enough).
    /// </summary>
    public static string[] ExampleCopies(string fileName)
    {
        var own = Example(fileName);
        if (Shared is { } shared && File.Exists(Path.Combine(shared, "examples", fileName)))
        {
            var other = Path.Combine(shared, "examples", fileName);
            if (File.ReadAllText(other) != File.ReadAllText(own))
            {
                return [own, other];
            }
        }

        return [own];
    }

    /// <summary>The non-blank lines of every copy of a JSON-Lines example file, each line once.</summary>
    public static string[] ExampleLines(string fileName)
    {
        var lines = new System.Collections.Generic.List<string>();
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var path in ExampleCopies(fileName))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (!string.IsNullOrWhiteSpace(line) && seen.Add(line))
                {
                    lines.Add(line);
                }
            }
        }

        return [.. lines];
    }

    /// <summary>../shared (examples and research), or null when it is not beside the repository.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Reputation.Rules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Reputation.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
