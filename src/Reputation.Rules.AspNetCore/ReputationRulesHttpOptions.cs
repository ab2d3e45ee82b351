namespace Reputation.Rules.AspNetCore;

/// <summary>
/// Limits of the endpoints mapped by <c>MapReputationRules</c>. Configure with
/// <c>services.Configure&lt;ReputationRulesHttpOptions&gt;(o =&gt; …)</c>; read on every request.
/// </summary>
public sealed class ReputationRulesHttpOptions
{
    /// <summary>The default <see cref="MaxRequestBodyBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 16L * 1024 * 1024;

    /// <summary>The default <see cref="MaxItemBytes"/>: 1 MiB, the CLI's default <c>--max-line-bytes</c>.</summary>
    public const int DefaultMaxItemBytes = 1024 * 1024;

    /// <summary>
    /// The largest request body accepted, in bytes (1 to 1 GiB); a larger one is answered with
    /// <c>413 Payload Too Large</c>. It also raises or lowers the server's own limit for these endpoints.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>
    /// The largest single object (one array element or NDJSON line, or the whole single-object body), in UTF-8 bytes;
    /// a larger one is a <c>400</c> problem at its index, as the CLI's error line for a line over <c>--max-line-bytes</c>.
    /// </summary>
    public int MaxItemBytes { get; set; } = DefaultMaxItemBytes;

    /// <summary>The most problems listed in one <c>400</c> response (the rest are counted in its <c>detail</c>); default 100.</summary>
    public int MaxProblems { get; set; } = 100;
}
