package extract

// Credits that name a person spoken to.
//
// Problem: "told" credits an outlet ("told Reuters"), but the same words name the
// person addressed: "Dmitriev told Ushakov that “…”". Inside one document the
// attribution sieve cannot tell "Ushakov" from "Reuters" when the document never gives
// the full name; across the run it can, because Ushakov speaks elsewhere as "Yuri
// Ushakov".
//
// Approach: after speaker names are canonical, a credited source that equals a
// multi-word speaker of the run ("Yuri Ushakov") or that speaker's last word
// ("Ushakov") names a person, not a publisher, so the credit is dropped — unless some
// document of the run is published under that name (then "told Bloomberg" still credits
// the outlet, even in a run where Michael Bloomberg speaks).
//
// Example: with "Yuri Ushakov" a speaker of the run and no document published by
// "Ushakov", the draft line `Dmitriev told Ushakov that “…”` loses its credit
// "Ushakov"; `told Reuters` keeps "Reuters".
//
// Cost: one map of the run's speakers and outlets, one lookup per credited quote.
//
// Known failures: a one-word person credit whose full name never appears in the run
// stays a credit; a publisher named like a speaker's surname with no document of its
// own in the run ("told Bloomberg" where Michael Bloomberg speaks) loses its credit.

import (
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/names"
)

// dropAddressees clears the CitedSource of quotes whose credit names a person who
// speaks in the run (see the file comment).
func dropAddressees(qs []*quotes.Quote, docs []*document.Document) {
	persons := map[string]bool{}
	for _, q := range qs {
		sp := q.Speaker
		if sp == "" || names.IsDescriptor(sp) {
			continue
		}
		words := strings.Fields(sp)
		if len(words) < 2 {
			continue // "Reuters", "Kremlin": one-word speakers are often bodies or outlets
		}
		persons[names.Fold(sp)] = true
		persons[names.Fold(words[len(words)-1])] = true
	}
	if len(persons) == 0 {
		return
	}
	outlets := map[string]bool{}
	for _, d := range docs {
		if d.Meta.Outlet != "" {
			outlets[names.Fold(d.Meta.Outlet)] = true
		}
	}
	for _, q := range qs {
		if c := names.Fold(q.CitedSource); c != "" && persons[c] && !outlets[c] {
			q.CitedSource = ""
		}
	}
}
