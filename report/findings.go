package report

import (
	"fmt"

	"github.com/quotecheck/quotecheck/match/check"
)

// Findings renderers (findings_text.go, findings_json.go, findings_sarif.go,
// findings_github.go) share the helpers in this file. A finding carries a byte span;
// lines and columns (1-based, columns in Unicode characters) are computed here, at
// output time, through Document.Position.

// region is a finding's position as people and tools count it.
type region struct {
	Line, Col, EndLine, EndCol int
}

// regionOf converts a finding's span to lines and columns; the end is the position just
// after the last character (SARIF's exclusive endColumn).
func regionOf(f check.Finding) region {
	var r region
	r.Line, r.Col = f.Doc.Position(f.Span.Start)
	r.EndLine, r.EndCol = f.Doc.Position(f.Span.End)
	return r
}

// FindingsSummaryLine is the one line the check command prints on standard error:
// "2 files, 14 quotes checked: 1 error, 2 warnings".
func FindingsSummaryLine(s check.Summary) string {
	line := fmt.Sprintf("%s, %s checked: %s, %s", plural(s.Files, "file"), plural(s.Quotes, "quote"),
		plural(s.Errors, "error"), plural(s.Warnings, "warning"))
	if s.Infos > 0 {
		line += ", " + plural(s.Infos, "verified quote")
	}
	return line
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
