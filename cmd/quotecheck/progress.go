package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
)

// progressMinDocs is the run size from which a progress bar is worth drawing: below it a
// run takes well under a second (the five seeds take ~50 ms) and a bar would only flicker.
const progressMinDocs = 50

// progressWidth is the bar's width in cells, narrow enough for an 80-column terminal
// next to the counts.
const progressWidth = 30

// progressBar returns a callback that draws a bar on stderr while documents are
// extracted, or nil when stderr is not a terminal or the run is small: progress is for
// people watching, never noise in logs or pipes.
func progressBar(w io.Writer, total int) func(done, total int) {
	f, ok := w.(*os.File)
	if !ok || total < progressMinDocs || !isatty.IsTerminal(f.Fd()) {
		return nil
	}
	return func(done, total int) {
		fmt.Fprint(w, renderBar(done, total))
		if done == total {
			fmt.Fprint(w, "\r\x1b[K") // clear the line once finished
		}
	}
}

// renderBar draws one frame: "\r[#####.....]  120/400 documents".
func renderBar(done, total int) string {
	if total <= 0 {
		return ""
	}
	n := done * progressWidth / total
	return fmt.Sprintf("\r[%s%s] %d/%d documents", strings.Repeat("#", n),
		strings.Repeat(".", progressWidth-n), done, total)
}
