package main

import (
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/quotecheck/quotecheck/match/check"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/extract"
	"github.com/quotecheck/quotecheck/report"
)

// checkCommand wires `quotecheck check`: flags and configuration in, package check does
// the judging, package report the rendering; this file only connects them.
func checkCommand(e *env) *cli.Command {
	formats := []string{"text", "json", "sarif", "github"}
	return &cli.Command{
		Name:      "check",
		Usage:     "hold each quotation in the drafts against the reference corpus; findings as a linter prints them",
		ArgsUsage: "DRAFT...  (files, directories or - for stdin)",
		Flags: append(outputFlags(formats, "text"),
			&cli.StringSliceFlag{Name: "corpus", Usage: "reference corpus `PATH` (repeatable; default: corpus: in .quotecheck.yaml, else the embedded seeds)"},
			&cli.StringFlag{Name: "fail-on", Value: string(check.FailOnError), Usage: "exit 1 when a finding is at or above: error, warning or never"},
			&cli.BoolFlag{Name: "verbose", Usage: "also report verified quotes (info), naming the source they match"},
			&cli.BoolFlag{Name: "terms", Usage: "also check scare quotes, titles and terms"},
			&cli.StringFlag{Name: "config", Usage: "configuration `FILE` (default: .quotecheck.yaml in this directory or a parent)"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageErr("check needs at least one DRAFT (a file, a directory or -)")
			}
			format, err := chooseFormat(c, e, formats, "text")
			if err != nil {
				return err
			}
			failOn, ok := check.ParseFailOn(c.String("fail-on"))
			if !ok {
				return usageErr("unknown --fail-on %q (want error, warning or never)", c.String("fail-on"))
			}
			cfg, err := checkConfig(c.String("config"))
			if err != nil {
				return usageErr("%w", err)
			}
			drafts, err := loadDocs(c.Args().Slice(), e)
			if err != nil {
				return err
			}
			corpusPaths := c.StringSlice("corpus")
			if len(corpusPaths) == 0 {
				corpusPaths = cfg.Corpus // nil: the embedded seeds
			}
			corpus, err := loadDocs(corpusPaths, e)
			if err != nil {
				return err
			}
			opt := check.Options{Terms: c.Bool("terms"), Verbose: c.Bool("verbose"),
				Thresholds: cfg.Thresholds, Disable: cfg.Disable}
			exOpt := extract.Options{Aliases: cfg.Aliases}
			res := check.Run(drafts, corpus, func(docs []*document.Document) []*quotes.Quote {
				return extract.Extract(docs, exOpt)
			}, opt)
			err = emit(c, e, func(w io.Writer) error {
				switch format {
				case "json":
					return report.FindingsJSON(w, res.Findings, res.Summary)
				case "sarif":
					return report.FindingsSARIF(w, res.Findings)
				case "github":
					return report.FindingsGitHub(w, res.Findings)
				}
				return report.FindingsText(w, res.Findings, report.TextOptions{Color: e.colour(c)})
			})
			if err != nil {
				return err
			}
			if len(res.Findings) > 0 {
				fmt.Fprintf(e.stderr, "quotecheck: %s\n", report.FindingsSummaryLine(res.Summary))
			}
			if failOn.Fails(res.Findings) {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
}

// checkConfig loads --config, else the .quotecheck.yaml found upwards from the working
// directory, else the defaults.
func checkConfig(path string) (check.Config, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return check.Config{}, fmt.Errorf("find %s: %w", check.ConfigName, err)
		}
		path = check.FindConfig(wd)
	}
	if path == "" {
		return check.Config{}, nil
	}
	return check.LoadConfig(path)
}
