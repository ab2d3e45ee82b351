using System.CommandLine;
using System.Linq;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli.Commands;

/// <summary><c>rules [--json]</c>: the catalog of built-in rules.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the catalog as a JSON array." };
        var command = new Command("rules", "Lists every built-in rule: id, engine, default severity, title and citations. Example: reputation-rules rules --json") { json };
        command.SetAction(parse =>
        {
            var catalog = RuleCatalog.BuiltIn;
            if (parse.GetValue(json))
            {
                var buffer = new System.Buffers.ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = ReputationRulesJson.WriterOptions.Encoder }))
                {
                    writer.WriteStartArray();
                    foreach (var rule in catalog.Rules)
                    {
                        ReputationRulesJson.Write(writer, rule);
                    }

                    writer.WriteEndArray();
                }

                context.Out.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
                return ExitCodes.Success;
            }

            var table = new TextTable("id", "engine", "severity", "title", "citations");
            foreach (var rule in catalog.Rules)
            {
                table.AddRow(rule.Id.Value, rule.Engine, Formatting.Severity(rule.DefaultSeverity), rule.Title, string.Join("; ", rule.Citations.Select(c => c.ToString())));
            }

            table.WriteTo(context.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}
