package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// TextOptions tune the text renderers for people.
type TextOptions struct {
	Color bool // ANSI colour (the command decides: terminal only, NO_COLOR respected)
}

// quoteWidth is how many characters of a quote the extract table shows; enough to
// recognise a quote on an 120-column terminal with the other columns beside it.
const quoteWidth = 60

// ExtractText writes the quotations as a table for people: document, line:col, kind,
// speaker (or "?" when unknown) and the quote shortened to quoteWidth characters.
func ExtractText(w io.Writer, r Result) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDOC:LINE:COL\tKIND\tSPEAKER\tHOW\tQUOTE")
	for _, q := range r.Quotes {
		line, col := q.Doc.Position(q.Span.Start)
		speaker, how := "?", "-"
		if q.Speaker != "" {
			speaker = q.Speaker
			how = fmt.Sprintf("%s %.2f", q.Attribution.Method, q.Attribution.Confidence)
		}
		fmt.Fprintf(tw, "%s\t%s:%d:%d\t%s\t%s\t%s\t“%s”\n", q.ID, q.Doc.ID, line, col,
			q.Kind, speaker, how, shorten(q.Text, quoteWidth))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	_, err := fmt.Fprintf(w, "%s in %s\n", plural(len(r.Quotes), "quotation"), plural(len(r.Documents), "document"))
	return err
}

// shorten folds white space and cuts s to at most n characters, marking a cut with "…".
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
