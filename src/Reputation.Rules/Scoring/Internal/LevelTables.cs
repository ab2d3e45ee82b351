using System.Collections.Immutable;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>A scheme's level table: ascending minimum scores, the first level having none.</summary>
internal sealed class LevelTable
{
    private readonly ImmutableArray<CreditLevel> _levels;

    public LevelTable(params (string Name, long Minimum)[] levels)
    {
        var builder = ImmutableArray.CreateBuilder<CreditLevel>(levels.Length);
        for (var i = 0; i < levels.Length; i++)
        {
            builder.Add(new CreditLevel(i, levels[i].Name, i == 0 ? null : levels[i].Minimum));
        }

        _levels = builder.MoveToImmutable();
    }

    public ImmutableArray<CreditLevel> Levels => _levels;

    public CreditLevel LevelOf(decimal score)
    {
        var index = 0;
        for (var i = 1; i < _levels.Length; i++)
        {
            if (score >= _levels[i].MinimumScore!.Value)
            {
                index = i;
            }
            else
            {
                break;
            }
        }

        return _levels[index];
    }

    /// <summary>The next level and the points (= counted positives) that reach it; null at the top.</summary>
    public NextLevel? NextOf(decimal score)
    {
        var current = LevelOf(score);
        if (current.Index + 1 >= _levels.Length)
        {
            return null;
        }

        var next = _levels[current.Index + 1];
        return new NextLevel(next, (long)(next.MinimumScore!.Value - score));
    }
}

/// <summary>The published level tables (docs/sources/credit-scores.md §1.5, §2.4, §3.2).</summary>
internal static class LevelTables
{
    /// <summary>
    /// Taobao levels 0–20: hearts 4–250, diamonds 251–10,000, crowns 10,001–500,000, gold crowns from 500,001
    /// (icon files b_red_1…b_crown_5; research §1.5).
    /// </summary>
    public static LevelTable Taobao { get; } = new(
        ("none", 0),
        ("1 heart", 4),
        ("2 hearts", 11),
        ("3 hearts", 41),
        ("4 hearts", 91),
        ("5 hearts", 151),
        ("1 diamond", 251),
        ("2 diamonds", 501),
        ("3 diamonds", 1_001),
        ("4 diamonds", 2_001),
        ("5 diamonds", 5_001),
        ("1 crown", 10_001),
        ("2 crowns", 20_001),
        ("3 crowns", 50_001),
        ("4 crowns", 100_001),
        ("5 crowns", 200_001),
        ("1 gold crown", 500_001),
        ("2 gold crowns", 1_000_001),
        ("3 gold crowns", 2_000_001),
        ("4 gold crowns", 5_000_001),
        ("5 gold crowns", 10_000_001));

    /// <summary>eBay star colours (FeedbackRatingStarCodeType; research §2.4).</summary>
    public static LevelTable Ebay { get; } = new(
        ("None", 0),
        ("Yellow", 10),
        ("Blue", 50),
        ("Turquoise", 100),
        ("Purple", 500),
        ("Red", 1_000),
        ("Green", 5_000),
        ("YellowShooting", 10_000),
        ("TurquoiseShooting", 25_000),
        ("PurpleShooting", 50_000),
        ("RedShooting", 100_000),
        ("GreenShooting", 500_000),
        ("SilverShooting", 1_000_000));

    /// <summary>AliExpress bands: medals 3–499, diamonds 500–19,999, crowns from 20,000 (research §3.2).</summary>
    public static LevelTable AliExpress { get; } = new(
        ("none", 0),
        ("medal", 3),
        ("diamond", 500),
        ("crown", 20_000));
}
