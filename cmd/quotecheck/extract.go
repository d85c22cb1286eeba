package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/extract"
	"github.com/quotecheck/quotecheck/quotes/names"
	"github.com/quotecheck/quotecheck/report"
)

// aliasesFlag lets users merge speaker spellings the tool cannot merge by itself.
var aliasesFlag = &cli.StringFlag{Name: "aliases",
	Usage: "YAML `FILE` of speaker aliases: {\"Steve Witkoff\": [\"Whitkoff\", \"SW\"]}"}

func extractCommand(e *env) *cli.Command {
	return corpusCommand(e, "extract",
		"every quotation in the documents, with speaker, cue, cited source, position",
		[]string{"text", "json"},
		func(c *cli.Context, res report.Result, format string) func(io.Writer) error {
			return func(w io.Writer) error {
				if format == "json" {
					return report.JSON(w, res, false)
				}
				return report.ExtractText(w, res)
			}
		})
}

func traceCommand(e *env) *cli.Command {
	return corpusCommand(e, "trace",
		"group the variants of each passage across documents, with drift, first appearance and origin",
		[]string{"text", "json", "html", "markdown"},
		func(c *cli.Context, res report.Result, format string) func(io.Writer) error {
			res.Clusters = match.Trace(res.Quotes)
			return func(w io.Writer) error {
				switch format {
				case "json":
					return report.JSON(w, res, true)
				case "html":
					return report.HTML(w, res)
				case "markdown":
					return report.Markdown(w, res)
				}
				return report.TraceText(w, res, report.TextOptions{Color: e.colour(c)})
			}
		})
}

// corpusCommand builds a command that reads PATHs (the embedded seeds by default),
// extracts their quotations and renders them: extract and trace differ only in the
// formats they offer and in what render does with the extraction.
func corpusCommand(e *env, name, usage string, formats []string,
	render func(c *cli.Context, res report.Result, format string) func(io.Writer) error) *cli.Command {
	return &cli.Command{
		Name:      name,
		Usage:     usage,
		ArgsUsage: "[PATH...]  (files, directories or - for stdin; default: the embedded seeds)",
		Flags:     append(outputFlags(formats, "json"), aliasesFlag),
		Action: func(c *cli.Context) error {
			format, err := chooseFormat(c, e, formats, "json")
			if err != nil {
				return err
			}
			res, err := loadAndExtract(c, e)
			if err != nil {
				return err
			}
			return emit(c, e, render(c, res, format))
		},
	}
}

// loadAndExtract reads the command's PATH arguments (the embedded seeds when there are
// none), prints loader warnings on stderr, and extracts every quotation.
func loadAndExtract(c *cli.Context, e *env) (report.Result, error) {
	docs, err := loadDocs(c.Args().Slice(), e)
	if err != nil {
		return report.Result{}, err
	}
	opt := extract.Options{Progress: progressBar(e.stderr, len(docs))}
	if path := c.String("aliases"); path != "" {
		a, err := names.LoadAliases(path)
		if err != nil {
			return report.Result{}, usageErr("%w", err)
		}
		opt.Aliases = a
	}
	return report.Result{Documents: docs, Quotes: extract.Extract(docs, opt)}, nil
}

// loadDocs loads documents and prints the loader's warnings, one line each.
func loadDocs(paths []string, e *env) ([]*document.Document, error) {
	docs, warnings, err := document.Load(paths, e.stdin)
	for _, w := range warnings {
		fmt.Fprintf(e.stderr, "quotecheck: warning: %s\n", w)
	}
	if err != nil {
		return nil, usageErr("%w", err)
	}
	return docs, nil
}
