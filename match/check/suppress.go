package check

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// Inline suppression.
//
// Problem: an editor who has verified a quote some other way (a recording, a call to the
// speaker) needs to silence one finding without turning the rule off for every draft,
// and a reviewer needs to see why.
//
// Approach: a comment on the line before the quote,
//
//	<!-- quotecheck-disable-next-line quote-unverified: confirmed by phone, 3 Dec -->
//	“We will never sign it,” the minister said.
//
// suppresses the named rules (comma-separated) for quotes starting on the next non-blank
// line. The comments are read from Document.Text (the loader masks them in Masked, so
// they never become quotes). A comment without a reason or naming an unknown rule is
// reported as suppression-invalid and suppresses nothing; a valid one that suppressed
// no finding is reported as suppression-unused, so stale comments do not pile up.
//
// Cost: one regexp scan of each draft plus one pass over its findings.
//
// Known failures: HTML drafts lose their comments when the article text is extracted, so
// suppressions work in Markdown and text drafts only.

// suppressionRe matches one disable comment; group 1 is everything after the keyword.
var suppressionRe = regexp.MustCompile(`<!--[ \t]*quotecheck-disable-next-line\b((?:[^-]|-[^-]|--[^>])*)-->`)

// Suppression is one disable comment in a draft.
type Suppression struct {
	Doc    *document.Document
	Span   quotes.Span // the comment itself
	Rules  []Rule
	Reason string
	Target quotes.Span // the next non-blank line; empty when there is none
	Err    string      // why the comment is invalid; "" when valid
}

// ParseSuppressions finds the disable comments in a Markdown or text draft. HTML drafts
// have none (their comments are gone from the extracted text).
func ParseSuppressions(doc *document.Document) []Suppression {
	if doc.Format == document.FormatHTML {
		return nil
	}
	var out []Suppression
	for _, m := range suppressionRe.FindAllStringSubmatchIndex(doc.Text, -1) {
		s := Suppression{Doc: doc, Span: quotes.Span{Start: m[0], End: m[1]}}
		body := strings.TrimSpace(doc.Text[m[2]:m[3]])
		rules, reason, _ := strings.Cut(body, ":")
		s.Reason = strings.TrimSpace(reason)
		for _, r := range strings.FieldsFunc(rules, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			s.Rules = append(s.Rules, Rule(r))
		}
		s.Err = validate(s)
		s.Target = nextNonBlankLine(doc.Text, m[1])
		out = append(out, s)
	}
	return out
}

// validate says what is wrong with a suppression, or "".
func validate(s Suppression) string {
	if len(s.Rules) == 0 {
		return "names no rule: write <!-- quotecheck-disable-next-line RULE: reason -->"
	}
	for _, r := range s.Rules {
		if !suppressible(r) {
			return fmt.Sprintf("unknown or unsuppressible rule %q", string(r))
		}
	}
	if s.Reason == "" {
		return "gives no reason: write the reason after a colon, e.g. \"" + string(s.Rules[0]) + ": confirmed with the speaker\""
	}
	return ""
}

// suppressible reports whether a suppression may name r: the quote rules that report
// problems (not the info rule, not the suppression rules themselves).
func suppressible(r Rule) bool {
	switch r {
	case RuleMisattributed, RuleAltered, RuleDrift, RuleUnverified, RuleCredit:
		return true
	}
	return false
}

// nextNonBlankLine returns the span of the first line after the one containing offset
// that has anything but white space on it, skipping lines that hold only another
// disable comment (so comments can be stacked above one quote).
func nextNonBlankLine(text string, offset int) quotes.Span {
	i := strings.IndexByte(text[offset:], '\n')
	if i < 0 {
		return quotes.Span{Start: len(text), End: len(text)}
	}
	start := offset + i + 1
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimSpace(text[start:end])
		if line != "" && !onlyComment(line) {
			return quotes.Span{Start: start, End: end}
		}
		start = end + 1
	}
	return quotes.Span{Start: len(text), End: len(text)}
}

// onlyComment reports whether a trimmed line is exactly one disable comment.
func onlyComment(line string) bool {
	loc := suppressionRe.FindStringIndex(line)
	return loc != nil && loc[0] == 0 && loc[1] == len(line)
}

// lineKey identifies a line of a draft by its start offset.
type lineKey struct {
	doc   *document.Document
	start int
}

// ApplySuppressions removes the findings that valid suppressions cover and adds a
// finding for each invalid or unused suppression. Suppressions of rules in disabled are
// never reported unused (the rule could not fire). Cost: linear in findings plus
// suppressions (suppressions are looked up by the start of the finding's line).
func ApplySuppressions(fs []Finding, sups []Suppression, disabled map[Rule]bool) []Finding {
	used := make([]bool, len(sups))
	byLine := map[lineKey][]int{}
	for i, s := range sups {
		if s.Err == "" && s.Target.Len() > 0 {
			k := lineKey{s.Doc, s.Target.Start}
			byLine[k] = append(byLine[k], i)
		}
	}
	var out []Finding
	for _, f := range fs {
		hit := false
		if len(byLine) > 0 && f.Span.Start <= len(f.Doc.Text) {
			k := lineKey{f.Doc, strings.LastIndexByte(f.Doc.Text[:f.Span.Start], '\n') + 1}
			for _, i := range byLine[k] {
				if covers(sups[i], f) {
					used[i], hit = true, true
				}
			}
		}
		if !hit {
			out = append(out, f)
		}
	}
	for i, s := range sups {
		switch {
		case s.Err != "":
			out = append(out, Finding{Doc: s.Doc, Span: s.Span, Severity: SeverityWarning,
				Rule: RuleSuppressionInvalid, Message: "suppression comment " + s.Err})
		case !used[i] && !allDisabled(s.Rules, disabled):
			out = append(out, Finding{Doc: s.Doc, Span: s.Span, Severity: SeverityWarning,
				Rule: RuleSuppressionUnused, Message: fmt.Sprintf("suppression of %s matches no finding on the next line", joinRules(s.Rules))})
		}
	}
	return out
}

// covers reports whether suppression s silences finding f.
func covers(s Suppression, f Finding) bool {
	if f.Span.Start < s.Target.Start || f.Span.Start >= s.Target.End || s.Target.Len() == 0 {
		return false
	}
	for _, r := range s.Rules {
		if r == f.Rule {
			return true
		}
	}
	return false
}

func allDisabled(rules []Rule, disabled map[Rule]bool) bool {
	for _, r := range rules {
		if !disabled[r] {
			return false
		}
	}
	return len(rules) > 0
}

func joinRules(rules []Rule) string {
	s := make([]string, len(rules))
	for i, r := range rules {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}
