namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// The vectors of the last few texts embedded, for a short while: one turn's checkers and prompts often ask for the same
/// sentence more than once. Bounded in count and in age (oldest first out, expired ones dropped at the next use), so
/// what users typed does not stay in memory. Hands out copies, so no caller can change another's vector.
/// </summary>
internal sealed class SentenceVectorCache(int capacity, TimeSpan lifetime, TimeProvider time)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _byText = new(StringComparer.Ordinal);

    // Oldest last: entries are never moved, so the tail is always the next to expire.
    private readonly LinkedList<Entry> _byAge = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byText.Count;
            }
        }
    }

    public float[]? Get(string text)
    {
        DateTimeOffset now = time.GetUtcNow();
        lock (_gate)
        {
            DropExpired(now);
            return _byText.TryGetValue(text, out LinkedListNode<Entry>? node) ? (float[])node.Value.Vector.Clone() : null;
        }
    }

    /// <summary>Forgets every text; the checker benchmark uses it to time a first check honestly.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _byText.Clear();
            _byAge.Clear();
        }
    }

    public void Add(string text, float[] vector)
    {
        DateTimeOffset now = time.GetUtcNow();
        var entry = new Entry(text, (float[])vector.Clone(), now);
        lock (_gate)
        {
            DropExpired(now);
            if (_byText.TryGetValue(text, out LinkedListNode<Entry>? old))
            {
                Remove(old);
            }

            while (_byText.Count >= capacity && _byAge.Last is { } oldest)
            {
                Remove(oldest);
            }

            _byText[text] = _byAge.AddFirst(entry);
        }
    }

    private void DropExpired(DateTimeOffset now)
    {
        while (_byAge.Last is { } oldest && now - oldest.Value.Added > lifetime)
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byAge.Remove(node);
        _byText.Remove(node.Value.Text);
    }

    private sealed record Entry(string Text, float[] Vector, DateTimeOffset Added);
}
