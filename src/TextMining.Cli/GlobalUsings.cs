// The namespaces most commands use, imported once here instead of at the top of each file.
global using System.CommandLine;
global using System.Globalization;
global using System.Text.Json;
global using TextMining.Export;
global using TextMining.Parsing;
