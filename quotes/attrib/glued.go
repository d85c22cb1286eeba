package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words glued together by a bad text extraction (a dropped space at a link or a line
// join): "alliesWitkoff", "Witkoffand", "Ushakovwhose".
//
// Problem: a glued word reads as a new person ("Ushakovwhose") or hides a name from
// the sieve ("alliesWitkoff suggested" has no capitalised subject).
//
// Approach: two splits, both keeping byte spans exact (the two tokens share the glued
// word's span, nothing is re-found by searching):
//   - a word that starts lower-case and turns upper-case inside ("alliesWitkoff") is
//     split at the turn when both sides look like words (two or more lower-case
//     letters before, a capital and two or more lower-case letters after). Words that
//     start with a capital ("McGinley", "DuVernay") are never split this way.
//   - a capitalised word ending in a common function word ("Witkoffand",
//     "Dmitrievhad") is split when its stem is written on its own elsewhere in the
//     document; "Holland" stays whole unless "Holl" is a word of the text.
//
// Example: "European alliesWitkoff suggested" → allies | Witkoff | suggested.
//
// Cost: one pass over the tokens plus a set of the capitalised words. Known failures:
// a glued name never written alone in the document stays glued.

// gluedSuffixes are the function words seen glued to a preceding name in the seeds'
// machine-translated article (Witkoffand, Kushnerthey, Reutersthis, Dmitrievhad,
// Moscowsuch, Ushakovwhose).
var gluedSuffixes = []string{"and", "whose", "had", "this", "they", "such", "that", "who", "which", "was", "has", "said", "the"}

// minGluedStem is the shortest stem a glued suffix may be cut from; 4 keeps short
// names ("Rand") whole.
const minGluedStem = 4

// camelSplit returns the byte offset at which a lower-case-initial word turns into a
// capitalised one ("alliesWitkoff" → 6), or 0 when the word is not glued that way.
func camelSplit(w string) int {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(first) {
		return 0
	}
	lowers := 0
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			lowers++
		case unicode.IsUpper(r):
			if lowers < 2 {
				return 0
			}
			tail := w[i+utf8.RuneLen(r):]
			n := 0
			for _, c := range tail {
				if !unicode.IsLower(c) {
					break
				}
				n++
			}
			if n < 2 {
				return 0
			}
			return i
		default:
			return 0
		}
	}
	return 0
}

// splitGluedSuffixes splits "Witkoffand" into "Witkoff" and "and" when "Witkoff" is
// also written alone in the document.
func splitGluedSuffixes(text string, toks []token) []token {
	alone := map[string]bool{}
	for _, t := range toks {
		if t.kind == tokWord && t.cap {
			alone[t.text] = true
		}
	}
	var out []token
	for _, t := range toks {
		if t.kind != tokWord || !t.cap || t.poss {
			out = append(out, t)
			continue
		}
		cut := 0
		for _, suf := range gluedSuffixes {
			stem := strings.TrimSuffix(t.text, suf)
			if len(stem) == len(t.text) || len(stem) < minGluedStem || !alone[stem] {
				continue
			}
			cut = len(stem)
			break
		}
		if cut == 0 || t.end != t.start+len(t.text) {
			out = append(out, t)
			continue
		}
		out = append(out, wordToken(text, t.start, t.start+cut), wordToken(text, t.start+cut, t.end))
	}
	return out
}
