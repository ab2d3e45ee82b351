using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary>The real executable with its real standard streams: buffered output that still keeps pace with interactive input.</summary>
public sealed class ProcessTests
{
    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reputation-rules.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start reputation-rules");
    }

    [Fact]
    public async Task Each_result_is_written_before_the_next_line_arrives()
    {
        using var process = Start("reviews", "check");
        var timeout = TestContext.Current.CancellationToken;
        await process.StandardInput.WriteLineAsync(Samples.Message.AsMemory(), timeout);
        await process.StandardInput.FlushAsync(timeout);
        var first = await process.StandardOutput.ReadLineAsync(timeout).AsTask().WaitAsync(TimeSpan.FromSeconds(30), timeout);
        Assert.Contains("\"decision\":\"block\"", first);

        await process.StandardInput.WriteLineAsync("not json".AsMemory(), timeout);
        await process.StandardInput.FlushAsync(timeout);
        var second = await process.StandardOutput.ReadLineAsync(timeout).AsTask().WaitAsync(TimeSpan.FromSeconds(30), timeout);
        Assert.StartsWith("{\"line\":2,\"id\":null,\"error\":\"$: not valid JSON", second);

        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout);
        Assert.Equal(2, process.ExitCode);
        Assert.Equal(string.Empty, await process.StandardError.ReadToEndAsync(timeout));
    }

    [Fact]
    public async Task Everything_buffered_is_written_at_exit_and_errors_are_one_line()
    {
        using var process = Start("calendar", "add", "--market", "CN", "--from", "2026-09-30", "--days", "abc");
        var timeout = TestContext.Current.CancellationToken;
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync(timeout);
        await process.WaitForExitAsync(timeout);
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("error: --days: must be a whole number (0 or more), got 'abc'.", error.TrimEnd());

        using var ok = Start("calendar", "add", "--market", "CN", "--from", "2026-09-30", "--days", "5");
        ok.StandardInput.Close();
        Assert.Equal("2026-10-13", (await ok.StandardOutput.ReadToEndAsync(timeout)).TrimEnd());
        await ok.WaitForExitAsync(timeout);
        Assert.Equal(0, ok.ExitCode);
    }
}
