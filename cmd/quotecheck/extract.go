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
	formats := []string{"text", "json"}
	return &cli.Command{
		Name:      "extract",
		Usage:     "every quotation in the documents, with speaker, cue, cited source, position",
		ArgsUsage: "[PATH...]  (files, directories or - for stdin; default: the embedded seeds)",
		Flags:     append(outputFlags(formats), aliasesFlag),
		Action: func(c *cli.Context) error {
			format, err := chooseFormat(c, e, formats, "json")
			if err != nil {
				return err
			}
			res, err := loadAndExtract(c, e)
			if err != nil {
				return err
			}
			return emit(c, e, func(w io.Writer) error {
				if format == "json" {
					return report.JSON(w, res, false)
				}
				return report.ExtractText(w, res)
			})
		},
	}
}

func traceCommand(e *env) *cli.Command {
	formats := []string{"text", "json", "html", "markdown"}
	return &cli.Command{
		Name:      "trace",
		Usage:     "group the variants of each passage across documents, with drift, first appearance and origin",
		ArgsUsage: "[PATH...]  (files, directories or - for stdin; default: the embedded seeds)",
		Flags:     append(outputFlags(formats), aliasesFlag),
		Action: func(c *cli.Context) error {
			format, err := chooseFormat(c, e, formats, "json")
			if err != nil {
				return err
			}
			res, err := loadAndExtract(c, e)
			if err != nil {
				return err
			}
			res.Clusters = match.Trace(res.Quotes)
			return emit(c, e, func(w io.Writer) error {
				switch format {
				case "json":
					return report.JSON(w, res, true)
				case "html":
					return report.HTML(w, res)
				case "markdown":
					return report.Markdown(w, res)
				}
				return report.TraceText(w, res, report.TextOptions{Color: e.colour(c)})
			})
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
