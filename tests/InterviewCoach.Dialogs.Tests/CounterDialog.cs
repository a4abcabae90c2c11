namespace InterviewCoach.Dialogs.Tests;

/// <summary>A hand-written dialog (not a waterfall) that counts the messages it receives in its instance values.</summary>
internal sealed class CounterDialog() : Dialog(DialogId)
{
    public const string DialogId = "counter";

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.Values = new DialogValues();
        dc.ActiveDialog.Values.Set("count", 0);
        dc.Send("Counting.");
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    public override ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        DialogValues values = dc.ActiveDialog!.Values!;
        int count = values.Get<int>("count") + 1;
        values.Set("count", count);
        dc.Send($"Count: {count}");
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }
}
