// Command quotecheck checks quotations in news text: who said them, whether they were
// quoted faithfully, and where they first appeared. See README.md and
// ../shared/CONTRACT.md for the commands and their output.
//
// main is thin: all work happens in run, which tests call in-process.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
