// Package check holds each quotation of a draft against a reference corpus and reports
// what an editor must look at: words the sources give to someone else, wording changed
// in a way that can change meaning, wording that drifted, quotes found nowhere, and
// credits to the wrong outlet. It is the engine behind `quotecheck check`: the Finding
// type, the rules, the .quotecheck.yaml configuration and the inline suppressions live
// here; package report renders findings.
package check

// Judging one draft quotation.
//
// Problem: given a draft quote and the corpus quotes that look like it, decide whether
// the draft quotes faithfully, and if not, say what is wrong in one finding an editor
// can act on, naming the source it is held against.
//
// Approach: the corpus index (match.Index) returns the closest corpus quotes (Hits) with
// their relation. The word edits that turn each source into the draft are computed on
// the stretch of the source the draft fits best (align.Fit), so quoting part of a
// source is no edit, while a changed word inside the part is.
// Hits that relate (not "unrelated") with similarity ≥ Thresholds.Evidence are the
// evidence. For each, coverage is the share of the draft's words that the source has;
// sources covering less than Thresholds.Coverage are fragments of the draft and only
// support it. Then, in order:
//
//  1. no evidence                                   → quote-unverified
//  2. draft speaker known, no evidence gives it to that speaker, and the closest
//     sources name someone                          → quote-misattributed
//  3. a source with no edit (verbatim, normalized, or the draft is a clean fragment)
//     → silent (quote-verified info with --verbose)
//  4. the closest covering sources (within CloseMargin of the best similarity) all
//     carry a meaning-changing flag                 → quote-altered
//  5. otherwise                                     → quote-drift, naming the closest
//     covering source without such a flag (or the closest fragment)
//
// Independently, a quote that credits an outlet (CitedSource) is held against the
// evidence's outlets, credits and dates (credit.go).
//
// Example: the draft “They will not take it,” Ushakov said, against 004's “might not
// take [it] …”: the edit might → will carries the modality flag and no closer source
// lacks it, so quote-altered: “might” → “will” (modality).
//
// Cost: one index lookup (LookupLimit hits) and one drift per hit per draft quote;
// nothing grows with the number of draft quotes beyond that.
//
// Known failures: a draft that follows one translation but changes a word may be called
// drift when another translation without the word is about as close; an extraction
// error in the corpus (a wrong speaker) can make a faithful draft "misattributed".

import (
	"fmt"
	"sort"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/match/align"
	"github.com/quotecheck/quotecheck/match/norm"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/names"
)

// Defaults for Thresholds and the fixed judging constants. Measured on the drafts in
// testdata/check against the seed corpus (printed by a throw-away test over
// Index.Lookup; figures as of this commit).
const (
	// DefaultEvidence is the least similarity for a related hit to count as a source.
	// Lookup already drops unrelated quotes; the related hits of the drafts score
	// 0.45–1.0 and the invented quote has none, so 0.3 only guards against weak hits.
	DefaultEvidence = 0.3
	// DefaultCoverage is the least share of the draft's words a source must carry to
	// judge its wording; a shorter source (a fragment of the draft) only supports it.
	// Short fragments of the draft quotes ("Steve and Yuri", "20-point Trump plan",
	// "exactly,") cover 0.05–0.21 of them; the renderings of the same passage 0.75–1.
	DefaultCoverage = 0.6
	// CloseMargin: sources within this similarity of the closest one are "as close";
	// a draft is altered only if all of them carry a meaning-changing edit. The
	// altered drafts score 0.89–0.98 against the version they follow; other
	// translations of the passage 0.77–0.92.
	CloseMargin = 0.15
	// LookupLimit is how many corpus quotes one lookup returns; every cluster in the
	// seeds' gold has at most 11 members.
	LookupLimit = 20
	// maxEvidence caps the evidence listed in one finding: enough to show agreement
	// between sources without burying the message.
	maxEvidence = 3
)

// Corpus finds corpus quotations like a text; *match.Index satisfies it.
type Corpus interface {
	Lookup(text string, limit int) []match.Hit
}

// Options steer a check.
type Options struct {
	Terms      bool // also check quotes of kind term
	Verbose    bool // report verified quotes as info
	Thresholds Thresholds
	Disable    []Rule
}

// Checker judges draft quotations against one corpus index. Build it once and call
// Check for each draft.
type Checker struct {
	corpus   Corpus
	opt      Options
	disabled map[Rule]bool
}

// NewChecker returns a Checker over a corpus index, with thresholds defaulted.
func NewChecker(corpus Corpus, opt Options) *Checker {
	if opt.Thresholds.Evidence == 0 {
		opt.Thresholds.Evidence = DefaultEvidence
	}
	if opt.Thresholds.Coverage == 0 {
		opt.Thresholds.Coverage = DefaultCoverage
	}
	c := &Checker{corpus: corpus, opt: opt, disabled: map[Rule]bool{}}
	for _, r := range opt.Disable {
		c.disabled[r] = true
	}
	return c
}

