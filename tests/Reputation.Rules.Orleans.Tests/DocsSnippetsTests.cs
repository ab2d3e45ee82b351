using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Orleans.Tests;

/// <summary>
/// Every <c>```csharp orleans</c> block in README.md and docs/*.md (the library's docs test compiles plain
/// <c>```csharp</c> blocks, without Orleans), and every <c>```csharp</c> block of the package readme, compiles as a
/// console program with the package, Orleans and the generic host, and the SDK's implicit usings plus Orleans' and ours.
/// </summary>
public sealed class DocsSnippetsTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading.Tasks;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using NodaTime;
        global using Orleans;
        global using Orleans.Hosting;
        global using Reputation.Rules.Orleans;
        global using Reputation.Rules.Scoring;
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

    [Fact]
    public void The_orleans_doc_and_the_package_readme_have_snippets()
    {
        Assert.Contains(AllSnippets(), s => s.File == Path.Combine("docs", "orleans.md"));
        Assert.Contains(AllSnippets(), s => s.File.EndsWith("PACKAGE.md", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles(string file, int index)
    {
        var code = AllSnippets().Single(s => s.File == file && s.Index == index).Code;
        var errors = PackageSnippets.Errors("OrleansSnippet", ImplicitUsings, code, file, index, TestContext.Current.CancellationToken);
        Assert.True(errors.Count == 0, $"{file} snippet #{index} does not compile:\n{string.Join("\n", errors)}\n---\n{code}");
    }

    private static List<(string File, int Index, string Code)> AllSnippets() => PackageSnippets.Find("orleans", "Reputation.Rules.Orleans");
}
