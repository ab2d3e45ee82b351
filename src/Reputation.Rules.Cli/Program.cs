using System;
using System.IO;
using System.Text;
using Reputation.Rules.Cli;

Console.OutputEncoding = Encoding.UTF8;

// Buffered standard streams (one write per 64 KiB, not per line). The JSON-Lines commands flush their output whenever
// they are about to wait for more input, so interactive use still sees each result as soon as its line is read.
using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
try
{
    return CliApp.Run(args, stdin, stdout, Console.Error);
}
finally
{
    stdout.Flush();
}