// Checked reports whether Check judges q (terms only with Options.Terms).
func (c *Checker) Checked(q *quotes.Quote) bool {
	return q.Kind.IsWords() || c.opt.Terms
}

// Check judges each draft quote and returns its findings in quote order (disabled rules
// dropped; suppressions are applied by the caller, see ApplySuppressions).
func (c *Checker) Check(draft []*quotes.Quote) []Finding {
	var out []Finding
	for _, q := range draft {
		if !c.Checked(q) {
			continue
		}
		for _, f := range c.judge(q) {
			if !c.disabled[f.Rule] && (f.Severity != SeverityInfo || c.opt.Verbose) {
				out = append(out, f)
			}
		}
	}
	return out
}

// source is one evidence hit with what judging needs.
type source struct {
	hit      match.Hit
	coverage float64 // share of the draft's words the source carries
	clean    bool    // no edit at all
}

// judge returns the findings for one draft quote: at most one about its words and
// speaker, and at most one about its credit.
func (c *Checker) judge(q *quotes.Quote) []Finding {
	srcs := c.evidence(q)
	base := Finding{Doc: q.Doc, Span: q.Span, Quote: q.Text, Speaker: q.Speaker}
	if len(srcs) == 0 {
		f := base
		f.Severity, f.Rule = SeverityWarning, RuleUnverified
		f.Message = "not found in the reference corpus: no source has these words"
		return []Finding{f}
	}
	out := []Finding{c.words(base, q, srcs)}
	if f, ok := credit(base, q, srcs); ok {
		out = append(out, f)
	}
	return out
}

// evidence looks the quote up and keeps the related hits, best first.
func (c *Checker) evidence(q *quotes.Quote) []source {
	total := wordCount(q.Text)
	var srcs []source
	for _, h := range c.corpus.Lookup(q.Text, LookupLimit) {
		if h.Quote == nil || h.Relation == match.RelUnrelated || h.Similarity < c.opt.Thresholds.Evidence {
			continue
		}
		if h.Quote.Doc == q.Doc {
			continue // never the draft's own words
		}
		if h.Relation != match.RelVerbatim && h.Relation != match.RelNormalized {
			h.Drift = partDrift(h.Quote.Text, q.Text, total)
		}
		s := source{hit: h, coverage: 1}
		s.clean = h.Relation == match.RelVerbatim || h.Relation == match.RelNormalized || len(h.Drift.Edits) == 0
		if total > 0 && !s.clean {
			s.coverage = 1 - float64(min(total, insertedWords(h.Drift)))/float64(total)
		}
		srcs = append(srcs, s)
	}
	sort.SliceStable(srcs, func(i, j int) bool { return srcs[i].hit.Similarity > srcs[j].hit.Similarity })
	return srcs
}

// partDrift is the drift from source to draft, comparing only the stretch of the source
// that the draft fits best when the draft is shorter: quoting part of a source (its
// first sentence, a clause) is not drift, while a changed word inside the part is.
func partDrift(source, draft string, draftWords int) match.Drift {
	toks := norm.Spoken(norm.Tokenize(source))
	if draftWords == 0 || draftWords >= len(toks) {
		return match.DriftOf(source, draft)
	}
	a := make([]string, len(toks))
	for i, t := range toks {
		a[i] = t.Stem
	}
	dt := norm.Spoken(norm.Tokenize(draft))
	b := make([]string, len(dt))
	for i, t := range dt {
		b[i] = t.Stem
	}
	lo, hi, _ := align.Fit(a, b)
	if lo >= hi {
		return match.DriftOf(source, draft)
	}
	return match.DriftOf(source[toks[lo].Start:toks[hi-1].End], draft)
}

// words judges the quote's speaker and wording against the evidence.
func (c *Checker) words(base Finding, q *quotes.Quote, srcs []source) Finding {
	var clean, covering []source
	for _, s := range srcs {
		if s.clean {
			clean = append(clean, s)
		}
		if s.coverage >= c.opt.Thresholds.Coverage {
			covering = append(covering, s)
		}
	}
	if f, ok := misattributed(base, q, srcs, clean, covering); ok {
		return f
	}
	f := base
	switch {
	case len(clean) > 0:
		sort.SliceStable(clean, func(i, j int) bool { return relRank(clean[i].hit.Relation) < relRank(clean[j].hit.Relation) })
		best := clean[0]
		f.Severity, f.Rule = SeverityInfo, RuleVerified
		f.Message = fmt.Sprintf("matches %s (%s)", describe(best.hit.Quote), best.hit.Relation)
		f.Evidence = evidenceOf(clean)
	case len(covering) > 0:
		close := closest(covering)
		if allFlagged(close) {
			best := close[0]
			f.Severity, f.Rule = SeverityError, RuleAltered
			f.Message = fmt.Sprintf("altered from %s: %s", describe(best.hit.Quote), describeEdits(best.hit.Drift, true))
			f.Evidence = evidenceOf(close)
			return f
		}
		best := firstUnflagged(close)
		f.Severity, f.Rule = SeverityWarning, RuleDrift
		f.Message = fmt.Sprintf("wording differs from every source; closest is %s: “%s” (%s)",
			describe(best.hit.Quote), shorten(best.hit.Quote.Text), describeEdits(best.hit.Drift, false))
		f.Evidence = evidenceOf(append([]source{best}, without(covering, best)...))
	default:
		best := srcs[0]
		f.Severity, f.Rule = SeverityWarning, RuleDrift
		f.Message = fmt.Sprintf("only part of this quote is in the corpus (%.0f%% of its words); closest is %s: “%s”",
			100*best.coverage, describe(best.hit.Quote), shorten(best.hit.Quote.Text))
		f.Evidence = evidenceOf(srcs)
	}
	return f
}

