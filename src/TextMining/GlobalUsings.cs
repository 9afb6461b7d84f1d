// The namespaces most files of the library use, imported once here instead of at the top of each file.
global using System.Globalization;
global using System.Text;
global using TextMining.Extraction;
global using TextMining.Extraction.Abbreviations;
global using TextMining.Extraction.Dates;
global using TextMining.Extraction.Documents;
global using TextMining.Extraction.Figures;
global using TextMining.Extraction.Models;
global using TextMining.Extraction.Officials;
global using TextMining.Extraction.Organizations;
global using TextMining.Extraction.Places;
global using TextMining.Lexicons;
global using TextMining.Parsing;
global using TextMining.Text;
