using System.Text;
using System.Text.Json;

namespace InterviewCoach.Load.Channels;

/// <summary>One message a fake channel service received from the bot: when (Stopwatch ticks) and the raw body.</summary>
public sealed record ReceivedMessage(long ArrivedAt, byte[] Body)
{
    public bool Contains(byte[] utf8Marker) => Body.AsSpan().IndexOf(utf8Marker) >= 0;

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The human-readable strings of the message (every <c>text</c>, <c>title</c> and <c>value</c>), for traces.</summary>
    public string Readable()
    {
        var parts = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(Body);
            Collect(document.RootElement, parts);
        }
        catch (JsonException)
        {
            return Text;
        }

        return string.Join(" | ", parts);
    }

    private static void Collect(JsonElement element, List<string> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value" or "label")
                    {
                        parts.Add(property.Name[0] + ":" + property.Value.GetString());
                    }
                    else if (property.Name is not ("from" or "recipient" or "conversation"))
                    {
                        Collect(property.Value, parts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, parts);
                }

                break;
        }
    }
}

/// <summary>
/// What the bot sent into one conversation, in arrival order, with a way to wait for the next message without
/// polling. Cheap enough to keep one per simulated user.
/// </summary>
public sealed class ConversationLog
{
    private readonly List<ReceivedMessage> _messages = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get
        {
            lock (_messages)
            {
                return _messages.Count;
            }
        }
    }

    public void Add(ReceivedMessage message)
    {
        TaskCompletionSource arrived;
        lock (_messages)
        {
            _messages.Add(message);
            arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();
    }

    /// <summary>The messages from index <paramref name="start"/> on.</summary>
    public IReadOnlyList<ReceivedMessage> Since(int start)
    {
        lock (_messages)
        {
            return start >= _messages.Count ? [] : _messages.GetRange(start, _messages.Count - start);
        }
    }

    /// <summary>Waits until the log holds more than <paramref name="count"/> messages; returns message number <paramref name="count"/>, or null on timeout.</summary>
    public async Task<ReceivedMessage?> WaitBeyondAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task arrived;
            lock (_messages)
            {
                if (_messages.Count > count)
                {
                    return _messages[count];
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    /// <summary>Waits until a message from index <paramref name="start"/> on contains <paramref name="utf8Marker"/>; false on timeout.</summary>
    public async Task<bool> WaitForMarkerAsync(int start, byte[] utf8Marker, CancellationToken cancellationToken)
    {
        int next = start;
        while (true)
        {
            ReceivedMessage? message = await WaitBeyondAsync(next, cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                return false;
            }

            if (message.Contains(utf8Marker))
            {
                return true;
            }

            next++;
        }
    }
}
