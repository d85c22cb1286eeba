package attrib

import "github.com/quotecheck/quotecheck/quotes"

// Outlets that carry a quotation: "The Vintner’s Ledger carried it as “…”", "Global
// Wine Wire ran the full quote: “…”", "Greywether Press printed the line “…”".
//
// Problem: the name before the verb is a publication passing on someone else's words;
// taking it as the speaker credits the words to the paper.
//
// Approach: a carrying verb (carried, ran, printed, published, used) a few words before the
// quotation, whose object is "it" or a word for a quotation ("the full quote", "the
// line"), and whose subject is a capitalised name opening the sentence: the name is the
// cited source, and the speaker is the last speaker before the quotation (what "it"
// refers to), else nobody.
//
// Example: "Farmers wept. “We lost half,” Ana Ruiz said. The Daily Crop ran the quote
// as “We lost half the crop.”" gives the second quotation to Ana Ruiz, cited source
// "The Daily Crop".
//
// Cost: at most maxWeakGap tokens read per quotation. Known failures: "it" referring
// to a document rather than a speech still takes the last speaker; an outlet named in
// lower case ("the local paper ran it") is not read; a carrying verb with a person as
// subject ("Ruiz printed the line on a T-shirt") is read the same way.

// carryVerbs are the verbs by which an outlet passes on words it did not say.
var carryVerbs = set(`carried carries ran runs printed prints published publishes used uses`)

// carryObjects are the objects of a carrying verb that stand for a quotation.
var carryObjects = set(`it quote quotes line lines remark remarks comment comments words
version`)

// maxCarryObjectWords bounds the words between a carrying verb and its object ("ran the
// full quote" has 2).
const maxCarryObjectWords = 3

// maxCarryLookback bounds how many quotations back the carried words' speaker is
// looked for: the carried passage is the one just discussed.
const maxCarryLookback = 3

// carrier returns the tokens [c0, c1) of the outlet carrying the quotation at token k
// in a sentence starting at a, or ok false.
func (s *sieve) carrier(k, a int) (c0, c1 int, ok bool) {
	for i := k - 1; i > a && k-i <= maxWeakGap; i-- {
		t := &s.toks[i]
		if t.kind != tokWord || t.cap || !t.is(lCarry) {
			continue
		}
		if !s.carriesQuote(i, k) {
			return 0, 0, false
		}
		c0 = a
		if s.toks[c0].lower == "the" && s.toks[c0].cap {
			c0++
		}
		for j := c0; j < i; j++ {
			if s.toks[j].kind != tokWord || !s.toks[j].cap {
				return 0, 0, false // the subject must be a name opening the sentence
			}
		}
		if c0 == i {
			return 0, 0, false
		}
		return a, i, true
	}
	return 0, 0, false
}

// carriesQuote reports whether the carrying verb at v has an object standing for a
// quotation before the quotation at k.
func (s *sieve) carriesQuote(v, k int) bool {
	for j := v + 1; j < k && j <= v+maxCarryObjectWords; j++ {
		t := &s.toks[j]
		if t.kind != tokWord || t.cap {
			return false
		}
		if carryObjects[t.lower] {
			return true
		}
	}
	return false
}

// carried attributes a quotation an outlet carries (see carrier): to the speaker of
// the last attributed quotation before it, at continuation confidence; no speaker when
// there is none.
func (s *sieve) carried(qi, k, a int) (result, bool) {
	c0, c1, ok := s.carrier(k, a)
	if !ok {
		return result{}, false
	}
	cue := s.toks[c1].lower
	outlet := s.raw[s.toks[c0].start:s.toks[c1-1].end]
	for j := qi - 1; j >= 0 && j >= qi-maxCarryLookback; j-- {
		if r := s.res[j]; r.speaker != "" && s.toks[c0].start > s.qs[j].end {
			return result{speaker: r.speaker, mention: r.mention, method: quotes.MethodContinuation, cue: cue, conf: confContinuation, hasCue: true, carrier: outlet}, true
		}
	}
	return result{cue: cue, hasCue: true, carrier: outlet}, true
}
