namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>action_id</c>s and <c>callback_id</c>s this app puts in Block Kit, so interactions can be routed back.</summary>
internal static class SlackActionIds
{
    /// <summary>A choice button; <c>value</c> is the choice (prefix, followed by a position to keep ids unique).</summary>
    public const string Choice = "coach.choice.";

    /// <summary>The checkboxes / multi-select of a multi-choice question.</summary>
    public const string MultiInput = "coach.multi";

    /// <summary>The "Done" button of a multi-choice question; <c>value</c> is the block id holding the input.</summary>
    public const string MultiSubmit = "coach.multi.submit";

    /// <summary>A command button (App Home, help); <c>value</c> is the command keyword.</summary>
    public const string Command = "coach.command.";

    /// <summary>The button that opens a form as a modal; <c>value</c> is the form id.</summary>
    public const string FormOpen = "coach.form.open";

    /// <summary>The submit button of a date/time picker shown inside a message; <c>value</c> is the form id.</summary>
    public const string FormSubmit = "coach.form.submit";

    /// <summary>A date or time picker inside a message (prefix + field id); answered with <see cref="FormSubmit"/>.</summary>
    public const string Field = "coach.field.";

    /// <summary>The action id of every input element in a form modal (the block id is the field id).</summary>
    public const string ModalInput = "value";

    /// <summary>The <c>callback_id</c> of form modals.</summary>
    public const string FormCallback = "coach.form";
}
