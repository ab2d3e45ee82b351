using System;
using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Reputation.Rules.Testing;

/// <summary>
/// Runs an FsCheck 3 property from an xunit test (FsCheck.Xunit is not available on our package source).
/// Deterministic by default: a fixed seed, overridable with the FSCHECK_SEED environment variable. A failure
/// throws with the seed to replay and FsCheck's original and shrunk counter-examples.
/// </summary>
internal static class PropertyCheck
{
    public const ulong DefaultSeed = 20261123UL;

    public static void Run(Property property, int maxTest = 300, ulong? seed = null)
    {
        ArgumentNullException.ThrowIfNull(property);
        var actualSeed = seed ?? SeedFromEnvironment() ?? DefaultSeed;
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(actualSeed), FSharpOption<int>.None)));
        try
        {
            Check.One(config, property);
        }
        catch (Exception ex) when (ex is not PropertyFailedException)
        {
            throw new PropertyFailedException(
                $"Property failed with seed {actualSeed} (replay: FSCHECK_SEED={actualSeed}).{Environment.NewLine}{ex.Message}", ex);
        }
    }

    private static ulong? SeedFromEnvironment() =>
        ulong.TryParse(Environment.GetEnvironmentVariable("FSCHECK_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : null;
}

/// <summary>A property did not hold; the message carries the seed and the shrunk counter-example.</summary>
internal sealed class PropertyFailedException : Exception
{
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public PropertyFailedException()
    {
    }

    public PropertyFailedException(string message)
        : base(message)
    {
    }
}
