package check

// Judging a credit ("told Reuters", "according to Bloomberg").
//
// Problem: a draft that credits an outlet for a quote should credit one that carries
// the words — preferably the origin the coverage credits, or the outlet that published
// them first. Crediting a wire that never ran the quote is a common, embarrassing error.
//
// Approach: the evidence (the corpus quotes that render the draft's words, judge.go)
// gives three facts: the outlets whose documents carry the words, the outlet most of
// them credit (the origin; several when tied), and the earliest publisher(s), compared
// as precisely as both dates allow. The credit passes when it names an origin, or —
// when nobody credits anyone — when it names a first publisher. Otherwise one quote-credit warning
// says what the sources say instead.
//
// Example: a draft line from the Witkoff transcript credited "told Reuters"; four seed
// articles carry the line and two credit Bloomberg → "credits Reuters, but the sources
// credit Bloomberg (2 of 4)".
//
// Cost: linear in the evidence.
//
// A credit to a social network ("wrote on X") is judged apart (platformCredit): it
// names the speaker's channel, not a publisher.
//
// Known failures: outlets are compared by folded name with a word-prefix rule ("Bloomberg"
// = "Bloomberg News"); two spellings of one outlet that differ otherwise ("AP" and
// "Associated Press") are two outlets.

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// credit returns a quote-credit finding when the draft's credit is not borne out.
func credit(base Finding, q *quotes.Quote, srcs []source) (Finding, bool) {
	cited := q.CitedSource
	if cited == "" {
		return Finding{}, false
	}
	f := base
	f.Severity, f.Rule = SeverityWarning, RuleCredit
	f.Evidence = evidenceOf(srcs)
	if quotes.IsPlatform(cited) {
		return platformCredit(f, cited, srcs)
	}
	if origins, n, credited := originsOf(srcs); len(origins) > 0 {
		for _, o := range origins {
			if sameOutlet(cited, o) {
				return Finding{}, false
			}
		}
		f.Message = fmt.Sprintf("credits %s, but the sources credit %s (%d of %d)", cited, strings.Join(origins, " or "), n, credited)
		return f, true
	}
	first := firstPublished(srcs)
	for _, s := range first {
		if sameOutlet(cited, s.hit.Quote.Doc.Meta.Outlet) {
			return Finding{}, false
		}
	}
	for _, s := range srcs {
		if sameOutlet(cited, s.hit.Quote.Doc.Meta.Outlet) {
			if len(first) > 0 {
				d := first[0].hit.Quote.Doc
				f.Message = fmt.Sprintf("credits %s, but %s published these words first (%s)", cited, describe(first[0].hit.Quote), d.Meta.Published.Raw)
				f.Evidence = evidenceOf(append(append([]source{}, first...), s))
				return f, true
			}
			return Finding{}, false // no dates: cannot say who was first
		}
	}
	f.Message = fmt.Sprintf("credits %s, but no %s document in the corpus carries these words", cited, cited)
	return f, true
}

// platformCredit judges a credit to a social network ("wrote on X"): the speaker's own
// channel, which no news document of the corpus is published under. It is wrong only
// when the sources name another platform for these words and none names this one;
// when they name no platform, nothing says where the words were first posted.
func platformCredit(f Finding, cited string, srcs []source) (Finding, bool) {
	counts := map[string]int{}
	var order []string
	total := 0
	for _, s := range srcs {
		c := s.hit.Quote.CitedSource
		if !quotes.IsPlatform(c) {
			continue
		}
		if sameOutlet(cited, c) {
			return Finding{}, false
		}
		if counts[c] == 0 {
			order = append(order, c)
		}
		counts[c]++
		total++
	}
	if total == 0 {
		return Finding{}, false
	}
	f.Message = fmt.Sprintf("credits %s, but the sources say these words were posted on %s (%d of %d)",
		cited, strings.Join(order, " or "), total, len(srcs))
	return f, true
}

// originsOf returns the credits most sources give (several when tied, in the order the
// sources give them), how many sources give each, and how many give any credit.
func originsOf(srcs []source) (origins []string, n, credited int) {
	counts := map[string]int{}
	var order []string
	spelled := map[string]string{}
	for _, s := range srcs {
		c := s.hit.Quote.CitedSource
		if c == "" {
			continue
		}
		credited++
		k := foldOutlet(c)
		if counts[k] == 0 {
			order = append(order, k)
			spelled[k] = c
		}
		counts[k]++
		n = max(n, counts[k])
	}
	for _, k := range order {
		if counts[k] == n {
			origins = append(origins, spelled[k])
		}
	}
	return origins, n, credited
}

// firstPublished returns the sources whose documents were published earliest, as
// precisely as the dates allow (a day-precision date ties with any time that day).
func firstPublished(srcs []source) []source {
	var first []source
	for _, s := range srcs {
		d := s.hit.Quote.Doc.Meta.Published
		if !d.Known() {
			continue
		}
		if len(first) == 0 {
			first = []source{s}
			continue
		}
		switch compareDates(d, first[0].hit.Quote.Doc.Meta.Published) {
		case -1:
			first = []source{s}
		case 0:
			first = append(first, s)
		}
	}
	return first
}

// compareDates compares two known dates at the coarser of their precisions.
func compareDates(a, b document.Date) int {
	ta, tb := a.Time.UTC(), b.Time.UTC()
	if a.Precision == document.PrecisionDay || b.Precision == document.PrecisionDay {
		da, db := ta.Format("2006-01-02"), tb.Format("2006-01-02")
		return strings.Compare(da, db)
	}
	return ta.Compare(tb)
}

// sameOutlet compares outlet names after folding; one may be a word-prefix of the
// other ("Bloomberg" and "Bloomberg News").
func sameOutlet(a, b string) bool {
	fa, fb := foldOutlet(a), foldOutlet(b)
	if fa == "" || fb == "" {
		return false
	}
	return fa == fb || strings.HasPrefix(fa, fb+" ") || strings.HasPrefix(fb, fa+" ")
}

// foldOutlet lower-cases, drops a leading "the" and keeps letters and digits.
func foldOutlet(s string) string {
	w := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(w) > 0 && w[0] == "the" {
		w = w[1:]
	}
	return strings.Join(w, " ")
}
