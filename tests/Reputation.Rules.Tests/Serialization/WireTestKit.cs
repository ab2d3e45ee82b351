using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Serialization;
using Reputation.Rules.Testing;

namespace Reputation.Rules.Tests.Serialization;

/// <summary>Shared helpers: the golden files (written by the CLI before the wire format moved into the library) and one-call writers.</summary>
internal static class WireTestKit
{
    public static string Golden(string fileName) =>
        Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Tests", "Serialization", "Golden", fileName);

    public static string[] Lines(string path) =>
        [.. File.ReadAllLines(path, Encoding.UTF8).Where(l => !string.IsNullOrWhiteSpace(l))];

    /// <summary>Writes one value with the library's explicit writer and the wire format's writer options.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ReputationRulesJson.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
