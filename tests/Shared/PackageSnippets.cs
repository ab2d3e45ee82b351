using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Reputation.Rules.Testing;

/// <summary>
/// The documentation snippets of a companion package: every <c>```csharp TAG</c> block in README.md and docs/*.md, and
/// every <c>```csharp</c> block of the package's PACKAGE.md, compiled as a console program with given implicit usings.
/// </summary>
internal static class PackageSnippets
{
    /// <summary>The snippets, in file order: README.md, docs/*.md (ordinal), then the package readme.</summary>
    public static List<(string File, int Index, string Code)> Find(string tag, string packageProject)
    {
        var result = new List<(string, int, string)>();
        var docs = new[] { Path.Combine(RepoPaths.Root, "README.md") }.Concat(Directory.GetFiles(RepoPaths.Docs, "*.md").Order(StringComparer.Ordinal));
        foreach (var path in docs)
        {
            Add(path, "^```csharp " + tag + "\\n(.*?)^```$");
        }

        Add(Path.Combine(RepoPaths.Root, "src", packageProject, "PACKAGE.md"), "^```csharp\\n(.*?)^```$");
        return result;

        void Add(string path, string pattern)
        {
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var index = 0;
            foreach (Match m in Regex.Matches(text, pattern, RegexOptions.Multiline | RegexOptions.Singleline))
            {
                result.Add((Path.GetRelativePath(RepoPaths.Root, path), index++, m.Groups[1].Value));
            }
        }
    }

    /// <summary>The compiler errors of one snippet, compiled with <paramref name="implicitUsings"/> against the test's references.</summary>
    public static List<Diagnostic> Errors(string assemblyName, string implicitUsings, string code, string file, int index, CancellationToken token)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(implicitUsings, options, cancellationToken: token), CSharpSyntaxTree.ParseText(code, options, path: $"{file}#{index}", cancellationToken: token)],
            SnippetReferences.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics(token).Where(d => d.Severity == DiagnosticSeverity.Error)];
    }
}
