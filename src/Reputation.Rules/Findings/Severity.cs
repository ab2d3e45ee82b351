namespace Reputation.Rules;

/// <summary>How serious a <see cref="Finding"/> is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Violation"/>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong (for example a deadline counted without holiday data).</summary>
    Info = 0,

    /// <summary>At risk or questionable; act before it becomes a violation.</summary>
    Warning = 1,

    /// <summary>Breaks a law, a marketplace rule or the seller's own promise.</summary>
    Violation = 2,
}
