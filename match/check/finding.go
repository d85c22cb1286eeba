package check

import (
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// Severity is how serious a finding is. The values appear in every output format.
type Severity string

// Severities, most serious first.
const (
	SeverityError   Severity = "error"   // the draft misquotes: fix before publishing
	SeverityWarning Severity = "warning" // worth an editor's look
	SeverityInfo    Severity = "info"    // not a problem; printed only with --verbose
)

// Rank orders severities: error 3, warning 2, info 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Rule is a permanent kebab-case rule id. Ids never change meaning once released:
// configuration files, suppression comments and SARIF fingerprints refer to them.
type Rule string

// The rules check reports.
const (
	RuleMisattributed Rule = "quote-misattributed" // the sources give these words to someone else
	RuleAltered       Rule = "quote-altered"       // differs from every source by a meaning-changing edit
	RuleDrift         Rule = "quote-drift"         // differs from every source, no meaning-changing edit
	RuleUnverified    Rule = "quote-unverified"    // nothing like it in the reference corpus
	RuleCredit        Rule = "quote-credit"        // credits an outlet that does not carry the words, or not first
	RuleVerified      Rule = "quote-verified"      // info (--verbose): matches a source; names which

	RuleSuppressionInvalid Rule = "suppression-invalid" // a disable comment without reason or with an unknown rule
	RuleSuppressionUnused  Rule = "suppression-unused"  // a disable comment that suppressed nothing
)

// RuleInfo describes a rule for people and for SARIF's rule list.
type RuleInfo struct {
	ID       Rule
	Severity Severity // the default severity of its findings
	Short    string   // one line: what the rule reports
	Help     string   // what to do about it
}

// Rules lists every rule in a fixed order (SARIF indexes results into it).
func Rules() []RuleInfo {
	return []RuleInfo{
		{RuleMisattributed, SeverityError, "The reference corpus gives these words to someone else.",
			"Check who said it in the sources listed as evidence and fix the attribution, or the quote."},
		{RuleAltered, SeverityError, "The wording differs from every source by an edit that can change its meaning (negation, number, modality, name, pronoun).",
			"Quote the words as the source has them; if you follow a translation, follow it exactly."},
		{RuleDrift, SeverityWarning, "The wording differs from every source, though no edit changes its meaning.",
			"Use the wording of the closest source named in the message, or paraphrase without quotation marks."},
		{RuleUnverified, SeverityWarning, "Nothing like this quotation is in the reference corpus.",
			"Add the source to the corpus (--corpus or corpus: in .quotecheck.yaml), or verify the quote another way and suppress the finding with a reason."},
		{RuleCredit, SeverityWarning, "The draft credits an outlet that does not carry these words, or that did not publish them first.",
			"Credit the outlet the sources credit, or the one that published the words first."},
		{RuleVerified, SeverityInfo, "The quotation matches a source; the message names which.",
			"Nothing to do: printed with --verbose so an editor sees which source or translation the draft follows."},
		{RuleSuppressionInvalid, SeverityWarning, "A quotecheck-disable-next-line comment lacks a reason or names an unknown rule.",
			"Write <!-- quotecheck-disable-next-line RULE: reason --> with a rule id from this list and a reason."},
		{RuleSuppressionUnused, SeverityWarning, "A quotecheck-disable-next-line comment suppressed nothing.",
			"Remove the comment, or move it to the line before the quote it is meant for."},
	}
}

// ruleSet is every rule id, for validating configuration and suppressions.
var ruleSet = func() map[Rule]RuleInfo {
	m := map[Rule]RuleInfo{}
	for _, r := range Rules() {
		m[r.ID] = r
	}
	return m
}()

// KnownRule reports whether id names a rule.
func KnownRule(id Rule) bool { _, ok := ruleSet[id]; return ok }

// Evidence is one corpus quotation held against a draft quote.
type Evidence struct {
	Quote      *quotes.Quote // the corpus quote; its Doc carries outlet and publication time
	Similarity float64       // 0..1 between the draft's words and the source's
}

// Finding is one problem (or, with --verbose, one confirmation) in a draft. Its position
// is a byte span into Doc.Text; renderers turn it into lines and columns.
type Finding struct {
	Doc      *document.Document
	Span     quotes.Span
	Severity Severity
	Rule     Rule
	Message  string
	Quote    string // the draft quote's text; "" for suppression findings
	Speaker  string // the draft's canonical speaker; "" = unknown
	Evidence []Evidence
}

// Summary counts what a run looked at and found, for the one-line summary and JSON.
type Summary struct {
	Files    int // drafts checked
	Quotes   int // draft quotations judged
	Errors   int
	Warnings int
	Infos    int
}

// Summarize counts the findings by severity.
func Summarize(files, quotesChecked int, fs []Finding) Summary {
	s := Summary{Files: files, Quotes: quotesChecked}
	for _, f := range fs {
		switch f.Severity {
		case SeverityError:
			s.Errors++
		case SeverityWarning:
			s.Warnings++
		case SeverityInfo:
			s.Infos++
		}
	}
	return s
}

// FailOn is the --fail-on threshold: the least severity that makes check exit 1.
type FailOn string

// Fail-on thresholds.
const (
	FailOnError   FailOn = "error"
	FailOnWarning FailOn = "warning"
	FailOnNever   FailOn = "never"
)

// ParseFailOn validates a --fail-on value.
func ParseFailOn(s string) (FailOn, bool) {
	switch f := FailOn(s); f {
	case FailOnError, FailOnWarning, FailOnNever:
		return f, true
	}
	return "", false
}

// Fails reports whether any finding is at or above the threshold.
func (t FailOn) Fails(fs []Finding) bool {
	min := 0
	switch t {
	case FailOnError:
		min = SeverityError.Rank()
	case FailOnWarning:
		min = SeverityWarning.Rank()
	default:
		return false
	}
	for _, f := range fs {
		if f.Severity.Rank() >= min {
			return true
		}
	}
	return false
}
