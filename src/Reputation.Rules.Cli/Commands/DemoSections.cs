using System;
using System.Collections.Immutable;
using Reputation.Rules.Cli.Infrastructure;

namespace Reputation.Rules.Cli.Commands;

/// <summary>One part of the demo (one engine).</summary>
internal sealed record DemoSection(string Title, Action<CliContext> Run);

/// <summary>The demo's sections, in order; each engine contributes one.</summary>
internal static class DemoSections
{
    public static ImmutableArray<DemoSection> All { get; } =
    [
        CalendarDemo.Section,
        ReturnsDemo.Section,
        ReviewsDemo.Section,
        ScoringDemo.Section,
        FeedbackDemo.Section,
    ];
}
