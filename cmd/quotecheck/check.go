package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// checkCommand is a placeholder until the check helper lands its implementation.
func checkCommand(e *env) *cli.Command {
	return &cli.Command{Name: "check", Usage: "not yet available",
		Action: func(c *cli.Context) error {
			return &exitError{code: exitUsage, err: errors.New("check is not implemented yet")}
		}}
}
