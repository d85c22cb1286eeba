package attrib

import "github.com/quotecheck/quotecheck/quotes"

// "X quoted Y as saying": the words are Y's.
//
// Problem: "The state agency OPA quoted her as saying: “…”" names two parties; the
// participle "saying" has no subject of its own, and the sentence's subject is the
// outlet, which only relays the words.
//
// Approach: at "as saying" (or "as telling", "as writing"), the object of the quoting
// verb right before "as" is the speaker: a person's name ending there, or an object
// pronoun ("her", "him") resolved like a possessive to the earliest subject person of
// the nearest sentence that has one, gender permitting.
//
// Example: "Vera Kallin spoke. OPA quoted her as saying: “…”" → Vera Kallin.
//
// Cost: a look at four tokens per speech verb. Known failures: an object phrase longer
// than a name ("quoted the head of the agency as saying") is left to the other rules.

// quotingVerbs relay someone else's words ("quoted her as saying").
var quotingVerbs = set(`quoted quotes quoting cited cites citing`)

// objectPronounGender maps object pronouns to the gender they require.
var objectPronounGender = map[string]string{"her": "f", "him": "m"}

// quotedAs reads "VERB OBJECT as saying" with "saying" at v; ok is false when the
// frame does not hold.
func (s *sieve) quotedAs(v, a int) (result, bool) {
	if v-3 < a || s.toks[v-1].lower != "as" {
		return result{}, false
	}
	obj := v - 2
	if g, ok := objectPronounGender[s.toks[obj].lower]; ok {
		if !quotingVerbs[s.toks[obj-1].lower] {
			return result{}, false
		}
		if p := s.ownerBefore(obj, g); p >= 0 {
			return result{speaker: s.people.list[p].name, mention: s.toks[obj].text, method: quotes.MethodPronoun, cue: s.toks[v].lower, conf: confPronoun, hasCue: true}, true
		}
		return result{cue: s.toks[v].lower, hasCue: true}, true
	}
	m := s.mentionEndingAt(obj)
	if m < 0 {
		return result{}, false
	}
	if t0 := s.people.mentions[m].t0; t0 < 1 || t0-1 < a || !quotingVerbs[s.toks[t0-1].lower] {
		return result{}, false
	}
	return s.fromMention(m, s.toks[v].lower, quotes.MethodSpeechVerb, confWovenName), true
}