// misattributed reports quote-misattributed when the draft names a speaker that no
// source gives these words to, while the closest sources name someone else.
//
// Only names are compared: a draft that merely describes its speaker ("the president
// said", "a Kremlin aide said") cannot be told apart from the person the sources name,
// and a source that only describes its speaker names nobody.
func misattributed(base Finding, q *quotes.Quote, all, clean, covering []source) (Finding, bool) {
	if q.Speaker == "" || names.IsDescriptor(q.Speaker) {
		return Finding{}, false
	}
	for _, s := range all {
		if s.hit.Quote.Speaker == q.Speaker {
			return Finding{}, false
		}
	}
	judged := clean
	if len(judged) == 0 {
		judged = closest(covering)
	}
	counts := map[string]int{}
	var named []source
	for _, s := range judged {
		if sp := s.hit.Quote.Speaker; sp != "" && !names.IsDescriptor(sp) {
			if counts[sp] == 0 {
				named = append(named, s)
			}
			counts[sp]++
		}
	}
	if len(named) == 0 {
		return Finding{}, false
	}
	sort.SliceStable(named, func(i, j int) bool {
		return counts[named[i].hit.Quote.Speaker] > counts[named[j].hit.Quote.Speaker]
	})
	other := named[0].hit.Quote.Speaker
	f := base
	f.Severity, f.Rule = SeverityError, RuleMisattributed
	f.Message = fmt.Sprintf("attributed to %s, but %s gives these words to %s", q.Speaker, describe(named[0].hit.Quote), other)
	if n := counts[other]; n > 1 {
		f.Message = fmt.Sprintf("attributed to %s, but %d sources give these words to %s", q.Speaker, n, other)
	}
	var ev []source
	for _, s := range judged {
		if sp := s.hit.Quote.Speaker; sp != "" && !names.IsDescriptor(sp) {
			ev = append(ev, s)
		}
	}
	f.Evidence = evidenceOf(ev)
	return f, true
}

// relRank orders relations from the closest rendering: verbatim, normalized, the rest.
func relRank(r match.Relation) int {
	switch r {
	case match.RelVerbatim:
		return 0
	case match.RelNormalized:
		return 1
	}
	return 2
}

// closest returns the sources within CloseMargin of the best similarity (srcs is sorted).
func closest(srcs []source) []source {
	if len(srcs) == 0 {
		return nil
	}
	var out []source
	for _, s := range srcs {
		if s.hit.Similarity >= srcs[0].hit.Similarity-CloseMargin {
			out = append(out, s)
		}
	}
	return out
}

func allFlagged(srcs []source) bool {
	for _, s := range srcs {
		if len(s.hit.Drift.Flags) == 0 {
			return false
		}
	}
	return len(srcs) > 0
}

func firstUnflagged(srcs []source) source {
	for _, s := range srcs {
		if len(s.hit.Drift.Flags) == 0 {
			return s
		}
	}
	return srcs[0]
}

func without(srcs []source, x source) []source {
	var out []source
	for _, s := range srcs {
		if s.hit.Quote != x.hit.Quote {
			out = append(out, s)
		}
	}
	return out
}

func evidenceOf(srcs []source) []Evidence {
	var out []Evidence
	for _, s := range srcs {
		if len(out) == maxEvidence {
			break
		}
		out = append(out, Evidence{Quote: s.hit.Quote, Similarity: s.hit.Similarity})
	}
	return out
}

// wordCount is the number of spoken words (editorial asides excluded).
func wordCount(s string) int { return len(norm.Spoken(norm.Tokenize(s))) }

// insertedWords counts the draft words that the source does not have.
func insertedWords(d match.Drift) int {
	n := 0
	for _, e := range d.Edits {
		if e.Op == match.OpInsert || e.Op == match.OpReplace {
			n += wordCount(e.To)
		}
	}
	return n
}
