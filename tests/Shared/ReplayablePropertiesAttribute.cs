using System;
using FsCheck.Xunit;

namespace Reputation.Rules.Testing;

#pragma warning disable xUnit3003 // Never on a test method: it only carries FsCheck settings for an assembly or a class, so it has no source position to report.

/// <summary>
/// The FsCheck settings every <c>[Property]</c> of a test assembly starts from (each test project applies it once, as
/// <c>[assembly: ReplayableProperties]</c>): a fixed replay seed, so CI and every machine run the same cases and a
/// failure reproduces as it was reported. FsCheck.Xunit.v3 reads an assembly-level <see cref="PropertiesAttribute"/>
/// and lets a class's <c>[Properties]</c> or a method's <c>[Property(Replay = …)]</c> override it.
/// <para>
/// The environment variable <c>FSCHECK_REPLAY</c> overrides the default for a run: <c>FSCHECK_REPLAY="(seed,gamma)"</c>
/// (as printed after "Falsifiable, after n tests", optionally with a third part, the size, to start at the failing
/// step) replays a reported failure; <c>FSCHECK_REPLAY=random</c> lets FsCheck choose a fresh seed per property to
/// explore new cases (a failure prints its seed). See docs/testing.md.
/// </para>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = false)]
internal sealed class ReplayablePropertiesAttribute : PropertiesAttribute
{
    /// <summary>
    /// The default seed: FsCheck's <c>Rnd(20261123)</c> written out with its gamma, the same cases the former
    /// PropertyCheck helper ran with its fixed seed 20261123.
    /// </summary>
    public const string DefaultReplay = "(20261123,11400714819323198485)";

    /// <summary>The name of the environment variable that overrides <see cref="DefaultReplay"/>.</summary>
    public const string ReplayVariable = "FSCHECK_REPLAY";

    public ReplayablePropertiesAttribute()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ReplayVariable)?.Trim();
        Replay = string.IsNullOrEmpty(fromEnvironment) ? DefaultReplay
            : string.Equals(fromEnvironment, "random", StringComparison.OrdinalIgnoreCase) ? null
            : fromEnvironment;
    }
}
