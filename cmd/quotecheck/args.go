package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// interspersed moves a command's flags in front of its positional arguments.
//
// urfave/cli v2 stops reading flags at the first positional argument, but the
// contract's own synopsis is `check DRAFT... [--corpus PATH]...`, and people type
// `quotecheck compare A B --format json`. So before parsing, every token after the
// command name that names one of the command's flags is moved, with its value when the
// flag takes one, ahead of the positional arguments. "--" ends the reordering, and "-"
// (standard input) stays a positional argument.
func interspersed(args []string, app *cli.App) []string {
	if len(args) < 2 {
		return args
	}
	var cmd *cli.Command
	for _, c := range app.Commands {
		if c.Name == args[1] {
			cmd = c
		}
	}
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, positional []string
	rest := args[2:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			positional = append(positional, rest[i:]...)
			break
		}
		name := strings.TrimLeft(a, "-")
		if !strings.HasPrefix(a, "-") || a == "-" || name == "" {
			positional = append(positional, a)
			continue
		}
		name, _, hasValue := strings.Cut(name, "=")
		value, known := takesValue[name]
		if !known {
			flags = append(flags, a) // let the parser report it
			continue
		}
		flags = append(flags, a)
		if value && !hasValue && i+1 < len(rest) {
			flags = append(flags, rest[i+1])
			i++
		}
	}
	out := append([]string{args[0], args[1]}, flags...)
	return append(out, positional...)
}
