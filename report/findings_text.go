package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/match/check"
)

// evidenceWidth is how many characters of a source's text the text format shows: one
// line of a 120-column terminal after the indent and the outlet.
const evidenceWidth = 80

// FindingsText writes findings as a compiler would: `path:line:col: severity: message
// [rule]` (the message folded onto that one line), then each piece of evidence indented on its own line. Nothing is written when
// there are no findings (a clean draft prints nothing on stdout).
func FindingsText(w io.Writer, fs []check.Finding, opt TextOptions) error {
	var sb strings.Builder
	for _, f := range fs {
		r := regionOf(f)
		fmt.Fprintf(&sb, "%s:%d:%d: %s: %s [%s]\n", f.Doc.Path, r.Line, r.Col,
			paint(string(f.Severity), severityColour(f.Severity), opt), strings.Join(strings.Fields(f.Message), " "), f.Rule)
		for _, e := range f.Evidence {
			q := e.Quote
			line, col := q.Doc.Position(q.Span.Start)
			meta := describeDoc(q.Doc.Meta.Outlet, q.Doc.Meta.Published.Raw)
			speaker := ""
			if q.Speaker != "" {
				speaker = " — " + q.Speaker
			}
			fmt.Fprintf(&sb, "    %s:%d:%d: %s“%s”%s (similarity %.2f)\n", q.Doc.ID, line, col, meta,
				shorten(q.Text, evidenceWidth), speaker, e.Similarity)
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// describeDoc is "Outlet, 2025-11-26: " with whatever is known, or "".
func describeDoc(outlet, published string) string {
	var parts []string
	for _, p := range []string{outlet, published} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ") + ": "
}

func severityColour(s check.Severity) string {
	switch s {
	case check.SeverityError:
		return ansiRed
	case check.SeverityWarning:
		return ansiYellow
	}
	return ansiCyan
}

// Colours used only by the findings text.
const (
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)
