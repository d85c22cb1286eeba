package main

import (
	"io"

	"github.com/urfave/cli/v2"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/report"
)

func compareCommand(e *env) *cli.Command {
	formats := []string{"text", "json"}
	return &cli.Command{
		Name:      "compare",
		Usage:     "the similarity of two quotations, their relation and word-level drift",
		ArgsUsage: "TEXT_A TEXT_B",
		Flags:     outputFlags(formats, "json"),
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usageErr("compare takes exactly two texts, got %d", c.NArg())
			}
			format, err := chooseFormat(c, e, formats, "json")
			if err != nil {
				return err
			}
			a, b := c.Args().Get(0), c.Args().Get(1)
			cmp := match.Compare(a, b)
			return emit(c, e, func(w io.Writer) error {
				if format == "json" {
					return report.CompareJSON(w, a, b, cmp)
				}
				return report.CompareText(w, a, b, cmp, report.TextOptions{Color: e.colour(c)})
			})
		},
	}
}
