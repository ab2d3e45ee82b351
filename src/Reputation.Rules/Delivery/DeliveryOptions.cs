using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Reputation.Rules.Delivery;

/// <summary>
/// Options for the delivery engine: follow-up thresholds per shipping method, the promise table and the weekly
/// report's targets.
/// </summary>
/// <remarks>Bound from the <c>ReputationRules:Delivery</c> configuration section. Not thread-safe while being configured.</remarks>
public sealed class DeliveryOptions
{
    /// <summary>
    /// Follow-up thresholds per shipping method (ordinal, case-sensitive names).
    /// </summary>
    /// <value>The default value holds <c>postal</c> (stalled after 7 days), <c>standard</c> (5) and <c>express</c> (3), each at-risk 2 working days and no-tracking 2 days.</value>
    [Required]
    public Dictionary<string, DeliveryMethodOptions> Methods { get; set; } = new(StringComparer.Ordinal)
    {
        ["postal"] = new() { StalledDays = 7, RevisedEstimateWorkingDays = 10 },
        ["standard"] = new() { StalledDays = 5, RevisedEstimateWorkingDays = 7 },
        ["express"] = new() { StalledDays = 3, RevisedEstimateWorkingDays = 3 },
    };

    /// <summary>The thresholds of a method not listed in <see cref="Methods"/>.</summary>
    /// <value>The default value is stalled after 3 days (the strictest built-in method: a buyer hears of a stuck parcel early), at-risk 2 working days, no-tracking 2 days.</value>
    [Required]
    public DeliveryMethodOptions DefaultMethod { get; set; } = new() { StalledDays = 3, RevisedEstimateWorkingDays = 7 };

    /// <summary>The promise table: shipments without an inline promise look theirs up by (origin, destination, method).</summary>
    /// <value>The default value is empty.</value>
    [Required]
    public List<DeliveryPromiseOptions> Promises { get; set; } = [];

    /// <summary>The weekly report's late-delivery target: the rate must be below it (Amazon's late shipment rate target is under 4 %).</summary>
    /// <value>The default value is 0.04.</value>
    public decimal MaxLateDeliveryRate { get; set; } = 0.04m;

    /// <summary>The weekly report's valid-tracking target: the rate must be above it (Amazon's valid tracking rate target is above 95 %).</summary>
    /// <value>The default value is 0.95.</value>
    public decimal MinValidTrackingRate { get; set; } = 0.95m;

    /// <summary>The thresholds for <paramref name="method"/>: its entry in <see cref="Methods"/>, else <see cref="DefaultMethod"/>.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The thresholds.</returns>
    public DeliveryMethodOptions ForMethod(string method) =>
        method is not null && Methods.TryGetValue(method, out var options) && options is not null ? options : DefaultMethod;

    /// <summary>Every problem with these options, each as <c>Path.To.Field: what is wrong</c>.</summary>
    /// <param name="path">The path of this section.</param>
    /// <returns>The problems; empty when valid.</returns>
    public IEnumerable<string> Validate(string path = "Delivery")
    {
        if (Methods is null)
        {
            yield return $"{path}.Methods: must not be null.";
        }
        else
        {
            foreach (var (name, method) in Methods)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    yield return $"{path}.Methods: a method name must not be blank.";
                }
                else if (method is null)
                {
                    yield return $"{path}.Methods.{name}: must not be null.";
                }
                else
                {
                    foreach (var problem in method.Validate($"{path}.Methods.{name}"))
                    {
                        yield return problem;
                    }
                }
            }
        }

        if (DefaultMethod is null)
        {
            yield return $"{path}.DefaultMethod: must not be null.";
        }
        else
        {
            foreach (var problem in DefaultMethod.Validate($"{path}.DefaultMethod"))
            {
                yield return problem;
            }
        }

        if (Promises is null)
        {
            yield return $"{path}.Promises: must not be null.";
        }
        else
        {
            for (var i = 0; i < Promises.Count; i++)
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.Promises[{i}]");
                if (Promises[i] is null)
                {
                    yield return $"{itemPath}: must not be null.";
                    continue;
                }

                foreach (var problem in Promises[i].Validate(itemPath))
                {
                    yield return problem;
                }
            }
        }

        if (MaxLateDeliveryRate is < 0 or > 1)
        {
            yield return $"{path}.MaxLateDeliveryRate: must be from 0 to 1.";
        }

        if (MinValidTrackingRate is < 0 or > 1)
        {
            yield return $"{path}.MinValidTrackingRate: must be from 0 to 1.";
        }
    }
}

