using System.Collections.Generic;
using static Reputation.Rules.Reviews.ReviewConcepts;

namespace Reputation.Rules.Reviews.Text;

/// <summary>TEMPORARY: the lexicon as it was written in C#, kept only to prove that Lexicon/en.tsv and zh.tsv hold the same terms.</summary>
internal static class LegacyLexicon
{
    private const ReviewConcepts RP = Review | PositiveRating;
    private const ReviewConcepts RN = Review | NegativeRating;

    /// <summary>The terms as the C# code listed them, before the derivation pass.</summary>
    public static List<ReviewTerm> Terms()
    {
        var list = new List<ReviewTerm>(2048);
        void Add(ReviewConcepts concepts, params string[] terms)
        {
            foreach (var term in terms)
            {
                list.Add(new ReviewTerm(term, concepts));
            }
        }

        // ---- Review talk -------------------------------------------------------------------------------------------
        Add(Review, "review*", "feedback*", "rating", "ratings", "testimonial*", "star rating*", "your evaluation", "an evaluation", "leave evaluation", "appraise", "appraisal",
            "rate us", "rate me", "rate the", "rate your", "rate our", "rate this", "rate it", "rate my", "rate them", "rating us",
            "share your experience*", "share your thoughts", "share your opinion*", "share your impression*", "share your story",
            "tell us what you think", "tell us how", "tell us about your experience", "tell other buyers", "tell other customers",
            "let us know what you think", "let us know how", "let others know", "let other buyers know", "how did we do", "how we did",
            "how was your experience", "how was your purchase", "how was your order", "how do you like", "what you think of", "your thoughts",
            "your opinion", "your opinions", "your experience with", "your impression*", "leave a comment", "write a comment", "post a comment",
            "leave us a comment", "leave comments", "a few words about", "some stars", "a few stars", "a star", "give us a star", "thumbs up",
            "reviews", "product page", "review page", "feedback page", "feedback form", "review link", "feedback link");
        Add(Review, "评价", "评论", "晒图", "晒单", "分享体验", "分享使用体验", "分享您的体验", "分享你的体验", "说说感受", "谈谈感受", "买家秀", "打分",
            "评分", "星评", "留评", "点评", "写评", "评语", "使用感受", "使用心得", "心得", "评星", "带图评价", "图文评价", "评一下", "评个", "打个分", "星级");
        Add(Review | FollowUp, "追评", "追加评价", "追加评论", "追评晒图", "追加", "追一下评", "补个评", "follow-up review*", "follow up review*", "followup review*",
            "additional review*", "another review", "second review", "add a follow-up", "add a follow up", "add photos", "add a photo", "add pictures",
            "add some photos", "update with photos", "add to your review", "add to your feedback");

        // ---- Sentiment of the requested review ---------------------------------------------------------------------
        Add(RP, "5 star*", "five star*", "fivestar*", "4 star*", "four star*", "4 or 5 star*", "4 5 star*", "four or five star*", "full star*", "all star*",
            "full marks", "top marks", "top rating*", "highest rating*", "best rating*", "perfect rating*", "perfect score", "10/10", "5/5", "a+",
            "how great", "how much you love*", "how much you like*", "how much you enjoy*", "what you love*", "what you like*", "what you loved",
            "good word*", "kind words", "higher rating*", "better rating*", "higher score", "more stars", "extra star*", "add a star", "add stars",
            "thumbs up", "recommend us", "recommend our", "to positive", "to a positive", "into a positive", "into positive", "to a good one", "to 5",
            "to five", "to a 5", "up to 5", "to a five");
        Add(PositiveRating, "something positive", "something nice", "nice things", "good things", "positive words", "nice words", "sweet words");
        Add(RP, "好评", "五星", "5星", "五颗星", "5颗星", "全五星", "全5星", "满分", "五分", "5分", "全5分", "好评价", "满意的评价", "给个赞", "点赞", "五星好评",
            "夸夸", "夸一下", "好的评价", "优质评价", "带图好评", "默认好评", "高分", "5星好评", "全五星好评", "五星评价", "好评哦", "好评呦");
        Add(RN, "1 star*", "one star*", "2 star*", "two star*", "3 star*", "three star*", "1 or 2 star*", "low star*", "差评", "中评", "中差评", "一星", "1星",
            "两星", "二星", "2星", "三颗星", "3颗星", "低分", "负面评价", "不好的评价", "差的评价", "负评", "给差评", "打差评", "不好的评论");
        foreach (var adjective in new[]
                 {
                     "positive", "good", "great", "nice", "excellent", "glowing", "favorable", "favourable", "awesome", "amazing", "perfect", "stellar",
                     "rave", "raving", "shining", "outstanding", "wonderful", "fantastic", "high", "top", "best", "happy", "lovely", "brilliant",
                     "superb", "kind", "5 star", "five star", "4 star", "four star", "full star", "positive 5 star", "good 5 star", "great 5 star",
                     "neutral or positive", "positive or neutral", "good or neutral", "4 or 5 star", "4 5 star",
                 })
        {
            foreach (var noun in new[] { "review*", "feedback*", "rating*", "comment*", "testimonial*", "score*", "evaluation*", "appraise", "star*" })
            {
                Add(RP, adjective + " " + noun);
            }
        }

        foreach (var adjective in new[]
                 {
                     "negative", "bad", "poor", "low", "1 star", "one star", "2 star", "two star", "3 star", "three star", "critical",
                     "unfavorable", "unfavourable", "harsh", "terrible", "horrible", "angry", "nasty", "lower", "low star", "unfair", "mean",
                 })
        {
            foreach (var noun in new[] { "review*", "feedback*", "rating*", "comment*", "testimonial*", "score*", "evaluation*" })
            {
                Add(RN, adjective + " " + noun);
            }
        }

        Add(NegativeRating, "negative", "negatively");
        Add(RN, "anything negative", "something negative", "negative post*", "negative word*", "bad word*", "negative things", "negative about us");

        // Either/or and any-rating phrases neutralise sentiment in their clause.
        Add(AnyRating, "good or bad", "bad or good", "good or not", "positive or negative", "negative or positive", "any rating", "any star rating",
            "any kind", "of any kind", "all kinds of", "whatever your rating", "whatever rating", "whatever you think", "whatever your opinion",
            "whatever the rating", "regardless of rating", "regardless of the rating", "regardless of your rating", "regardless of whether",
            "no matter the rating", "no matter what rating", "no matter how many stars", "even if negative", "even a negative", "even negative",
            "even if it's negative", "even if it is negative", "even if critical", "positive negative or neutral", "1 to 5 star*", "1 5 star*",
            "one to five star*", "from 1 to 5", "any number of stars", "any star*", "honest or not", "good bad or", "good and bad", "positive and negative");
        Add(AnyRating, "无论好评还是差评", "无论好坏", "不论好坏", "好坏都", "好评差评都", "好评或差评", "好评还是差评", "任何评价", "无论评价好坏", "不管好评差评",
            "好评差评均可", "好评差评都可以", "不管好坏", "好坏均可", "无论好评差评", "好评中评差评", "无论什么评价", "不论好评差评", "什么评价都");

        // ---- Satisfaction and its negative branch ------------------------------------------------------------------
        Add(Satisfaction, "you like", "you liked", "you love", "you loved", "you enjoy", "you enjoyed", "you're happy", "you are happy", "you were happy",
            "you're satisfied", "you are satisfied", "you were satisfied", "you're pleased", "you are pleased", "you were pleased", "happy with",
            "satisfied with", "pleased with", "love it", "like it", "loved it", "liked it", "enjoyed it", "enjoy it", "love them", "like them",
            "loved them", "liked them", "happy customer*", "positive experience", "good experience", "great experience", "you're delighted",
            "you are delighted", "happy", "satisfied", "pleased", "delighted", "you're impressed", "love your", "like your", "loved your", "liked your",
            "enjoyed your", "enjoy your", "enjoying", "loving", "liking", "you've enjoyed", "you have enjoyed", "youre happy", "youre satisfied", "satisfy", "100% happy");
        Add(NotReviewTalk, "happy to", "glad to", "pleased to", "happy holidays", "happy new year", "happy birthday", "happy shopping", "happy to help");
        Add(Satisfaction, "满意", "喜欢", "还满意", "觉得不错", "觉得好", "用得好", "用着不错", "觉得满意");
        Add(Satisfaction | Condition, "好用的话", "喜欢的话", "满意的话", "满意就", "满意请", "如果满意", "如果喜欢", "若满意", "满意的亲");
        Add(Dissatisfaction, "not happy", "not satisfied", "unhappy", "dissatisfied", "unsatisfied", "disappointed", "not pleased", "didn't like",
            "did not like", "don't like", "do not like", "didn't love", "did not love", "not 100% satisfied", "not completely satisfied",
            "not fully satisfied", "less than satisfied", "less than happy", "negative experience", "bad experience", "poor experience",
            "not perfect", "less than perfect", "if not", "if you're not",
            "if you are not", "if you aren't", "if you were not", "if you weren't", "if you didn't", "if you did not", "if you don't", "if you do not",
            "if you dont", "otherwise", "unless", "not happy?", "not satisfied?", "youre not", "not so happy", "anything less", "less than", "not love",
            "not like", "if it's not", "if it is not", "if it isn't", "if it wasn't", "if not satisfied", "if unhappy", "if dissatisfied");
        Add(Dissatisfaction | Review | NegativeRating, "less than 5 star*", "less than five star*", "not a 5 star", "not 5 star*", "under 5 star*", "below 5 star*");
        // Generic problems: a negative branch for "contact us first", but support offered to everyone is not gating.
        Add(Dissatisfaction | Remedy, "any problem*", "any issue*", "a problem", "an issue", "problem with", "issue with", "anything wrong", "something wrong",
            "any concern*", "if anything", "if there is any", "if there's any", "if there are any", "in case of any", "should you have any",
            "if something", "any complaint*", "a complaint", "complain*", "any questions or concerns", "any trouble", "any difficulty",
            "any difficulties", "anything isn't right", "anything is not right", "isn't right", "not right");
        Add(Dissatisfaction, "不满意", "不满", "不喜欢", "不好用", "否则", "如果不", "若不", "如不满意", "不太满意", "有任何不满", "有不满", "不满意的话");
        Add(Dissatisfaction | Remedy, "有问题", "任何问题", "如有问题", "有什么问题", "有疑问", "如果有问题", "遇到问题", "出现问题", "有任何问题");

        // ---- Conditions, exchange, promises, already-given ----------------------------------------------------------
        Add(Condition, "if", "once", "as soon as", "after you", "after leaving", "after posting", "after writing", "after reviewing", "after rating",
            "after giving", "when you", "whenever you", "upon", "provided", "as long as", "so long as", "in order to", "once you've", "once you have",
            "after you've", "after you have", "when your review", "if you'd", "if you would", "if you could", "if you can");
        Add(Condition, "如果", "若", "的话", "只要", "后", "之后", "以后", "即可", "如", "假如", "要是", "待", "等您", "收到货后", "确认收货后");
        Add(Exchange, "and get", "and receive", "and earn", "and win", "and enjoy", "and claim", "and unlock", "and we'll", "and we will", "and you'll",
            "and you will", "to get", "to receive", "to claim", "to earn", "to win", "to unlock", "to enjoy", "get", "gets", "receive", "receives",
            "earn", "earns", "claim", "win", "unlock", "redeem", "in exchange", "in exchange for", "in return", "in return for", "exchange for",
            "for a review", "for your review", "for reviews", "for every review", "for each review", "for leaving", "for writing", "for posting",
            "for reviewing", "for rating", "for a rating", "for your feedback", "for a feedback", "for your rating", "per review", "as a thank you", "as a thank you for", "as a thank-you for", "as a thanks for", "to thank you for",
            "as a thank-you", "as a thanks", "as a token", "to thank you", "reward*", "=", ">", "back", "with every", "with each", "entitles you", "eligible for",
            "qualify for", "qualifies you", "in exchange of", "swap", "trade", "you can get", "you could get", "you can claim", "just send us",
            "send us a screenshot", "screenshot", "screenshots", "send us the link", "send the screenshot", "for the review");
        Add(Promise, "we'll send", "we will send", "you'll get", "you will get", "you'll receive", "you will receive", "you get", "we'll give", "we will give",
            "we'll refund", "we will refund", "we'll pay", "we will pay");
        Add(Exchange, "送", "返", "领", "领取", "即可", "可得", "可获得", "获得", "即送", "就送", "就返", "立返", "立减", "换", "兑换", "截图", "发给客服", "找客服",
            "联系客服领取", "截图发客服", "截图给客服", "截图发给客服", "找客服领", "找客服领取", "可领", "可领取", "领红包", "返给您", "得到", "赢");
        Add(RP | Benefit | Exchange, "好评返现", "全五星返现", "好评免单", "好评返红包", "好评返优惠券", "好评有礼", "好评送", "好评返现卡", "五星好评返现", "好评返",
            "好评送礼", "带图好评返现", "好评截图", "五星返现", "好评返利", "好评领", "好评领取", "好评奖励");
        Add(Review | Benefit | Exchange, "晒图返现", "晒图有礼", "晒图有礼卡", "评价有礼", "评价返现", "评价送", "晒图送", "评价截图", "晒单返现", "晒单有礼",
            "评价返", "评价领", "评价奖励", "晒图领");
        Add(Review | FollowUp | Benefit | Exchange, "追评返现", "追评有礼", "追评送", "追评返");
        Add(Benefit | Exchange, "返现卡", "返现", "返红包", "返利", "返款");
        Add(Promise, "will", "we'll", "we will", "you'll", "you will", "shall", "going to", "we'd", "can get", "could get", "may get", "eligible",
            "entitled", "we can", "we could", "we would", "well send", "we're going to", "we are going to", "will be", "gonna", "here's", "here is",
            "heres", "enjoy", "use code", "use the code", "with code", "your code");
        Add(Promise, "将", "会", "给您", "为您", "送您", "给你", "帮您", "可以获得", "奖励您", "补给您", "返您", "给亲", "送亲", "会给", "我们可以", "可以给您", "可以送您");
        Add(Promise | Benefit | MakeGood, "退您", "退给您", "可以退", "给您退");
        Add(AlreadyGiven, "refunded", "reimbursed", "compensated", "we sent", "we've sent", "we have sent", "has been sent", "have been sent", "was sent",
            "were sent", "we shipped", "has been shipped", "we issued", "we've issued", "we have issued", "has been issued", "was issued", "we gave",
            "we've given", "we have given", "we provided", "we've provided", "we have provided", "already", "now that", "we resolved",
            "we've resolved", "we have resolved", "resolved", "has arrived", "arrived", "you received", "you've received", "you have received",
            "has been refunded", "have been refunded", "was refunded", "were refunded", "got your refund", "received your refund",
            "received the replacement", "received your replacement", "we replaced", "we've replaced", "we have replaced", "was replaced",
            "has been replaced", "we refunded", "we've refunded", "we have refunded", "we reimbursed", "we compensated", "we credited",
            "has been credited", "was credited", "we reshipped", "we resent", "since we", "after we", "we've already", "we have already", "last week",
            "yesterday", "earlier", "have resolved", "has been resolved", "was resolved", "fixed", "sorted");
        Add(AlreadyGiven, "已", "已经", "已为您", "已给您", "已经给您", "已经为您", "已退款", "已退", "已返", "已补发", "已发", "已经补发", "退过", "收到了", "收到补发",
            "已处理", "已解决", "已经退款", "已经处理", "已经解决", "已重发", "补发了", "退了", "给您退了", "已经给您退", "刚才", "昨天");

        // ---- Benefits -------------------------------------------------------------------------------------------
        Add(Benefit, "refund*", "rebate*", "reimburse", "reimbursement*", "cashback", "cash back", "cash", "money back", "money", "gift card*",
            "gift*", "gift certificate*", "voucher*", "coupon*", "coupon code*", "discount*", "discount code*", "promo code*", "promotion code*",
            "% off", "percent off", "pct off", "% back", "percent back", "% discount", "off your next", "off next order", "off your order", "free",
            "for free", "free gift*", "free product*", "free item*", "free sample*", "freebie*", "free shipping", "free delivery", "free upgrade",
            "complimentary", "bonus*", "prize*", "giveaway*", "give away", "sweepstake*", "raffle*", "lottery", "prize draw*", "lucky draw*",
            "enter the draw", "entry into", "entered into", "chance to win", "points", "loyalty points", "reward points", "store credit",
            "account credit", "credit back", "paypal", "venmo", "zelle", "on us", "compensation", "compensate", "replacement*", "new item",
            "new one", "extended warranty", "vip", "red envelope*", "red packet*", "hongbao", "pay you", "perk*",
            "exclusive deal*", "special offer*", "sample*", "cashback", "amazon gift card*", "e-gift", "egift", "partial refund*",
            "full refund*", "money-back", "reship", "resend", "send another", "free replacement*", "extra", "surprise gift*", "a surprise",
            "could win", "win a", "win an", "chance to win", "draw", "monthly draw", "enter you into", "enter you in", "make it up to you", "make it worth your while", "compensate you", "free phone case");
        Add(Benefit, "返现", "现金", "红包", "优惠券", "卡券", "代金券", "折扣", "打折", "免单", "补贴", "赠品", "礼品", "小礼品", "礼物", "小礼物", "有礼",
            "奖品", "抽奖", "积分", "包邮", "运费险", "退款", "补偿", "补发", "重发", "奖励", "福利", "返利", "回馈", "返还", "立减", "免费", "赠送", "小样",
            "优惠", "满减", "返款", "现金红包", "优惠卷", "无门槛", "话费", "礼包", "惊喜", "小惊喜", "返红包", "红包奖励", "补差价", "退差价", "换新", "赔偿");

        // ---- Requests and review verbs ---------------------------------------------------------------------------
        Add(Request, "please", "pls", "plz", "kindly", "could you", "would you", "can you", "will you", "could u", "would u", "can u", "would you mind",
            "would you be willing", "would be great", "would be appreciated", "would be amazing", "would be awesome", "would be wonderful",
            "would be nice", "would be lovely", "would mean", "would mean a lot", "means a lot", "mean a lot", "means the world",
            "mean the world", "appreciate*", "appreciated", "we'd love", "we would love", "would love", "love to hear", "love to know",
            "love to see", "hope you", "hope to", "we hope", "hoping", "don't forget", "do not forget", "dont forget", "remember to", "just a reminder",
            "reminder", "remind*", "take a moment", "take a minute", "take a second", "spare a moment", "a minute", "a moment", "if you have time",
            "when you have time", "consider", "help us", "helps us", "help other*", "helps other*", "help future", "helps future", "really helps",
            "would help", "helps a lot", "help a lot", "support us", "support our", "make our day", "encourage you", "invite you", "invited",
            "we invite", "looking forward", "look forward", "waiting for your", "want to hear", "hear from you", "hear your", "hear about",
            "tell us", "let us know", "we want", "we'd like", "we would like", "need your", "we need", "we ask", "ask you", "asking you",
            "request", "requesting", "let me know", "feel free", "free to", "be grateful", "be thankful", "we count on", "counting on", "matters to us",
            "matter to us", "is important to us", "means everything", "it helps", "helps small", "helps our", "help our", "do us a favor",
            "do us a favour", "a favor", "a favour", "why not", "how about", "would you like to", "you can", "you may", "you're welcome to",
            "you are welcome to", "welcome to", "are welcome to", "feel like", "i hope", "beg", "begging", "we'd be", "we would be",
            "be grateful for", "be thankful for", "grateful if", "thankful if", "anything we can do", "what can we do", "what can i do");
        Add(Request | Exchange, "earn a", "earn your", "earn us");
        Add(Request, "请", "麻烦", "记得", "期待", "希望", "求", "恳请", "拜托", "帮忙", "帮个忙", "支持一下", "支持", "动动手指", "顺手", "别忘了", "不要忘了", "不要忘记",
            "给个", "给我们", "能否", "可否", "能不能", "可以吗", "好吗", "呗", "辛苦", "欢迎", "务必", "一定要", "还请", "亲爱的", "哦", "呦", "哈", "吧");
        Add(ReviewAction, "leave", "leaves", "leaving", "write", "writes", "writing", "post", "posts", "posting", "give", "giving", "drop", "dropping",
            "submit", "submitting", "share", "sharing", "rate", "put", "add", "send us", "review us", "review it", "review the product",
            "review your purchase", "review the item", "review your order", "review our", "spare", "jot", "type", "click", "leave us", "give us");
        Add(ReviewAction, "给", "留", "留下", "写", "打", "晒", "发", "点", "评", "给个", "留个", "写个", "打个", "来个");

        // ---- Thanks and replies ------------------------------------------------------------------------------------
        Add(Acknowledgement, "thank you for", "thanks for", "thank u for", "thx for", "many thanks for", "grateful for", "thanks so much for",
            "thank you so much for", "thank you very much for", "in response to", "regarding your", "regarding the", "reply to your",
            "replying to your", "responding to your", "response to your", "we saw your", "we've seen your", "we have seen your", "saw your",
            "read your", "noticed your", "we noticed", "received your", "sorry to see", "sorry to read", "sorry about your", "you left", "you gave", "you've left", "you have left", "you posted", "you wrote", "you have given", "you've given",
            "we read", "we received", "concerning your", "with regard to your", "following your", "thanks for leaving", "thank you for leaving",
            "thanks for updating", "thank you for updating", "thanks for changing", "thank you for changing", "thanks for removing",
            "thank you for removing", "thank you for taking", "thanks for taking", "for sharing your", "for your kind", "for the kind");
        Add(Acknowledgement, "感谢您的", "谢谢您的", "感谢你的", "谢谢你的", "感谢", "谢谢", "看到您的", "看到了您的", "关于您的", "针对您的", "回复您的", "收到您的",
            "您给的", "您留的", "您的这条", "多谢");

        // ---- Change, remove -------------------------------------------------------------------------------------
        Add(Change, "change", "changing", "update", "updating", "edit", "editing", "revise", "revising", "revision*", "modify", "modifying", "amend",
            "amending", "adjust", "adjusting", "correct", "correcting", "reconsider", "reconsidering", "upgrade your", "raise your", "increase your",
            "improve your rating", "bump up", "bump it", "take another look", "second look", "re-rate", "rerate", "re-review", "redo", "revisit",
            "alter", "switch");
        Add(Change | Reference, "update it", "change it", "edit it", "revise it", "amend it", "modify it", "reconsider it");
        Add(Change, "修改", "改一下", "改个", "改成", "改为", "更改", "更新", "调整", "改", "改下", "改掉", "改变");
        Add(Change | Review, "改评", "改评价", "重新评价", "补评", "修改评价", "修改评论");
        Add(Change | Review | PositiveRating, "改好评", "改成好评", "改为好评", "改成五星", "改为五星", "改五星", "改成5星", "改为5星");
        Add(Remove, "remove", "removing", "removal", "delete", "deleting", "deletion", "take down", "take it down", "taking down", "take off",
            "take it off", "withdraw", "withdrawing", "retract", "retracting", "erase", "erasing", "pull down", "get rid of", "cancel your review", "cancel the review", "cancel your feedback", "cancel the feedback", "cancel your rating", "unpublish",
            "hide your review", "hide the review");
        Add(Remove, "删除", "删掉", "删了", "删", "撤销", "撤回", "撤掉", "去掉", "删一下", "删下");
        foreach (var when in new[] { "once", "after", "when", "as soon as", "if", "until", "once", "the moment" })
        {
            foreach (var have in new[] { "you've", "you have", "youve", "you" })
            {
                foreach (var (verb, concept) in new[] { ("revised", Change), ("updated", Change), ("changed", Change), ("edited", Change), ("modified", Change), ("amended", Change), ("removed", Remove), ("deleted", Remove), ("taken down", Remove), ("withdrawn", Remove), ("retracted", Remove) })
                {
                    Add(concept | Condition | Addressee, when + " " + have + " " + verb);
                }
            }
        }

        Add(Remove | Reference, "delete it", "remove it", "take it down", "take it off", "withdraw it", "retract it", "erase it", "delete that", "remove that", "删了它", "删掉它");
        Add(Remove | Review, "撤评", "删评", "取消评价", "删除评价", "删除评论");

        // ---- Threats and penalties -------------------------------------------------------------------------------
        Add(Threat, "sue", "sue you", "suing", "lawsuit*", "legal action*", "legal steps", "legal proceedings", "take legal", "our lawyer*", "a lawyer",
            "lawyer*", "attorney*", "court", "defamation", "defamatory", "libel*", "slander*", "report you", "report your account", "reported to",
            "block your account", "block you", "blacklist*", "black list", "ban you", "ban your account", "banned", "suspend your account",
            "close your account", "expose you", "publish your", "post your name", "post your address", "your home address", "where you live",
            "we know where", "share your details",
            "you will regret", "you'll regret", "regret it", "or else", "police", "every day until", "keep contacting you", "keep messaging you",
            "keep calling you", "call you every day", "message you every day",
            "harass*", "agreed not to", "not allowed to post", "not permitted to post", "prohibited from posting", "forbidden to post",
            "non-disparagement", "gag clause", "terms prohibit", "flag your account", "hunt you", "track you down", "your family will");
        Add(Threat | Change, "until you change", "until you update", "until you revise");
        Add(Threat | Remove, "until you remove", "until you delete", "until you take down", "until it is removed", "until it's removed");
        Add(Threat, "起诉", "律师", "法律责任", "追究", "法律途径", "法院", "举报你", "举报您", "投诉你", "投诉您", "曝光", "拉黑", "黑名单", "封号", "人肉", "骚扰",
            "后果自负", "报警", "公开你的", "公开您的", "每天打电话", "天天打电话", "一直打电话", "一直联系", "诽谤", "走着瞧", "天天联系", "每天联系", "挂网上",
            "发到网上");
        Add(Penalty, "fee", "fees", "penalty", "penalties", "fine you", "charge you", "be charged", "pay a fee", "surcharge", "fined", "a fine",
            "charge a fee", "charge", "charged", "consequences", "your address", "your phone number", "your personal information", "report your",
            "against you", "find you", "your employer", "watch out", "be careful", "legal", "收费", "罚款", "罚", "扣钱", "违约金", "后果", "你的地址", "您的地址",
            "你的电话", "等着", "找你", "上门", "打到你");

        // ---- Gating ---------------------------------------------------------------------------------------------
        Add(Contact, "contact us", "contact me", "contact support", "contact our", "contact customer", "contact the seller", "contact seller",
            "email us", "e-mail us", "email me", "message us", "message me", "msg us", "write to us", "reach out", "reach us", "get in touch",
            "call us", "text us", "dm us", "inbox us", "let us know", "talk to us", "send us a message", "open a case", "customer service",
            "support team", "our team", "reply to this", "reply to us", "contact", "email", "message");
        Add(Contact, "联系客服", "联系我们", "联系卖家", "找客服", "私信", "私聊", "咨询客服", "联系", "旺旺", "留言给我们", "找我们", "告诉我们", "客服");
        Add(Redirect, "first", "instead", "rather than", "先", "而不是", "不要直接");
        Add(Redirect | Review, "before leaving", "before you leave", "before posting", "before you post", "before writing", "before you write",
            "before giving", "before rating", "before reviewing", "before you review", "instead of leaving", "instead of writing",
            "instead of posting", "instead of reviewing", "instead of giving", "instead of rating", "rather than leaving", "rather than posting",
            "rather than reviewing", "rather than writing", "prior to leaving", "prior to posting", "before you rate", "instead of a review",
            "instead of feedback", "instead of negative", "rather than a review", "评价之前", "评价前", "再评价", "再给评价", "先别评价", "而不是给差评",
            "而不是差评", "而不是评价");
        foreach (var negation in new[] { "don't", "dont", "do not", "please don't", "please do not", "never", "no need to", "there's no need to",
                     "you don't need to", "you do not need to", "don't bother", "do not bother", "refrain from", "avoid", "not to", "rather not",
                     "hold off on", "hold off", "wait before", "think twice before", "no reason to" })
        {
            foreach (var verb in new[] { "leave", "leaving", "post", "posting", "write", "writing", "give", "giving", "submit", "submitting", "rate", "review" })
            {
                Add(Discourage, negation + " " + verb);
            }
        }

        Add(Discourage, "不要给", "别给", "请勿给", "勿给", "不要留", "别留", "不要打", "别打", "千万别", "千万不要", "不要直接给", "先别", "请不要评价", "不要评价",
            "暂时不要", "先不要", "不要急着", "别急着", "请勿");
        Add(Discourage | Review | NegativeRating, "不要差评", "别差评", "勿差评", "请勿差评", "不要中差评", "别给差评", "不要给差评", "请不要给差评", "千万别差评",
            "请勿给差评", "勿给差评", "不要给中差评", "别打差评", "不要打差评");
        Add(OnlyIf, "only if", "only leave", "only review", "only when", "only satisfied", "only happy", "only those", "only customers", "only buyers",
            "只有满意", "满意才", "满意再", "满意就", "满意了再", "满意后再");

        // ---- Fake reviews and content steering ---------------------------------------------------------------------
        Add(Fake, "don't need to buy", "do not need to buy", "dont need to buy", "no need to buy", "without buying", "without purchasing",
            "no purchase necessary", "no purchase needed", "no purchase required", "haven't bought", "have not bought", "never bought",
            "didn't buy", "did not buy", "not bought", "without using", "haven't used", "have not used", "never used", "without trying", "no need to have tried", "no need to try", "don't need to try", "haven't tried", "never tried",
            "text to paste", "copy and paste", "copy paste", "paste it", "copy this", "copy the text", "the text below", "text below",
            "we'll write", "we will write", "we can write", "write it for you", "written for you", "pre-written", "prewritten", "ready-made review*",
            "sample review*", "review template*", "use this text", "use the following", "post the following", "post this review", "here is a review",
            "here's a review", "fake review*", "buy review*", "paid review*", "review exchange", "review swap", "review for review", "swap review*",
            "exchange review*", "ask your friends", "ask your family", "your friends to", "your family to", "friends and family to",
            "family members to", "employees to", "staff to", "colleagues to", "relatives to", "have your friends", "have your family", "get your friends",
            "get your family", "friends and family leave", "family and friends leave", "your friends leave", "your family leave", "friends to review",
            "family to review", "multiple accounts", "another account", "second account",
            "different account", "other accounts", "our team will leave", "our team will post", "our staff will leave", "our staff will post",
            "we will leave reviews", "we'll leave reviews", "we will post reviews", "we'll post reviews", "we post reviews", "we leave reviews",
            "leave a few reviews", "post a few reviews", "copy the following", "copy the review", "copy this review", "paste the following",
            "following review", "the review below", "we'll provide the text", "we will provide the text", "just copy", "draft review*",
            "we wrote", "already written", "write one for you", "review farm*", "review service*", "buy 5 star", "purchase reviews");
        Add(Fake, "刷单", "刷好评", "刷评", "水军", "代写", "帮写", "帮您写", "替您写", "复制粘贴", "复制以下", "复制这段", "评价模板", "好评模板", "按以下内容",
            "虚假评价", "假评价", "s单", "让朋友", "让亲友", "让家人", "亲友帮忙", "朋友帮忙", "员工好评", "员工评价", "找人评价", "找人好评", "小号", "不用购买", "无需购买", "不需要购买", "没买过", "刷", "我们帮您写",
            "帮你写", "写好了", "直接复制");
        Add(ContentSteer, "mention", "mentions", "mentioning", "please mention", "be sure to mention", "make sure to mention", "don't mention",
            "do not mention", "not mention", "avoid mentioning", "no need to mention", "leave out", "don't talk about", "do not talk about",
            "don't bring up", "don't write about", "do not write about", "focus on", "highlight", "emphasize", "emphasise",
            "include the words", "include the word", "include these", "use the words", "use these words", "use the keyword*", "keyword*",
            "say that", "write that", "state that", "describe how", "point out", "words or more", "the phrase", "leave it out",
            "skip the part", "don't say", "do not say", "in your review mention",
            "at least 50 words", "at least 100 words", "specific words", "don't include", "do not include", "omit");
        Add(ContentSteer, "提到", "提及", "写上", "带上", "不要提", "别提", "不要说", "别说", "不要写", "别写", "重点写", "夸一下", "多夸", "关键词", "字数", "字以上",
            "个字", "字好评", "字评价", "写明", "突出", "不要提到", "别提到", "不要提及", "多写", "少写", "字左右");

        // ---- Reference, addressee, alternative ---------------------------------------------------------------------
        Add(Reference, "it", "this", "that", "them", "this one", "that one", "它", "这个", "这条", "那条");
        Add(Addressee, "you", "your", "yours", "you've", "you'd", "you're", "u", "ur", "youre", "youve", "您", "你", "亲", "亲亲", "亲爱的");
        Add(Alternative, "or", "either", "whether", "还是", "或", "或者");

        // ---- Policy, remedy, disclaimer --------------------------------------------------------------------------
        Add(Policy, "within", "business days", "working days", "days of", "return policy", "refund policy", "returns policy", "free return*",
            "money back guarantee", "money-back guarantee", "guarantee*", "warranty", "all orders", "every order", "orders over", "orders above",
            "on orders", "no questions asked", "original payment method", "our policy", "policy", "terms and conditions", "processed",
            "processing time", "per our policy", "satisfaction guarantee*", "hassle-free", "all purchases", "every purchase", "any order",
            "your next purchase with us", "automatically", "as usual");
        Add(Policy, "无理由", "七天无理由", "7天无理由", "包退", "包换", "退换货", "保修", "质保", "政策", "规则", "所有订单", "工作日", "个工作日", "原路退回",
            "运费险赔付", "售后", "售后服务", "退换");
        Add(Remedy, "broken", "damaged", "defective", "faulty", "wrong item", "wrong size", "wrong color", "missing", "not working", "doesn't work",
            "does not work", "stopped working", "arrived damaged", "problem*", "issue*", "not as described", "lost", "delay*", "late", "doesn't fit",
            "does not fit", "return it", "send it back", "return the item", "any reason", "mistake", "error", "inconvenience");
        Add(Remedy, "质量问题", "损坏", "破损", "坏了", "少件", "漏发", "错发", "发错", "不能用", "有问题", "问题", "不合适", "尺码不对", "退货", "换货", "延误", "丢件");
        Add(Disclaimer, "no incentive*", "not incentivi*", "don't offer", "do not offer", "we don't pay", "we do not pay", "not in exchange",
            "not conditional", "not conditioned", "not dependent", "not required", "not contingent", "whether or not you", "regardless of whether you",
            "is not tied", "are not tied", "has nothing to do", "not linked to", "no strings attached", "does not depend", "doesn't depend",
            "no obligation", "cannot offer", "can't offer", "cannot give", "can't give", "not able to offer", "unable to offer", "not allowed to offer",
            "are not allowed to", "never offer", "we don't give", "we do not give", "no compensation", "not offer any", "not permitted to offer", "不以", "与评价无关", "无论是否评价", "无论是否", "不管是否", "与是否评价无关", "不要求评价");

        // ---- Look-alikes that are not review talk (they swallow the shorter matches inside them) ---------------------
        foreach (var star in new[] { "5 star", "five star", "4 star", "four star", "5 stars", "five stars", "3 star", "three star" })
        {
            foreach (var thing in new[]
                     {
                         "quality", "service", "hotel*", "seller", "store", "shop", "brand", "product*", "material*", "experience", "restaurant*",
                         "resort*", "rated", "customer service", "support", "craftsmanship", "design", "luxury", "treatment", "chef", "food",
                         "comfort", "safety", "crash", "energy", "general", "admiral", "dining", "accommodation*", "lodging", "holiday", "vacation",
                         "performance", "finish", "standard*", "value", "care",
                     })
            {
                Add(NotReviewTalk, star + " " + thing);
            }
        }

        Add(NotReviewTalk, "rated 5 star*", "rated five star*", "rated 4 star*", "rated 4.5 star*", "rated 4.6 star*", "rated 4.7 star*", "rated 4.8 star*",
            "rated 4.9 star*", "highly rated", "top rated", "best rated", "star-rated", "star rated", "energy rating", "power rating", "ip rating",
            "water resistance rating", "waterproof rating", "temperature rating", "fire rating", "safety rating", "age rating", "credit rating",
            "efficiency rating", "load rating", "voltage rating", "wattage rating", "haptic feedback", "force feedback", "audio feedback",
            "feedback loop", "customer feedback", "we review", "we'll review", "we will review", "we'd review", "we are reviewing", "we're reviewing", "team will review",
            "team reviews", "under review", "being reviewed", "reviewed by our", "review your request", "review your case", "review your claim",
            "review your refund", "review your return", "review your application", "review your account", "review the request", "review the case",
            "review the claim", "review the return", "review the refund", "review and approve", "review the attached", "review the details",
            "review the terms", "review our policy", "review our terms", "review the invoice", "review the tracking", "review the instructions",
            "review the manual", "review the information", "review the order details", "review your order details", "review the return policy",
            "review your information", "review your details", "review the photos", "review the video", "review the evidence", "will be reviewed",
            "is reviewed", "are reviewed", "reviewing your", "to review your", "review it and", "review process", "review period", "for review",
            "hassle free", "worry free", "risk free", "trouble free", "stress free", "care free", "gluten free", "sugar free",
            "bpa free", "cruelty free", "toll free", "free of", "free time", "free up", "free returns", "free return", "credit card*", "debit card*",
            "gift wrap*", "gift box*", "gift bag*", "gifts for", "gift for", "a gift for", "great gift", "perfect gift", "gift idea*", "star wars",
            "north star", "lone star", "starfish", "rock star", "starting", "shooting star", "review board", "in review", "peer review",
            "code review", "star anise", "star shape*", "star pattern*", "star print*", "the stars", "exchange rate*", "rate of", "heart rate",
            "at a rate", "shipping rate*", "interest rate*", "first class", "first time", "first order", "first purchase", "at first", "first of all",
            "free size", "get back to you", "get back to", "get started", "get in touch", "points out", "point out", "change of address",
            "change your address", "update your address", "update you", "keep you updated", "keep you posted", "tracking update*",
            "give you an update", "status update*", "post office", "postal", "postage", "by post", "dropping off", "drop off", "drop-off",
            "give way", "rate card", "review copy", "leave a message", "leave the package", "leave it at", "leave it with", "left at",
            "gift receipt", "gift message", "gift note", "gift card balance", "shared with", "sharing is caring");
        Add(NotReviewTalk, "好评如潮", "好评率", "好评度", "万人好评", "千人好评", "好评无数", "好评不断", "好评款", "好评榜", "好评推荐", "五星级", "五星品质",
            "五星服务", "5星级", "好评过万", "累计好评", "好评数", "好评超", "三星", "送货", "配送", "送达", "快递", "运送", "送到", "返回", "往返", "领导", "带领",
            "改进", "改善", "会员", "机会", "不会", "会不会", "一会", "评估", "评测", "测评", "留意", "发货", "出发", "发送", "发票", "打开", "打包", "点击查看",
            "给力", "领先", "引领", "首先", "先生", "优先", "事先", "预先", "原先", "以前", "前往", "目前", "当前", "提前", "眼前", "前面", "售后卡", "后台",
            "然后", "最后", "后续", "后面", "之后联系", "换季", "更换", "刷新", "刷卡", "印刷", "牙刷", "刷子", "复制品", "员工福利", "家人们", "亲自",
            "相亲", "父亲", "母亲", "亲戚", "期待您的光临", "如何", "例如", "比如", "如下", "如图", "如实", "真实评价", "客观评价", "如实评价", "你们",
            "您们", "送货上门", "免费送货", "免运费", "发布", "回复", "打折扣", "一星期", "一星半点", "火星", "明星", "星期", "卫星", "星座", "星星", "零星");
        // Remedies: benefits a seller also gives for ordinary after-sales reasons.
        Add(Benefit | MakeGood, "partial refund*", "full refund*", "free replacement*", "send another", "reship", "resend", "new item", "new one",
            "退款", "补发", "重发", "换新", "退差价", "补差价");

        // ---- Second-pass additions from held-out-style messages (tests/Reputation.Rules.Tests/Reviews/held-out-style.jsonl) ----------
        // Indirect wishes ("we'd be so grateful for", "goes a long way"): issue 5, "Asking includes indirect wishes".
        Add(Request, "be so grateful", "be so grateful for", "be very grateful", "be very grateful for", "be really grateful", "be really grateful for",
            "be super grateful", "be forever grateful", "be so thankful", "be so thankful for", "be eternally grateful", "goes a long way",
            "go a long way", "would go a long way", "means so much", "would mean so much", "would really help", "would help us so much");
        // Offers addressed to every reviewer ("every review enters you into the draw").
        Add(Exchange, "every review", "each review", "every reviewer", "each reviewer", "all reviewers", "enters you", "enter you", "gets you", "earns you");
        // "Once you've left a review": a condition on a future review, not an acknowledgement of an existing one.
        foreach (var when in new[] { "once", "after", "when", "as soon as", "if", "the moment" })
        {
            foreach (var have in new[] { "you've", "you have", "youve" })
            {
                foreach (var verb in new[] { "left", "posted", "written", "given", "submitted", "shared", "rated", "reviewed" })
                {
                    Add(Condition | ReviewAction | Addressee, when + " " + have + " " + verb);
                }
            }
        }

        Add(Benefit, "% code", "% coupon", "% voucher", "% discount code", "percent code", "discount code");
        // Waiving a fee is a benefit, not a penalty ("we'll waive the return shipping fee if you remove your review").
        Add(Benefit, "waive*", "fee waiver", "waive the fee", "waive the fees", "waive the shipping fee", "waive the return fee", "waive the return shipping fee",
            "waive the restocking fee", "waive your fee", "waive any fee*", "waive the delivery fee", "waive shipping fee*", "waive return fee*",
            "cover the fee", "cover the return fee", "cover the return shipping fee", "cover the shipping fee", "refund the fee", "refund the shipping fee",
            "refund the return fee", "refund the return shipping fee", "no fee", "no fees", "free of charge");
        // Already given: the refund or replacement has happened.
        Add(AlreadyGiven, "has gone through", "have gone through", "went through", "has been processed", "have been processed", "was processed",
            "were processed", "we processed", "we've processed", "we have processed", "went out", "is on its way", "are on their way", "on its way",
            "you've got", "you have got", "you got", "you've had", "you have had", "got your money back", "got your refund", "have your refund",
            "has been completed");
        // A change request phrased as a noun ("a feedback revision request").
        Add(Change | Review, "feedback revision*", "review revision*", "rating revision*", "revision request*", "feedback change request*",
            "request to revise", "request to change your", "request to update your", "revise feedback request");
        // Separable phrasal verbs with the review as object ("take the review down").
        foreach (var obj in new[] { "the review", "your review", "that review", "the feedback", "your feedback", "that feedback", "the rating", "your rating",
                     "the comment", "your comment", "the post", "your post", "the 1 star", "your 1 star", "the 1 star review", "the negative review", "the bad review",
                     "the negative feedback", "the negative one", "the bad one" })
        {
            foreach (var verb in new[] { "take", "taking", "pull", "pulling" })
            {
                Add(Remove | Review, verb + " " + obj + " down");
            }
        }

        // Threats: solicitors, legal departments, daily calls phrased with an object (天天给你打电话).
        Add(Threat, "solicitor*", "our legal team", "our legal department", "legal department", "court action", "small claims", "in touch with our lawyer*",
            "天天给你打电话", "每天给你打电话", "天天给您打电话", "每天给您打电话", "天天找你", "每天找你", "天天骚扰", "一直给你打电话", "天天给你发", "每天给你发");
        // Negative branches phrased without "not satisfied": "Had a bad one?", "Not quite right?".
        Add(Dissatisfaction, "a bad one", "bad one", "a bad time", "not so great", "not great", "less than great", "wasn't great", "was not great",
            "not quite right", "not quite", "didn't go well", "did not go well", "went wrong", "not up to", "fell short", "falls short", "not what you expected",
            "not as expected", "不太好", "不好的体验", "体验不好", "不理想");
        Add(Contact, "privately", "in private", "directly", "私下");
        // Invitations sent only to satisfied customers.
        Add(OnlyIf, "only send", "only sent", "only invite", "only invited", "only ask", "only asked", "only email", "only emailed", "only go to", "only goes to",
            "only to customers", "only to buyers", "only to happy", "only to satisfied", "只发给", "只邀请", "仅邀请", "仅发给");
        Add(Satisfaction, "rated us 9", "rated us 10", "9 or 10", "9 and 10", "promoters", "high nps", "4 or 5 stars in", "好评客户", "满意的客户", "满意客户");
        // Fake: reviewers who did not buy; staff and family reviews.
        Add(Fake, "doesn't need to buy", "does not need to buy", "doesnt need to buy", "doesn't have to buy", "does not have to buy", "don't have to buy",
            "do not have to buy", "no need to purchase", "doesn't need to purchase", "don't need to purchase", "without ordering", "never ordered",
            "haven't received", "have not received", "even before it arrives", "before you receive it", "before receiving",
            "没收到货也", "未收到货也", "没收到也", "还没收到货也", "没用过也", "没用也", "未使用也", "没到货也", "收到货之前", "收货前就", "先给好评再");
        foreach (var who in new[] { "mum", "mom", "mother", "dad", "father", "parents", "wife", "husband", "partner", "sister", "brother", "sibling*", "cousin*",
                     "roommate*", "coworker*", "co-worker*", "friend", "neighbour*", "neighbor*" })
        {
            Add(Fake, "ask your " + who, "get your " + who + " to", "have your " + who);
        }

        foreach (var who in new[] { "our team", "our team members", "team members", "our staff", "staff members", "our employees", "employees", "my family",
                     "our family", "my friends", "our friends", "my wife", "my husband" })
        {
            // Only with the review as object: "our team will review your case" and "our staff will give you a refund" are service.
            foreach (var verb in new[] { "will leave reviews", "will all leave reviews", "will post reviews", "will all post reviews", "will write reviews",
                         "will all write reviews", "will leave a review", "will post a review", "will write a review", "will all review the product",
                         "will review the product", "will review our product", "will leave 5 star*", "will leave five star*", "will give 5 star*",
                         "will give five star*", "are leaving reviews", "leave reviews", "post reviews", "write reviews" })
            {
                Add(Fake, who + " " + verb);
            }
        }

        Add(Fake, "员工都", "家人都", "朋友都");
        // Content steering in Chinese: "提一下物流很快".
        Add(ContentSteer, "提一下", "提一提", "提下", "顺便提", "顺便说", "说一下物流", "夸一夸", "夸夸物流", "夸一下物流");

        // ---- Round 2 ------------------------------------------------------------------------------------------------
        Add(Request, "very important for", "very important to", "so important for", "so important to", "important for our", "important for us",
            "really important for", "really important to", "非常重要", "很重要");
        Add(Change, "bump", "bumping", "bump your rating", "bump up your", "bump the rating", "raise the rating", "up your rating", "up the rating");
        // Intransitive removal: "as long as the 1-star review comes down".
        Add(Remove, "comes down", "come down", "goes away", "go away", "disappears", "disappear");
        foreach (var noun in new[] { "review", "feedback", "rating", "comment" })
        {
            Add(Remove | Review, noun + " comes down", noun + " is removed", noun + " is deleted", noun + " is taken down", noun + " gets removed",
                noun + " gets deleted", noun + " is gone", noun + " disappears", noun + " goes away");
        }

        // "Issue" as a verb is a promise, not a problem ("we'll issue a full refund ... as long as the review comes down").
        Add(Promise, "we'll issue", "we will issue", "we can issue", "we could issue", "we'd issue", "we would issue", "issue a refund", "issue a full refund",
            "issue a partial refund", "issue you a refund", "issue your refund", "issue a credit", "issue you a credit", "issue a voucher");
        Add(AlreadyGiven, "refund sent", "refund issued", "refund processed", "refund done", "refund completed", "replacement sent", "money sent",
            "refunded already", "already refunded", "退款已发", "退款已到账");
        // Pinyin/letter abbreviations used to slip past platform filters (h评 = 好评, 返x = 返现, hb = 红包).
        Add(RP, "h评", "好p", "hp返", "五x", "5x好评");
        Add(Benefit | Exchange, "返x", "返xian", "fan现", "返xj", "hong包", "红bao", "yhq", "hb");
        Add(Threat, "知道你住哪", "知道你住在哪", "知道你家在哪", "知道你家住", "知道你的地址", "你敢给差评", "敢给差评", "给差评试试", "差评试试");
        // Reviews before the item has been received or used misrepresent the reviewer's experience (16 CFR 465.2).
        Add(Fake, "before you receive", "before receive", "before receiving", "before you get the item", "before it arrives", "before the item arrives",
            "before arrival", "before you receive the item", "before you've received", "before you have received", "even if you haven't received");
        // Posting for the buyer from the buyer's account.
        Add(Fake, "post the review for you", "post a review for you", "post it for you", "post it on your behalf", "on your behalf", "from your account",
            "your login", "your password", "log into your account", "log in to your account", "用您的账号", "用你的账号", "账号密码", "帮您评价", "帮你评价", "代评");
        // An audience filtered by the rating it gave ("customers who give 4 or 5 stars ... get a link to review us").
        Add(OnlyIf, "customers who give", "customers who gave", "customers who rate", "customers who rated", "buyers who give", "buyers who gave",
            "buyers who rate", "buyers who rated", "those who give", "those who rate", "people who give", "people who rate", "who score us", "who rate us");
        Add(Satisfaction, "great time", "good time", "had a great", "had a good", "went well", "all went well", "all's good", "all is good",
            "everything is good", "everything went well", "everything is fine", "all good");
        Add(Contact, "tell us directly", "tell us first", "let us know directly", "tell us", "告诉客服");

        // ---- Round 3 ------------------------------------------------------------------------------------------------
        // Asking an unhappy buyer to wait with the review (CMA208: "making resolving an issue contingent" on the review).
        Add(Discourage | Review, "holding off on your review", "hold off on your review", "hold off on reviewing", "holding off on reviewing",
            "hold off on leaving", "holding off on leaving", "hold off on posting", "holding off on posting", "wait before reviewing", "wait to review",
            "wait before leaving feedback", "wait before leaving a review", "hold your review", "pause your review", "delay your review", "hold off on your feedback",
            "holding off on your feedback");
        Add(Discourage, "holding off", "holding off on");
        Add(Redirect | Review, "before you post anything", "before posting anything", "before you write anything", "before you say anything online",
            "before going public", "before you go public", "before posting online", "before you post online", "before you post it online");
        Add(Contact, "give us a chance", "give us the chance", "let us fix", "let us make it right", "chance to fix", "chance to make it right");
        // Elliptical Chinese conditions: 满意给好评，不满意找客服.
        Add(Satisfaction | Condition, "满意给", "满意就给", "满意请给", "满意的给", "满意留", "喜欢给", "满意记得", "满意麻烦", "满意帮忙");
        Add(Fake, "hasn't tried", "has not tried", "hasn't bought", "has not bought", "hasn't used", "has not used",
            "review package*", "buy reviews", "reviews for your store", "reviews for sale", "sell reviews", "we sell reviews", "review packages");
        Add(ContentSteer, "talk about how", "say how", "out of your review",
            "out of the review", "out of your feedback", "keep it out", "keep that out");

        // "If you like" / "if you wish" is politeness, not satisfaction; "if you like it" still is.
        Add(NotReviewTalk, "if you like", "if you'd like", "if you would like", "as you like", "whenever you like", "however you like", "if you wish");
        foreach (var obj in new[] { "it", "them", "this", "these", "our", "the", "your", "my", "what" })
        {
            Add(Satisfaction | Condition, "if you like " + obj, "if you liked " + obj);
        }

        // ---- Round 5 ------------------------------------------------------------------------------------------------
        Add(Benefit, "运费我们承担", "我们承担运费", "承担运费", "运费由我们承担", "报销运费", "运费我们出", "运费我们来出", "我们出运费", "包运费");
        Add(Benefit | MakeGood, "满意的处理方案", "满意的解决方案", "处理方案", "解决方案", "补偿方案");
        Add(Dissatisfaction, "didn't?", "did not?", "don't?", "not really?", "not so much?", "unsatisfied customers", "unhappy customers");
        Add(PositiveRating | ContentSteer, "something nice about", "something good about", "nice things about", "good things about", "something positive about",
            "夸一下我们的", "夸夸我们的");

        return list;
    }
}
