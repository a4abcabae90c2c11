using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Opens an ONNX model that ships as bytes (the MiniLM package embeds it in its assembly) with as few copies held at
/// once as possible. Handed a byte array, ONNX Runtime parses a second full copy while the array lives, so the model
/// is written to a temporary file instead, read by the runtime and deleted once the session holds the weights. While
/// copying out of the assembly's mapped image, the pages already copied are handed back (Linux), or they would stay in
/// the process's resident memory for as long as the process runs.
/// </summary>
internal static partial class EmbeddedModelFile
{
    private const int ChunkBytes = 4 << 20;
    private const int MadviseDontNeed = 4;

    /// <summary>A session over the model <paramref name="openModel"/> returns; from memory only when no temporary file can be written.</summary>
    public static InferenceSession Open(Func<Stream> openModel, SessionOptions options)
    {
        string path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"interview-coach-model-{Environment.ProcessId}-{Guid.NewGuid():N}.onnx"));
        try
        {
            try
            {
                using Stream model = openModel();
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
                CopyReleasing(model, file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A read-only or full temporary folder: the slower way, with the extra copy for the length of the load.
                using Stream model = openModel();
                using var bytes = new MemoryStream(checked((int)model.Length));
                CopyReleasing(model, bytes);
                return new InferenceSession(bytes.GetBuffer(), options);
            }

            return new InferenceSession(path, options);
        }
        finally
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left in the temporary folder; the OS clears it.
            }
        }
    }

    private static unsafe void CopyReleasing(Stream model, Stream destination)
    {
        if (model is not UnmanagedMemoryStream mapped || !OperatingSystem.IsLinux()
            || !IsFileBacked((ulong)mapped.PositionPointer, (ulong)(mapped.PositionPointer + (mapped.Length - mapped.Position))))
        {
            model.CopyTo(destination);
            return;
        }

        byte* start = mapped.PositionPointer;
        long length = mapped.Length - mapped.Position;
        for (long offset = 0; offset < length; offset += ChunkBytes)
        {
            int count = (int)Math.Min(ChunkBytes, length - offset);
            destination.Write(new ReadOnlySpan<byte>(start + offset, count));
            Release(start + offset, count);
        }
    }

    /// <summary>
    /// Drops the whole pages inside the range from resident memory. Only for a read-only file mapping, whose pages the
    /// kernel reads back from the file if anything touches them again; an anonymous copy would come back as zeros.
    /// </summary>
    private static unsafe void Release(byte* start, int count)
    {
        long page = Environment.SystemPageSize;
        long first = ((long)start + page - 1) & ~(page - 1);
        long end = ((long)start + count) & ~(page - 1);
        if (end > first)
        {
            _ = Madvise((nint)first, (nuint)(end - first), MadviseDontNeed);
        }
    }

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) lies in one read-only mapping of a file (a path and an inode in /proc/self/maps).</summary>
    private static bool IsFileBacked(ulong start, ulong end)
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/maps"))
            {
                // "7f12a000-7f12b000 r--p 00000000 fd:01 1234567   /path/to/file.dll"
                string[] fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                int dash = fields[0].IndexOf('-', StringComparison.Ordinal);
                if (fields.Length < 6 || dash < 0
                    || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong low)
                    || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong high))
                {
                    continue;
                }

                if (start >= low && start < high)
                {
                    return end <= high && fields[4] != "0" && fields[5].TrimStart().StartsWith('/') && !fields[1].Contains('w', StringComparison.Ordinal);
                }
            }
        }
        catch (IOException)
        {
        }

        return false;
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
