using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Docs;

/// <summary>
/// Every ```csharp block in README.md and docs/*.md compiles against the library. Blocks with statements compile
/// as a program; a small prelude provides the variables documentation snippets assume (<c>builder</c>,
/// <c>services</c>, <c>configuration</c>). Blocks fenced as ```text or ```json are not compiled.
/// </summary>
public sealed class DocsSnippetsTests
{
    private const string Prelude = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using NodaTime;
        global using static DocsPrelude;

        public static class DocsPrelude
        {
            public static HostApplicationBuilder builder { get; } = Host.CreateApplicationBuilder();
            public static IServiceCollection services { get; } = new ServiceCollection();
            public static IConfiguration configuration { get; } = new ConfigurationBuilder().Build();
        }
        """;


    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, index, _) in AllSnippets())
        {
            data.Add(file, index);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles(string file, int index)
    {
        var code = AllSnippets().Single(s => s.File == file && s.Index == index).Code;
        var libraryNamespaces = typeof(RuleCatalog).Assembly.GetExportedTypes().Select(t => t.Namespace!).Distinct().Order()
            .Select(n => $"global using {n};");
        var token = TestContext.Current.CancellationToken;
        var prelude = CSharpSyntaxTree.ParseText(string.Join("\n", libraryNamespaces) + "\n" + Prelude, Options(), cancellationToken: token);
        var snippet = CSharpSyntaxTree.ParseText(code, Options(), path: $"{file}#{index}", cancellationToken: token);
        var hasStatements = snippet.GetRoot(token).DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "DocsSnippet",
            [prelude, snippet],
            SnippetReferences.All,
            new CSharpCompilationOptions(hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics(token).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{file} snippet #{index} does not compile:\n{string.Join("\n", errors)}\n---\n{code}");
    }

    private static CSharpParseOptions Options() => new(LanguageVersion.Latest);

    private static IEnumerable<(string File, int Index, string Code)> AllSnippets()
    {
        var files = new[] { Path.Combine(RepoPaths.Root, "README.md") }
            .Concat(Directory.GetFiles(RepoPaths.Docs, "*.md").Order(StringComparer.Ordinal));
        foreach (var path in files)
        {
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var index = 0;
            foreach (Match m in Regex.Matches(text, "^```csharp\\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                yield return (Path.GetRelativePath(RepoPaths.Root, path), index++, m.Groups[1].Value);
            }
        }
    }
}
