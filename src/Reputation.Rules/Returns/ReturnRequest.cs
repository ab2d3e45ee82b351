using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>The buyer's return: why, what kind of goods, and the dates of the request, of the proof of sending and of receipt.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReturnRequest
{
    /// <summary>Creates a return request.</summary>
    /// <param name="reason">Why the goods are returned.</param>
    /// <param name="goods">The category of the goods.</param>
    /// <param name="requestedOn">The day the seller was informed of the return (withdrawal).</param>
    /// <param name="evidenceOfSendingOn">The day the buyer supplied evidence of having sent the goods back, if any.</param>
    /// <param name="receivedOn">The day the seller received the goods back, if it has; not before <paramref name="requestedOn"/>.</param>
    /// <exception cref="InvalidReturnCaseException">A field is invalid; <see cref="InvalidReturnCaseException.Field"/> names it.</exception>
    public ReturnRequest(ReturnReason reason, GoodsCategory goods, LocalDate requestedOn, LocalDate? evidenceOfSendingOn = null, LocalDate? receivedOn = null)
    {
        if (reason is < ReturnReason.ChangeOfMind or > ReturnReason.NotAsDescribed)
        {
            ReturnValidation.Fail("reason", $"{(int)reason} is not a defined ReturnReason.");
        }

        if (goods is < GoodsCategory.Standard or > GoodsCategory.Newspaper)
        {
            ReturnValidation.Fail("goods", $"{(int)goods} is not a defined GoodsCategory.");
        }

        ReturnValidation.Date(requestedOn, "requestedOn");
        if (evidenceOfSendingOn is { } evidence)
        {
            ReturnValidation.Date(evidence, "evidenceOfSendingOn");
        }

        if (receivedOn is { } received)
        {
            ReturnValidation.Date(received, "receivedOn");
            if (received < requestedOn)
            {
                ReturnValidation.Fail("receivedOn", $"{ReturnValidation.Iso(received)} is before requestedOn {ReturnValidation.Iso(requestedOn)}.");
            }
        }

        Reason = reason;
        Goods = goods;
        RequestedOn = requestedOn;
        EvidenceOfSendingOn = evidenceOfSendingOn;
        ReceivedOn = receivedOn;
    }

    /// <summary>Why the goods are returned.</summary>
    public ReturnReason Reason { get; }

    /// <summary>The category of the goods.</summary>
    public GoodsCategory Goods { get; }

    /// <summary>The day the seller was informed of the return.</summary>
    public LocalDate RequestedOn { get; }

    /// <summary>The day the buyer supplied evidence of sending the goods back, if any.</summary>
    public LocalDate? EvidenceOfSendingOn { get; }

    /// <summary>The day the seller received the goods back, if it has.</summary>
    public LocalDate? ReceivedOn { get; }

    /// <summary>Whether the return is for a change of mind (not faulty or not as described).</summary>
    public bool IsChangeOfMind => Reason == ReturnReason.ChangeOfMind;
}
