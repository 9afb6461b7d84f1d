using TextMining.Cli.Commands;

// A standard output closed before start (>&-) is written to as a closed pipe, never through descriptor 1.
return TextMiningCommandLine.Run(args, Console.In, ClosedStdout.IsWritable() ? Console.Out : ClosedStdout.Writer, Console.Error);
