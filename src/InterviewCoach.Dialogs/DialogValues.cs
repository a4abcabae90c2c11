using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using InterviewCoach.Dialogs.Serialization;

namespace InterviewCoach.Dialogs;

/// <summary>
/// A typed bag of values that survives across turns. Each value is stored as JSON and read back as the type
/// asked for, so an <see cref="int"/> comes back as an <see cref="int"/>, a <see cref="DateTimeOffset"/> keeps its
/// offset and a record comes back as that record.
/// </summary>
[JsonConverter(typeof(DialogValuesConverter))]
public sealed class DialogValues
{
    // UTF-8 JSON per value: cheaper to read from and write into the persisted state than a JsonDocument each.
    private readonly Dictionary<string, byte[]> _values;

    public DialogValues()
    {
        _values = new Dictionary<string, byte[]>(StringComparer.Ordinal);
    }

    internal DialogValues(Dictionary<string, byte[]> values)
    {
        _values = values;
    }

    public int Count => _values.Count;

    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Set or removed since the dialog last reported its state (not persisted).</summary>
    internal bool Changed { get; set; }

    internal IReadOnlyDictionary<string, byte[]> Raw => _values;

    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any previous value.</summary>
    public void Set<T>(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _values[key] = JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());
        Changed = true;
    }

    /// <summary>Reads the value under <paramref name="key"/> as <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">No value was set under <paramref name="key"/>.</exception>
    public T Get<T>(string key)
    {
        return TryGet(key, out T? value)
            ? value!
            : throw new KeyNotFoundException($"No value named '{key}' was set.");
    }

    /// <summary>Reads the value under <paramref name="key"/>, or <paramref name="defaultValue"/> when none was set.</summary>
    public T? GetOrDefault<T>(string key, T? defaultValue = default) => TryGet(key, out T? value) ? value : defaultValue;

    /// <summary>Reads the value under <paramref name="key"/> as <typeparamref name="T"/> if one was set.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_values.TryGetValue(key, out byte[]? json))
        {
            value = JsonSerializer.Deserialize(json, TypeInfo<T>())!;
            return true;
        }

        value = default;
        return false;
    }

    public bool Remove(string key)
    {
        bool removed = _values.Remove(key);
        Changed |= removed;
        return removed;
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)DialogJson.Options.GetTypeInfo(typeof(T));
}