/// <summary>The follow-up thresholds of one shipping method.</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class DeliveryMethodOptions
{
    /// <summary>At-risk when the latest date is today or within this many destination working days (inclusive).</summary>
    /// <value>The default value is 2.</value>
    public int AtRiskWorkingDays { get; set; } = 2;

    /// <summary>Stalled when no carrier scan for more than this many days (elapsed time).</summary>
    /// <value>The default value is 5.</value>
    public int StalledDays { get; set; } = 5;

    /// <summary>No-tracking when shipped more than this many days ago (elapsed time) without a carrier scan.</summary>
    /// <value>The default value is 2.</value>
    public int NoTrackingDays { get; set; } = 2;

    /// <summary>A late or stalled notice's new estimate: this many destination working days after the as-of date.</summary>
    /// <value>The default value is 7.</value>
    public int RevisedEstimateWorkingDays { get; set; } = 7;

    /// <summary>Every problem with these options.</summary>
    /// <param name="path">The path of this section.</param>
    /// <returns>The problems; empty when valid.</returns>
    public IEnumerable<string> Validate(string path)
    {
        if (AtRiskWorkingDays is < 0 or > 60)
        {
            yield return $"{path}.AtRiskWorkingDays: must be from 0 to 60.";
        }

        if (StalledDays is < 1 or > 365)
        {
            yield return $"{path}.StalledDays: must be from 1 to 365.";
        }

        if (NoTrackingDays is < 1 or > 365)
        {
            yield return $"{path}.NoTrackingDays: must be from 1 to 365.";
        }

        if (RevisedEstimateWorkingDays is < 1 or > 365)
        {
            yield return $"{path}.RevisedEstimateWorkingDays: must be from 1 to 365.";
        }
    }
}

/// <summary>One row of a promise table in options: the key (origin, destination, method) and the promise.</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class DeliveryPromiseOptions
{
    /// <summary>The origin market code, e.g. <c>CN</c>.</summary>
    public string Origin { get; set; } = string.Empty;

    /// <summary>The destination market code, e.g. <c>DE</c>.</summary>
    public string Destination { get; set; } = string.Empty;

    /// <summary>The shipping method, e.g. <c>standard</c>.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>Handling time in origin working days.</summary>
    public int HandlingDays { get; set; }

    /// <summary>The shortest transit time.</summary>
    public int TransitMin { get; set; }

    /// <summary>The longest transit time.</summary>
    public int TransitMax { get; set; }

    /// <summary>How transit is counted.</summary>
    /// <value>The default value is <see cref="Delivery.TransitUnit.Working"/>.</value>
    public TransitUnit TransitUnit { get; set; } = TransitUnit.Working;

    /// <summary>The cut-off hour (0–23, origin local time), or null.</summary>
    public int? CutoffHour { get; set; }

    /// <summary>Every problem with this row.</summary>
    /// <param name="path">The path of this row.</param>
    /// <returns>The problems; empty when valid.</returns>
    public IEnumerable<string> Validate(string path)
    {
        if (!CountryCode.TryParse(Origin, out _))
        {
            yield return $"{path}.Origin: must be a market code such as CN.";
        }

        if (!CountryCode.TryParse(Destination, out _))
        {
            yield return $"{path}.Destination: must be a market code such as DE.";
        }

        if (string.IsNullOrWhiteSpace(Method))
        {
            yield return $"{path}.Method: must not be blank.";
        }

        string? promiseProblem = null;
        try
        {
            _ = ToPromise();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            var message = ex.Message.Split(Environment.NewLine)[0];
            var parameter = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            promiseProblem = parameter < 0 ? message : message[..parameter];
        }

        if (promiseProblem is not null)
        {
            yield return $"{path}.{char.ToUpperInvariant(promiseProblem[0])}{promiseProblem[1..]}";
        }
    }

    /// <summary>The promise this row holds.</summary>
    /// <returns>The promise.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public DeliveryPromise ToPromise() => new(HandlingDays, TransitMin, TransitMax, TransitUnit, CutoffHour);
}
