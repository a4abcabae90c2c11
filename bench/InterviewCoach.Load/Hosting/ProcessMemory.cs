using System.Globalization;

namespace InterviewCoach.Load.Hosting;

/// <summary>Reads a Linux process's resident memory from <c>/proc/&lt;pid&gt;/status</c>.</summary>
public static class ProcessMemory
{
    /// <summary>Current resident set (<c>VmRSS</c>) in bytes, or null when the process is gone or not on Linux.</summary>
    public static long? ResidentBytes(int pid) => Read(pid, "VmRSS:");

    /// <summary>Peak resident set since the process started (<c>VmHWM</c>) in bytes.</summary>
    public static long? PeakResidentBytes(int pid) => Read(pid, "VmHWM:");

    /// <summary>Parses one <c>Name:  1234 kB</c> line of a status file.</summary>
    public static long? Parse(string statusText, string field)
    {
        ArgumentNullException.ThrowIfNull(statusText);
        foreach (string line in statusText.Split('\n'))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = line[field.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb * 1024 : null;
        }

        return null;
    }

    private static long? Read(int pid, string field)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"), field);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
