package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
)

// Exit statuses, as the contract fixes them.
const (
	exitOK       = 0 // success; for check: no finding at or above --fail-on
	exitFindings = 1 // check found problems
	exitUsage    = 2 // bad usage or unreadable input
)

// env is what a command may touch of the outside world; run fills it so tests can run
// the program in-process with buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdoutTTY      bool // stdout is a terminal: text is the default format, colour allowed
}

// exitError carries an exit status out of a command action without printing twice.
type exitError struct {
	code int
	err  error // nil when there is nothing to print
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// usageErr marks an error as bad usage or unreadable input (exit 2).
func usageErr(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// run is the whole program: it parses args (args[0] is the program name), runs the
// command, prints any error as one line on stderr, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if f, ok := stdout.(*os.File); ok {
		e.stdoutTTY = isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
	}
	app := newApp(e)
	err := app.Run(interspersed(args, app))
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "quotecheck: %s\n", oneLine(ee.err.Error()))
		}
		return ee.code
	}
	// Errors from flag parsing and unknown commands are usage errors.
	fmt.Fprintf(stderr, "quotecheck: %s\n", oneLine(err.Error()))
	return exitUsage
}

// oneLine keeps an error message on one line, as the contract asks.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func newApp(e *env) *cli.App {
	return &cli.App{
		Name:  "quotecheck",
		Usage: "check quotations in news text: who said them, how faithfully, where first",
		Description: "With no PATH, extract and trace run on the embedded seed corpus " +
			"(five articles on the November 2025 Witkoff–Ushakov–Dmitriev transcript leak).",
		Reader:         e.stdin,
		Writer:         e.stdout,
		ErrWriter:      e.stderr,
		HideVersion:    true,
		ExitErrHandler: func(*cli.Context, error) {}, // run prints errors and picks the status
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErr("unknown command %q (want extract, trace, check or compare; see --help)", c.Args().First())
			}
			_ = cli.ShowAppHelp(c)
			return &exitError{code: exitUsage}
		},
		Commands: []*cli.Command{
			extractCommand(e),
			traceCommand(e),
			checkCommand(e),
			compareCommand(e),
		},
	}
}

// outputFlags are the flags every command takes: --format and -o. fallback is the
// format used off a terminal when neither --format nor -o's extension says one.
func outputFlags(formats []string, fallback string) []cli.Flag {
	dflt := "text on a terminal and " + fallback + " otherwise"
	if fallback == "text" {
		dflt = "text"
	}
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"},
			Usage: "output format: " + strings.Join(formats, ", ") +
				" (default: from -o's extension, else " + dflt + ")"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
	}
}

// formatExt maps an -o file extension to the format it implies.
var formatExt = map[string]string{
	".json": "json", ".html": "html", ".htm": "html", ".md": "markdown",
	".markdown": "markdown", ".sarif": "sarif", ".txt": "text",
}

// chooseFormat resolves --format: explicit, else implied by -o's extension, else text on
// a terminal and fallback otherwise. It rejects formats the command does not offer.
func chooseFormat(c *cli.Context, e *env, formats []string, fallback string) (string, error) {
	f := c.String("format")
	if f == "" {
		if ext := strings.ToLower(filepath.Ext(c.String("output"))); formatExt[ext] != "" && slices.Contains(formats, formatExt[ext]) {
			f = formatExt[ext]
		} else if e.stdoutTTY && c.String("output") == "" {
			f = "text"
		} else {
			f = fallback
		}
	}
	if !slices.Contains(formats, f) {
		return "", usageErr("unknown --format %q for %s (want one of: %s)", f, c.Command.Name, strings.Join(formats, ", "))
	}
	return f, nil
}

// emit renders into memory first, so that a failure never leaves partial output, then
// writes to -o FILE or standard output.
func emit(c *cli.Context, e *env, render func(w io.Writer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return usageErr("render: %w", err)
	}
	if path := c.String("output"); path != "" && path != "-" {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return usageErr("write %s: %w", path, err)
		}
		return nil
	}
	if _, err := e.stdout.Write(buf.Bytes()); err != nil {
		return usageErr("write output: %w", err)
	}
	return nil
}

// colour reports whether text output may use ANSI colour: only on a terminal, never
// into a file, and never when NO_COLOR is set (https://no-color.org).
func (e *env) colour(c *cli.Context) bool {
	return e.stdoutTTY && c.String("output") == "" && os.Getenv("NO_COLOR") == ""
}
