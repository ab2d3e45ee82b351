using System;

namespace Reputation.Rules.Reviews;

/// <summary>
/// The sources of the review-solicitation rules, as collected in docs/sources/review-solicitation.md (§0 rule
/// matrix and §13 sources). Items marked UNCONFIRMED there say so in their reference.
/// </summary>
internal static class ReviewCitations
{
    private const string FtcRule = "FTC Rule on Consumer Reviews and Testimonials, 16 CFR Part 465";

    public static Citation Ftc4654 { get; } = new(FtcRule, "§ 465.4 (buying positive or negative reviews)", new Uri("https://lexbuild.dev/ecfr/title-16/chapter-I/part-465/section-465.4"));

    public static Citation Ftc4652 { get; } = new(FtcRule, "§ 465.2 (fake or false reviews)", new Uri("https://www.govinfo.gov/content/pkg/FR-2024-08-22/html/2024-18519.htm"));

    public static Citation Ftc4657a { get; } = new(FtcRule, "§ 465.7(a) (review suppression by threats or intimidation)", new Uri("https://www.law.cornell.edu/cfr/text/16/465.7"));

    public static Citation Ftc2555 { get; } = new("FTC Endorsement Guides, 16 CFR Part 255", "§ 255.5 (disclosure of material connections)", new Uri("https://bclplaw.com/en-US/events-insights-news/part-3-what-the-ftcs-final-rule-means-for-incentivized-reviews.html"));

    public static Citation FtcGuide { get; } = new("FTC, Soliciting and Paying for Online Reviews: A Guide for Marketers", "2022", new Uri("https://www.ftc.gov/business-guidance/resources/soliciting-paying-online-reviews-guide-marketers"));

    public static Citation FtcAct { get; } = new("FTC Act", "15 U.S.C. § 45 (unfair or deceptive practices), per the FTC marketer guide", new Uri("https://www.ftc.gov/business-guidance/resources/soliciting-paying-online-reviews-guide-marketers"));

    public static Citation Crfa { get; } = new("Consumer Review Fairness Act", "15 U.S.C. § 45b", new Uri("https://danashultz.com/2017/02/06/consumer-review-protection-now-part-federal-law/"));

    public static Citation Tcpa { get; } = new("47 CFR 64.1200", "(c)(1) (no solicitation before 8 a.m. or after 9 p.m. local time)", new Uri("https://natlawreview.com/article/new-class-action-threat-tcpa-quiet-hours-and-marketing-messages"));

    public static Citation CheckerDefault { get; } = new("Reputation.Rules default (research notes §8)", "requests 08:00–21:00 buyer-local, at most 2 per order 72 h apart, not before delivery");

    public static Citation AmazonReviews { get; } = new("Amazon Seller Central, Customer product reviews policies", "G201972160", new Uri("https://sellercentral.amazon.com/gp/help/external/G201972160"));

    public static Citation AmazonProhibited { get; } = new("Amazon Seller Central, prohibited review activities", "E8SYAZUBGVFBHCH", new Uri("https://sellercentral.amazon.com/gp/help/external/help.html?itemID=E8SYAZUBGVFBHCH"));

    public static Citation AmazonSolicitationWindow { get; } = new("Amazon Selling Partner API, Solicitations", "5 days after delivery to 30 days after delivery", new Uri("https://developer-docs.amazon.com/sp-api/docs/set-up-the-solicitations-api"));

    public static Citation AmazonOnePerOrder { get; } = new("Amazon Selling Partner API, createProductReviewAndSellerFeedbackSolicitation", "one solicitation per order", new Uri("https://developer-docs.amazon.com/sp-api/reference/createproductreviewandsellerfeedbacksolicitation"));

    public static Citation AliExpressSeller { get; } = new("AliExpress seller rules (evaluation manipulation)", "inducing or coercing evaluations; official text UNCONFIRMED", new Uri("https://en.xiaoniucw.com/article/37983"));

    public static Citation AliExpressEvaluation { get; } = new("AliExpress evaluation rules (评价规则)", "evaluation window; UNCONFIRMED", new Uri("https://ssopdot.com/blog/39815.html"));

    public static Citation Ebay { get; } = new("eBay Feedback policies", "demanding positive Feedback; limited revision requests", new Uri("https://www.ebay.ie/help/policies/feedback-policies/feedback-policies?id=4208"));

    public static Citation Taobao { get; } = new("《淘宝网评价规范》 (Taobao evaluation rules)", "change effective 2021-12-28: no 好评返现, no asking for 好评, 修改评价 or 追加评价", new Uri("http://www.hbruiju.com/qzkx/show-76885.html"));

    public static Citation Samr95 { get; } = new("网络反不正当竞争暂行规定 (SAMR Interim Provisions on Anti-Unfair Competition on the Internet)", "Art. 9(5) (返现、红包、卡券 for 指定好评)", new Uri("https://laitimes.com/en/article/6tcaf_79okn.html"));

    public static Citation CnConsumerRegs9 { get; } = new("消费者权益保护法实施条例 (Consumer Rights Protection Law Implementing Regulations)", "Art. 9 (篡改、编造、隐匿用户评价)", new Uri("https://freezhihu.org/question/652353392/answer/66159c45790268bd0d028f79"));

    public static Citation CnEcommerce17 { get; } = new("电子商务法 (PRC E-Commerce Law)", "Art. 17 (编造用户评价)");

    public static Citation CnCivilCode1033 { get; } = new("民法典 (PRC Civil Code)", "Art. 1033 (no disturbing private life by phone, SMS, IM or email)", new Uri("http://www.hengjizhiye.com/qita/43804.html"));

    public static Citation EuUcpd23c { get; } = new("Directive 2005/29/EC (UCPD) as amended by Directive (EU) 2019/2161", "Annex I point 23c", new Uri("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02005L0029-20220528"));

    public static Citation EuGuidance { get; } = new("European Commission, Consumer Law Ready: consumer reviews", "manipulating reviews; requiring consumers to change or withdraw negative reviews", new Uri("https://campaign.consumerlawready.eu/consumer-reviews"));

    public static Citation UkDmcc13 { get; } = new("Digital Markets, Competition and Consumers Act 2024", "Sch. 20 para 13 (fake and concealed-incentive reviews)", new Uri("https://www.legislation.gov.uk/ukpga/2024/13/schedule/20"));

    public static Citation UkCma208 { get; } = new("CMA guidance on fake reviews (CMA208)", "review suppression and selective invitations", new Uri("https://thelens.slaughterandmay.com/post/102l6s8/cma-clarifies-expectations-on-consumer-reviews-but-uncertainties-remain"));
}
