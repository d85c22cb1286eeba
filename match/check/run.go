package check

import (
	"sort"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// ExtractFunc extracts the quotations of a set of documents with speaker names made
// canonical across the whole set (quotes/extract.Extract with the run's options).
type ExtractFunc func(docs []*document.Document) []*quotes.Quote

// Result is what a check run found.
type Result struct {
	Findings []Finding // in draft order, then position, then rule
	Summary  Summary
}

// Run checks drafts against a reference corpus. Drafts and corpus are extracted
// together, so a speaker has one canonical spelling across both, then split: the
// corpus quotes are indexed, each draft quote is judged, suppressions are applied.
// A corpus document with the same id as a draft is left out (a draft is never its own
// evidence). Run never modifies the documents.
func Run(drafts, corpus []*document.Document, extract ExtractFunc, opt Options) Result {
	isDraft := map[*document.Document]bool{}
	ids := map[string]bool{}
	for _, d := range drafts {
		isDraft[d] = true
		ids[d.ID] = true
	}
	docs := append([]*document.Document{}, drafts...)
	for _, d := range corpus {
		if !ids[d.ID] {
			docs = append(docs, d)
		}
	}
	var draftQs, corpusQs []*quotes.Quote
	for _, q := range extract(docs) {
		if isDraft[q.Doc] {
			draftQs = append(draftQs, q)
		} else {
			corpusQs = append(corpusQs, q)
		}
	}
	c := NewChecker(match.NewIndex(corpusQs), opt)
	fs := c.Check(draftQs)
	var sups []Suppression
	for _, d := range drafts {
		sups = append(sups, ParseSuppressions(d)...)
	}
	fs = ApplySuppressions(fs, sups, c.disabled)
	SortFindings(fs, drafts)
	checked := 0
	for _, q := range draftQs {
		if c.Checked(q) {
			checked++
		}
	}
	return Result{Findings: fs, Summary: Summarize(len(drafts), checked, fs)}
}

// SortFindings orders findings by the drafts' order, then start offset, then rule, so
// output is deterministic.
func SortFindings(fs []Finding, drafts []*document.Document) {
	order := map[*document.Document]int{}
	for i, d := range drafts {
		order[d] = i
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if order[a.Doc] != order[b.Doc] {
			return order[a.Doc] < order[b.Doc]
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return a.Rule < b.Rule
	})
}
