using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.AspNetCore.Http;

/// <summary>
/// The problems of one request, keyed as the <c>errors</c> of a validation problem: the JSON path of each problem,
/// prefixed by the item's index for arrays and NDJSON (<c>[3].$.order.total</c>). Keeps at most a maximum, counts all.
/// </summary>
internal sealed class ProblemList(int max)
{
    private readonly Dictionary<string, List<string>> _errors = new(System.StringComparer.Ordinal);
    private int _listed;

    public int Count { get; private set; }

    public bool Any => Count > 0;

    /// <summary>The key prefix of item <paramref name="index"/>: empty for a single-object body.</summary>
    public static string Prefix(BodyShape shape, int index) =>
        shape == BodyShape.Object ? string.Empty : "[" + index.ToString(CultureInfo.InvariantCulture) + "].";

    public void Add(string key, string message)
    {
        Count++;
        if (_listed >= max)
        {
            return;
        }

        _listed++;
        if (!_errors.TryGetValue(key, out var messages))
        {
            _errors[key] = messages = [];
        }

        messages.Add(message);
    }

    public void Add(string prefix, JsonInputException exception)
    {
        foreach (var problem in exception.Problems)
        {
            Add(prefix + problem.Path, problem.Message);
        }
    }

    public Dictionary<string, string[]> ToErrors() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), System.StringComparer.Ordinal);

    public string Detail => Count > _listed
        ? string.Create(CultureInfo.InvariantCulture, $"{Count} problems; the first {_listed} are listed. Nothing was evaluated.")
        : Count == 1 ? "1 problem. Nothing was evaluated." : string.Create(CultureInfo.InvariantCulture, $"{Count} problems. Nothing was evaluated.");
}
