using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/Reputation.Rules.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project benchmarks/Reputation.Rules.Benchmarks -- --filter '*Calendar*'
BenchmarkSwitcher.FromAssembly(typeof(Reputation.Rules.Benchmarks.CalendarBenchmarks).Assembly).Run(args);
