package check

// The wording of findings: how a source is named, how edits are shown.

import (
	"fmt"
	"strings"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes"
)

// describe names a source for a message: its outlet, else its document id.
func describe(q *quotes.Quote) string {
	if o := q.Doc.Meta.Outlet; o != "" {
		return o
	}
	return q.Doc.ID
}

// shownChars is how much of a source's text a message quotes.
const shownChars = 100

// shorten folds white space and cuts s to shownChars characters, marking a cut with "…".
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > shownChars {
		return string(r[:shownChars-1]) + "…"
	}
	return s
}

// describeEdits renders edits as “from” → “to”. With flaggedOnly, it keeps the edits
// that carry a meaning-changing flag and names the flag. The flags are each edit's own
// (Edit.Flags), judged by match inside the whole texts, so "got" → "going" before "to"
// keeps its modality. When no edit carries one (a drift built by hand), it lists the
// edits and the drift's flags.
func describeEdits(d match.Drift, flaggedOnly bool) string {
	var parts []string
	for _, e := range d.Edits {
		fl := e.Flags
		if flaggedOnly && len(fl) == 0 {
			continue
		}
		p := editText(e)
		if len(fl) > 0 {
			p += " (" + joinFlags(fl) + ")"
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		for _, e := range d.Edits {
			parts = append(parts, editText(e))
		}
		if len(d.Flags) > 0 && len(parts) > 0 {
			parts[len(parts)-1] += " (" + joinFlags(d.Flags) + ")"
		}
	}
	const maxShown = 4
	if len(parts) > maxShown {
		parts = append(parts[:maxShown], fmt.Sprintf("and %d more", len(parts)-maxShown))
	}
	return strings.Join(parts, "; ")
}

func editText(e match.Edit) string {
	switch e.Op {
	case match.OpInsert:
		return "added “" + e.To + "”"
	case match.OpDelete:
		return "dropped “" + e.From + "”"
	}
	return "“" + e.From + "” → “" + e.To + "”"
}

func joinFlags(fl []match.Flag) string {
	s := make([]string, len(fl))
	for i, f := range fl {
		s[i] = string(f)
	}
	return strings.Join(s, ", ")
}
