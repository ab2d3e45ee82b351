namespace Reputation.Rules.Cli.Tests;

/// <summary>Valid input lines for each JSON-Lines command, shared by the regression tests and the fuzzer.</summary>
internal static class Samples
{
    /// <summary>A compliant FR return case.</summary>
    public const string ReturnCase =
        """{"caseId":"R-1","asOf":"2026-07-01","buyerMarket":"FR","sellerMarket":"FR","marketplace":"amazon","order":{"itemsTotal":{"amount":"45.00","currency":"EUR"},"deliveryPaid":{"amount":"5.00","currency":"EUR"},"standardDeliveryCost":{"amount":"5.00","currency":"EUR"},"paymentMethod":"card","deliveredOn":"2026-06-01"},"sellerPolicy":{"returnWindowDays":30,"refundWithinWorkingDays":5,"withdrawalInfoGiven":true,"buyerPaysReturnInformed":true,"offersCollection":false,"restockingFeePercent":0,"returnTermsDisplayed":true},"return":{"reason":"change-of-mind","goods":"standard","requestedOn":"2026-06-10","receivedOn":"2026-06-16","evidenceOfSendingOn":"2026-06-12"},"refunds":[{"on":"2026-06-18","amount":{"amount":"50.00","currency":"EUR"},"method":"card","buyerAgreedToMethod":false,"deductions":[{"kind":"restocking","amount":{"amount":"0.00","currency":"EUR"}}]}],"refusal":null}""";

    /// <summary>A refused CN return case.</summary>
    public const string RefusedCase =
        """{"caseId":"R-2","asOf":"2026-10-20","buyerMarket":"CN","sellerMarket":"CN","order":{"itemsTotal":{"amount":199,"currency":"CNY"},"deliveryPaid":{"amount":"0","currency":"CNY"},"paymentMethod":"alipay","deliveredOn":"2026-09-28"},"return":{"reason":"faulty","goods":"standard","requestedOn":"2026-10-01"},"refusal":{"on":"2026-10-02","reason":"other"}}""";

    /// <summary>A message that is blocked on Amazon US.</summary>
    public const string Message =
        """{"id":"m1","platform":"amazon","buyerMarket":"US","text":"Leave us a 5-star review and we'll refund $5 to your card!","sentAt":"2026-03-11T18:00:00Z","buyerTimeZone":"America/New_York","deliveredAt":"2026-03-05T16:00:00Z","existingReview":{"stars":2},"previousRequests":["2026-03-08T10:00:00Z"]}""";

    /// <summary>A Chinese message with a numeric id.</summary>
    public const string ChineseMessage =
        """{"id":7,"platform":"taobao","buyerMarket":"CN","text":"亲，给个好评返现5元哦","sentAt":"2026-03-11T18:00:00+08:00"}""";

    /// <summary>A campaign with every part of the contract.</summary>
    public const string Campaign =
        """{"id":"c1","campaign":{"name":"spring","platform":"amazon","buyerMarket":"US","template":"Thanks for your order! Please leave a review.","audience":{"minStars":4,"minSatisfactionScore":8,"satisfiedOnly":true,"excludesComplaints":true,"description":"happy buyers"},"incentive":{"description":"10% off the next order","condition":"any-review"},"schedule":{"daysAfterDelivery":7,"reminders":1,"reminderIntervalDays":4,"sendAtLocalTime":"10:00"}}}""";

    /// <summary>Feedback lines for <c>score</c>.</summary>
    public const string Feedback =
        """{"ratee":"S1","rater":"B1","orderId":"O1","itemId":"A","stars":5,"at":"2026-03-04T12:00:00Z","auto":false,"removed":false,"dsr":{"description":5,"service":4,"shipping":5}}""";

    public const string FeedbackByDate = """{"ratee":"S2","rater":"B2","stars":2,"at":"2026-05-15"}""";
}
