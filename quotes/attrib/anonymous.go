package attrib

import "github.com/quotecheck/quotecheck/quotes"

// Anonymous speakers the text marks as such.
//
// Problem: "One engineer, who spoke on condition of anonymity because they were not
// allowed to talk to the press, said the team had “no way back for hours”" names no
// speaker, yet the apposition is too long for the subject rules, so the quotation fell
// through to the paragraph rule and took the only name nearby (here the outlet); and
// "“Everyone knew,” the engineer said" took the same name, because "engineer" is no
// role noun.
//
// Approach: a sentence that says its source is anonymous ("on condition of
// anonymity", "asked not to be named", "declined to be identified") gives its
// quotations no speaker, whatever rule would otherwise fire: a wrong name is worse than
// none. A quotation followed by "the NOUN said" where the noun names nobody the text
// tied to a name is that descriptor's ("the engineer"), at descriptor confidence,
// when no other rule (continuation, the paragraph's one person) names its speaker.
//
// Example: the two sentences above give null and "the engineer" (0.5).
//
// Cost: one pass over the quotation's sentence. Known failures: a named person who
// "spoke on condition that the figures stay private" is still named (the marker needs
// "anonymity" or "not to be named/identified").

// isAnonymousSentence reports whether the tokens a..b (a sentence) say that the source
// is not named: "anonymity", "anonymously", or "(not|declined|refused) to be
// named/identified".
func (s *sieve) isAnonymousSentence(a, b int) bool {
	for i := a; i <= b; i++ {
		t := s.toks[i]
		if t.kind != tokWord {
			continue
		}
		switch t.lower {
		case "anonymity", "anonymously":
			return true
		case "named", "identified":
			if i-3 >= a && s.toks[i-1].lower == "be" && s.toks[i-2].lower == "to" {
				switch s.toks[i-3].lower {
				case "not", "declined", "refused", "asked":
					return true
				}
			}
		}
	}
	return false
}

// unnamedSubjectAfter reads "the NOUN said" right after the quotation at token k (b:
// the sentence's last token), for a quotation no other rule gave a speaker: the
// lower-case noun describes a speaker the text never tied to a name ("“…,” the
// engineer said").
func (s *sieve) unnamedSubjectAfter(k, b int) (result, bool) {
	i := k + 1
	for i <= b && s.toks[i].kind == tokPunct {
		i++
	}
	if i+2 > b || s.toks[i].lower != "the" {
		return result{}, false
	}
	n, v := s.toks[i+1], s.toks[i+2]
	if n.kind != tokWord || n.cap || n.is(lNotName) || !isStrong(v) || len(n.lower) < 3 {
		return result{}, false
	}
	text := phraseText(s.toks, i, i+2)
	return result{speaker: text, mention: text, method: quotes.MethodSpeechVerb, cue: v.lower, conf: confDescriptor, hasCue: true}, true
}
