package report

import (
	"io"

	"github.com/quotecheck/quotecheck/match/check"
)

// The jsonFinding types mirror the contract's check object (version 1) field by field.

type jsonEvidence struct {
	Doc        string  `json:"doc"`
	Outlet     *string `json:"outlet"`
	Published  *string `json:"published"`
	Text       string  `json:"text"`
	Speaker    *string `json:"speaker"`
	Similarity float64 `json:"similarity"`
}

type jsonFinding struct {
	Path     string         `json:"path"`
	Line     int            `json:"line"`
	Col      int            `json:"col"`
	EndLine  int            `json:"end_line"`
	EndCol   int            `json:"end_col"`
	Severity string         `json:"severity"`
	Rule     string         `json:"rule"`
	Message  string         `json:"message"`
	Quote    *string        `json:"quote"`
	Speaker  *string        `json:"speaker"`
	Evidence []jsonEvidence `json:"evidence"`
}

type jsonSummary struct {
	Files    int `json:"files"`
	Quotes   int `json:"quotes"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
}

type jsonCheck struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

// FindingsJSON writes the contract's check object.
func FindingsJSON(w io.Writer, fs []check.Finding, s check.Summary) error {
	out := jsonCheck{Version: Version, Findings: []jsonFinding{},
		Summary: jsonSummary{Files: s.Files, Quotes: s.Quotes, Errors: s.Errors, Warnings: s.Warnings}}
	for _, f := range fs {
		r := regionOf(f)
		jf := jsonFinding{Path: f.Doc.Path, Line: r.Line, Col: r.Col, EndLine: r.EndLine, EndCol: r.EndCol,
			Severity: string(f.Severity), Rule: string(f.Rule), Message: f.Message,
			Quote: orNull(f.Quote), Speaker: orNull(f.Speaker), Evidence: []jsonEvidence{}}
		for _, e := range f.Evidence {
			q := e.Quote
			jf.Evidence = append(jf.Evidence, jsonEvidence{Doc: q.Doc.ID,
				Outlet: orNull(q.Doc.Meta.Outlet), Published: orNull(q.Doc.Meta.Published.Raw),
				Text: q.Text, Speaker: orNull(q.Speaker), Similarity: round3(e.Similarity)})
		}
		out.Findings = append(out.Findings, jf)
	}
	return writeJSON(w, out)
}
