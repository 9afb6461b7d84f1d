using TextMining.Cli.Commands;

return TextMiningCommandLine.Run(args, Console.In, Console.Out, Console.Error);
