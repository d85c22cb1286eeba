package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/match/check"
)

// FindingsGitHub writes findings as GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request:
//
//	::error file=draft.md,line=3,col=5,endLine=3,endColumn=40,title=quote-altered::message
//
// Data is escaped as the runner expects (%, CR, LF); property values also escape : and ,.
func FindingsGitHub(w io.Writer, fs []check.Finding) error {
	var sb strings.Builder
	for _, f := range fs {
		r := regionOf(f)
		fmt.Fprintf(&sb, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubCommand(f.Severity), escapeProperty(f.Doc.Path), r.Line, r.Col, r.EndLine, r.EndCol,
			escapeProperty(string(f.Rule)), escapeData(githubMessage(f)))
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// githubCommand maps a severity to the workflow command.
func githubCommand(s check.Severity) string {
	switch s {
	case check.SeverityError:
		return "error"
	case check.SeverityWarning:
		return "warning"
	}
	return "notice"
}

// githubMessage is the message and, on following lines, the evidence.
func githubMessage(f check.Finding) string {
	msg := f.Message
	for _, e := range f.Evidence {
		q := e.Quote
		msg += fmt.Sprintf("\n%s%s: “%s”", describeDoc(q.Doc.Meta.Outlet, q.Doc.Meta.Published.Raw), q.Doc.ID, shorten(q.Text, evidenceWidth))
	}
	return msg
}

// escapeData escapes a workflow command's message.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
