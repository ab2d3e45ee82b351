using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reputation.Rules.Delivery;

/// <summary>The output format of a product-page delivery table.</summary>
public enum ProductTableFormat
{
    /// <summary>A Markdown table.</summary>
    Markdown = 0,

    /// <summary>An HTML <c>&lt;table&gt;</c> (text HTML-encoded).</summary>
    Html = 1,

    /// <summary>A JSON document: <c>{"origin","language","rows":[{"destination","method","handlingDays","transitMin","transitMax","transitUnit","text"}]}</c>.</summary>
    Json = 2,
}

/// <summary>
/// The "arrives in X–Y working days" table for a product page: for one origin, one row per (destination, method) of a
/// promise table, in English (<c>en</c>) or Chinese (<c>zh</c>). X and Y add handling to transit when both are
/// working days; with calendar-day transit the handling is named separately.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static class ProductPageTable
{
    private static readonly FrozenDictionary<string, string> ChineseMarkets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AE"] = "阿联酋", ["AU"] = "澳大利亚", ["BR"] = "巴西", ["CA"] = "加拿大", ["CN"] = "中国", ["DE"] = "德国",
        ["ES"] = "西班牙", ["FR"] = "法国", ["GB"] = "英国", ["HK"] = "中国香港", ["IT"] = "意大利", ["JP"] = "日本",
        ["KR"] = "韩国", ["MX"] = "墨西哥", ["NL"] = "荷兰", ["PL"] = "波兰", ["RU"] = "俄罗斯", ["SA"] = "沙特阿拉伯",
        ["TW"] = "中国台湾", ["US"] = "美国",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ChineseMethods = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["postal"] = "邮政经济", ["standard"] = "标准物流", ["express"] = "快递",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Renders the table.</summary>
    /// <param name="table">The promise table.</param>
    /// <param name="origin">The market the product ships from.</param>
    /// <param name="destinations">The destinations, in row order.</param>
    /// <param name="methods">The methods, in row order within a destination.</param>
    /// <param name="format">Markdown, HTML or JSON.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>.</param>
    /// <returns>The rendered table; a (destination, method) without a promise is left out.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not <c>en</c> or <c>zh</c>.</exception>
    public static string Render(DeliveryPromiseTable table, CountryCode origin, IEnumerable<CountryCode> destinations, IEnumerable<string> methods, ProductTableFormat format, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destinations);
        ArgumentNullException.ThrowIfNull(methods);
        var zh = language switch
        {
            "en" => false,
            "zh" => true,
            _ => throw new ArgumentException("language: must be 'en' or 'zh'.", nameof(language)),
        };
        var methodList = methods.ToList();
        var rows = new List<(CountryCode Destination, string Method, DeliveryPromise Promise)>();
        foreach (var destination in destinations)
        {
            foreach (var method in methodList)
            {
                if (table.Find(origin, destination, method) is { } promise)
                {
                    rows.Add((destination, method, promise));
                }
            }
        }

        return format switch
        {
            ProductTableFormat.Markdown => Markdown(rows, zh),
            ProductTableFormat.Html => Html(rows, zh),
            ProductTableFormat.Json => Json(rows, origin, zh),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "format: must be Markdown, Html or Json."),
        };
    }

    /// <summary>The arrival text of one promise, e.g. <c>arrives in 11–21 working days</c> or <c>预计 11–21 个工作日送达</c>.</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="promise"/> is null.</exception>
    public static string ArrivalText(DeliveryPromise promise, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(promise);
        var zh = string.Equals(language, "zh", StringComparison.Ordinal);
        var h = promise.HandlingDays;
        if (promise.TransitUnit == TransitUnit.Working)
        {
            var range = Range(h + promise.TransitMin, h + promise.TransitMax);
            return zh ? $"预计 {range} 个工作日送达" : $"arrives in {range} working days";
        }

        var days = Range(promise.TransitMin, promise.TransitMax);
        return zh
            ? string.Create(CultureInfo.InvariantCulture, $"{h} 个工作日内发货，发货后预计 {days} 天送达")
            : string.Create(CultureInfo.InvariantCulture, $"ships within {h} working day{(h == 1 ? string.Empty : "s")}, then arrives in {days} days");
    }

    private static string Range(int min, int max) =>
        min == max ? min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{min}–{max}");

    private static string MarketName(CountryCode market, bool zh)
    {
        if (zh)
        {
            return ChineseMarkets.TryGetValue(market.Value, out var name) ? name : market.Value;
        }

        try
        {
            return new RegionInfo(market.Value).EnglishName;
        }
        catch (ArgumentException)
        {
            return market.Value;
        }
    }

    private static string MethodName(string method, bool zh) =>
        zh && ChineseMethods.TryGetValue(method, out var name) ? name : method;

    private static string[] Headers(bool zh) => zh ? ["目的地", "物流方式", "预计送达"] : ["Destination", "Shipping method", "Estimated delivery"];

    private static string Markdown(List<(CountryCode Destination, string Method, DeliveryPromise Promise)> rows, bool zh)
    {
        var text = new StringBuilder();
        var headers = Headers(zh);
        text.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n|---|---|---|\n");
        foreach (var (destination, method, promise) in rows)
        {
            text.Append("| ").Append(Cell(MarketName(destination, zh))).Append(" | ").Append(Cell(MethodName(method, zh)))
                .Append(" | ").Append(Cell(ArrivalText(promise, zh ? "zh" : "en"))).Append(" |\n");
        }

        return text.ToString();

        static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static string Html(List<(CountryCode Destination, string Method, DeliveryPromise Promise)> rows, bool zh)
    {
        var text = new StringBuilder();
        text.Append("<table>\n<thead><tr>");
        foreach (var header in Headers(zh))
        {
            text.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        text.Append("</tr></thead>\n<tbody>\n");
        foreach (var (destination, method, promise) in rows)
        {
            text.Append("<tr><td>").Append(WebUtility.HtmlEncode(MarketName(destination, zh)))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(MethodName(method, zh)))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(ArrivalText(promise, zh ? "zh" : "en"))).Append("</td></tr>\n");
        }

        text.Append("</tbody>\n</table>\n");
        return text.ToString();
    }

    private static string Json(List<(CountryCode Destination, string Method, DeliveryPromise Promise)> rows, CountryCode origin, bool zh)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("origin", origin.Value);
            writer.WriteString("language", zh ? "zh" : "en");
            writer.WriteStartArray("rows");
            foreach (var (destination, method, promise) in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("destination", destination.Value);
                writer.WriteString("destinationName", MarketName(destination, zh));
                writer.WriteString("method", method);
                writer.WriteString("methodName", MethodName(method, zh));
                writer.WriteNumber("handlingDays", promise.HandlingDays);
                writer.WriteNumber("transitMin", promise.TransitMin);
                writer.WriteNumber("transitMax", promise.TransitMax);
                writer.WriteString("transitUnit", DeliveryWireNames.Of(promise.TransitUnit));
                writer.WriteString("text", ArrivalText(promise, zh ? "zh" : "en"));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
