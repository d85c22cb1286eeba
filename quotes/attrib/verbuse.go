package attrib

import "strings"

// Whether a speech-verb word is used as a verb. Many speech verbs are also nouns
// ("state", "claims", "remarks", "report"): after a determiner or a possessive they
// head a noun phrase and govern nothing. Example: in "Park said Kim's mental state is
// “spiraling”" the nearest verb-like word before the fragment is "state", a noun; the
// cue is "said". Cost: a look at the two words before the verb. Known failures: an
// adjective without a typical ending ("Kim's odd state") is not recognised.

// usedAsNoun reports whether the speech-verb word at toks[i] heads a noun phrase: it
// follows a determiner or a possessive ("the report", "his claims", "Kim's state"), or
// an adjective after one ("Kim's mental state").
func usedAsNoun(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.kind != tokWord {
		return false
	}
	if p.poss || p.lower == "the" || isDeterminer(p.lower) || p.lower == "this" {
		return true
	}
	if i < 2 || p.cap || p.is(lRole) || !adjectiveEnding(p.lower) {
		return false
	}
	pp := toks[i-2]
	return pp.kind == tokWord && (pp.poss || pp.lower == "the" || isDeterminer(pp.lower))
}

// adjectiveEnding reports words ending as most adjectives do ("mental", "famous",
// "repeated"): enough to tell "Kim's mental state" from "Trump's campaign said".
func adjectiveEnding(w string) bool {
	for _, suf := range []string{"al", "ous", "ive", "ic", "ful", "less", "ed", "est", "able", "ible"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
