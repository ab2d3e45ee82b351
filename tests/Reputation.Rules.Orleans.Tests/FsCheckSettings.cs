using Reputation.Rules.Testing;

// Every [Property] in this assembly replays the same fixed seed unless FSCHECK_REPLAY says otherwise (docs/testing.md).
[assembly: ReplayableProperties]
