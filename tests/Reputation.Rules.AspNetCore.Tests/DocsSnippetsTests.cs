using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>
/// Every <c>```csharp web</c> block in README.md and docs/*.md (the library's docs test compiles plain <c>```csharp</c>
/// blocks, without ASP.NET Core), and every <c>```csharp</c> block of the package readme, compiles as a
/// <c>dotnet new web</c> program: the ASP.NET Core shared framework, the package, and the web SDK's implicit usings.
/// </summary>
public sealed class DocsSnippetsTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
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
    public void The_aspnetcore_doc_has_web_snippets()
    {
        Assert.True(AllSnippets().Count(s => s.File == Path.Combine("docs", "aspnetcore.md")) >= 5);
        Assert.Contains(AllSnippets(), s => s.File.EndsWith("PACKAGE.md", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles(string file, int index)
    {
        var code = AllSnippets().Single(s => s.File == file && s.Index == index).Code;
        var errors = PackageSnippets.Errors("WebSnippet", ImplicitUsings, code, file, index, TestContext.Current.CancellationToken);
        Assert.True(errors.Count == 0, $"{file} snippet #{index} does not compile:\n{string.Join("\n", errors)}\n---\n{code}");
    }

    private static List<(string File, int Index, string Code)> AllSnippets() => PackageSnippets.Find("web", "Reputation.Rules.AspNetCore");
}
