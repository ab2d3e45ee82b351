using System;
using Reputation.Rules.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return CliApp.Run(args, Console.In, Console.Out, Console.Error);
