package report

import (
	"slices"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// traceView is what the trace reports for people (text, HTML, Markdown) show, computed
// once from a Result so that the three formats cannot disagree.
type traceView struct {
	Overview overview
	Passages []passage // clusters of 2+ members, most carried first
}

// overview is the report's summary figures.
type overview struct {
	Documents       int
	Outlets         int    // distinct outlet labels (see outletLabel)
	DateFrom        string // earliest publication date as written; "" when no document is dated
	DateTo          string // latest; equal to DateFrom for a single date
	Undated         int    // documents without a publication date
	Quotes          int
	Clusters        int // every cluster, singletons included
	Passages        int // clusters of 2+ members (the ones listed)
	Singletons      int
	AcrossOutlets   int // passages whose members come from 2+ outlets
	Speakers        int // distinct known speakers over all quotes
	FlaggedVariants int // members (not references) with a meaning-changing flag
}

// passage is one cluster of two or more members, prepared for display.
type passage struct {
	ID        string
	Speakers  []string // empty when no member's speaker is known
	Reference *quotes.Quote
	First     firstSeen
	Origin    string // "" = no credited origin
	Outlets   []string
	Members   []variant // reference first, then by publication time (undated last)
	Flagged   int       // members with a meaning-changing flag
}

// firstSeen is a cluster's first appearance: the date and every outlet published on it.
type firstSeen struct {
	Date    string   // as written; "" when no member's document is dated
	Outlets []string // the first member's outlet, then each tied outlet once
}

// Tied reports whether several outlets share the earliest date.
func (f firstSeen) Tied() bool { return len(f.Outlets) > 1 }

// variant is one cluster member with what a reader needs beside it.
type variant struct {
	Quote       *quotes.Quote
	Outlet      string
	Date        string // as written; "" = no date
	Relation    match.Relation
	Similarity  float64
	Diff        []diffSegment // against the reference; nil for the reference and when Unaligned
	Unaligned   bool          // shares no word with the reference (a translation clustered through others): shown as is
	Flags       []match.Flag
	IsReference bool
}

// flagHelp explains each drift flag in a sentence; the HTML legend and tooltips and
// the Markdown legend show it.
var flagHelp = map[match.Flag]string{
	match.FlagNegation: "a negation was added or removed (not, never, no…)",
	match.FlagNumber:   "a number changed (20 → 28)",
	match.FlagModality: "how certain or obliged the words sound changed (might → will, got to → going to…)",
	match.FlagEntity:   "a name of a person, place or organisation changed",
	match.FlagPronoun:  "who acts changed (we → they, I → you…)",
	match.FlagSpeaker:  "this variant is attributed to someone else than the reference",
}

// flagOrder lists the flags in the order legends show them.
var flagOrder = []match.Flag{match.FlagNegation, match.FlagNumber, match.FlagModality,
	match.FlagEntity, match.FlagPronoun, match.FlagSpeaker}

// outletLabel names a document's outlet, or the document's id when the outlet is
// unknown: a label that identifies the source without inventing an outlet.
func outletLabel(d *document.Document) string {
	if d == nil {
		return "unknown document"
	}
	if d.Meta.Outlet != "" {
		return d.Meta.Outlet
	}
	return d.ID
}

// dateLabel is a document's publication date as written, or "" when unknown.
func dateLabel(d *document.Document) string {
	if d == nil || !d.Meta.Published.Known() {
		return ""
	}
	return d.Meta.Published.Raw
}

// buildView prepares r for the reports: the overview figures and the passages.
func buildView(r Result) traceView {
	v := traceView{}
	o := &v.Overview
	o.Documents, o.Quotes, o.Clusters = len(r.Documents), len(r.Quotes), len(r.Clusters)

	outlets := map[string]bool{}
	var first, last *document.Document
	for _, d := range r.Documents {
		outlets[outletLabel(d)] = true
		if !d.Meta.Published.Known() {
			o.Undated++
			continue
		}
		if first == nil || d.Meta.Published.Time.Before(first.Meta.Published.Time) {
			first = d
		}
		if last == nil || d.Meta.Published.Time.After(last.Meta.Published.Time) {
			last = d
		}
	}
	o.Outlets = len(outlets)
	if first != nil {
		o.DateFrom, o.DateTo = first.Meta.Published.Raw, last.Meta.Published.Raw
	}
	speakers := map[string]bool{}
	for _, q := range r.Quotes {
		if q.Speaker != "" {
			speakers[q.Speaker] = true
		}
	}
	o.Speakers = len(speakers)

	for _, c := range r.Clusters {
		if len(c.Members) < 2 {
			o.Singletons++
			continue
		}
		p := buildPassage(c)
		if len(p.Outlets) > 1 {
			o.AcrossOutlets++
		}
		o.FlaggedVariants += p.Flagged
		v.Passages = append(v.Passages, p)
	}
	o.Passages = len(v.Passages)
	sort.SliceStable(v.Passages, func(i, j int) bool {
		a, b := v.Passages[i], v.Passages[j]
		if len(a.Outlets) != len(b.Outlets) {
			return len(a.Outlets) > len(b.Outlets)
		}
		return len(a.Members) > len(b.Members)
	})
	return v
}

// buildPassage prepares one cluster of 2+ members.
func buildPassage(c match.Cluster) passage {
	p := passage{ID: c.ID, Speakers: c.Speakers, Reference: c.Reference, Origin: c.Origin}
	ref := ""
	if c.Reference != nil {
		ref = c.Reference.Text
	}
	seen := map[string]bool{}
	for _, m := range c.Members {
		if m.Quote == nil {
			continue
		}
		v := variant{Quote: m.Quote, Outlet: outletLabel(m.Quote.Doc), Date: dateLabel(m.Quote.Doc),
			Relation: m.Relation, Similarity: m.Similarity, Flags: m.Drift.Flags,
			IsReference: m.Quote == c.Reference}
		if !v.IsReference {
			v.Diff = collapseEdges(wordDiff(ref, m.Quote.Text))
			if !hasEqual(v.Diff) {
				v.Diff, v.Unaligned = nil, true
			}
		}
		if len(v.Flags) > 0 && !v.IsReference {
			p.Flagged++
		}
		if !seen[v.Outlet] {
			seen[v.Outlet] = true
			p.Outlets = append(p.Outlets, v.Outlet)
		}
		p.Members = append(p.Members, v)
	}
	sort.SliceStable(p.Members, func(i, j int) bool { return memberBefore(p.Members[i], p.Members[j]) })
	if c.First != nil {
		p.First.Date = dateLabel(c.First.Doc)
		p.First.Outlets = []string{outletLabel(c.First.Doc)}
		for _, t := range c.FirstTied {
			if o := outletLabel(t.Doc); !slices.Contains(p.First.Outlets, o) {
				p.First.Outlets = append(p.First.Outlets, o)
			}
		}
	}
	return p
}

// memberBefore orders a passage's rows: the reference, then dated members by time,
// then undated ones, each group by outlet and position in the document.
func memberBefore(a, b variant) bool {
	if a.IsReference != b.IsReference {
		return a.IsReference
	}
	da, db := a.Quote.Doc.Meta.Published, b.Quote.Doc.Meta.Published
	if da.Known() != db.Known() {
		return da.Known()
	}
	if da.Known() && !da.Time.Equal(db.Time) {
		return da.Time.Before(db.Time)
	}
	if a.Outlet != b.Outlet {
		return a.Outlet < b.Outlet
	}
	if a.Quote.Doc.ID != b.Quote.Doc.ID {
		return a.Quote.Doc.ID < b.Quote.Doc.ID
	}
	return a.Quote.Span.Start < b.Quote.Span.Start
}

// hasEqual reports whether a diff keeps any word: without one, marking every word as
// changed says nothing a reader can use.
func hasEqual(segs []diffSegment) bool {
	for _, s := range segs {
		if s.Op == diffEqual {
			return true
		}
	}
	return false
}

// speakerLabel joins a passage's speakers, or says "unknown speaker".
func speakerLabel(speakers []string) string {
	if len(speakers) == 0 {
		return "unknown speaker"
	}
	return strings.Join(speakers, ", ")
}

// flagNames returns the flags as strings.
func flagNames(flags []match.Flag) []string {
	out := make([]string, len(flags))
	for i, f := range flags {
		out[i] = string(f)
	}
	return out
}
