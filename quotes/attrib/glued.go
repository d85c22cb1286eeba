package attrib

import (
	"slices"
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

// minGluedSuffix is the length of the shortest glued suffix.
const minGluedSuffix = 3

// minGluedStem is the shortest stem a glued suffix may be cut from; 4 keeps short
// names ("Rand") whole.
const minGluedStem = 4

// camelSplit returns the byte offset at which a lower-case-initial word turns into a
// capitalised one ("alliesWitkoff" → 6), or 0 when the word is not glued that way.
func camelSplit(w string) int {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return camelSplitRunes(w)
		}
	}
	return 0 // all lower-case ASCII, the common case: nothing glued
}

// camelSplitRunes is camelSplit for any word.
func camelSplitRunes(w string) int {
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
// also written alone in the document. cands are the indices of the capitalised,
// non-possessive word tokens that end in a glued suffix (hasGluedSuffix), in order. Splits are rare, so the work is kept to the
// candidates: only their possible stems are looked for among the capitalised words
// (skipping words of other lengths without a map look-up), and the tokens are copied
// only when a split happens.
func splitGluedSuffixes(text string, toks []token, cands []int) []token {
	if len(cands) == 0 {
		return toks
	}
	alone := map[string]bool{} // candidate stem -> written alone
	var lengths uint64         // bit n set: some stem has n bytes (n < 64)
	for _, k := range cands {
		w := toks[k].text
		for _, suf := range gluedSuffixes {
			if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= minGluedStem {
				alone[stem] = false
				lengths |= 1 << min(len(stem), 63)
			}
		}
	}
	for k := range toks {
		t := &toks[k]
		if t.kind != tokWord || !t.cap || lengths&(1<<min(len(t.text), 63)) == 0 {
			continue
		}
		if _, ok := alone[t.text]; ok {
			alone[t.text] = true
		}
	}
	var cuts []int // token index, cut offset, token index, cut offset, …
	for _, k := range cands {
		t := &toks[k]
		if cut := gluedCut(t.text, alone); cut > 0 && t.end == t.start+len(t.text) {
			cuts = append(cuts, k, cut)
		}
	}
	if cuts == nil {
		return toks
	}
	// grow in place and fill from the back: each token moves once
	n := len(toks)
	toks = slices.Grow(toks, len(cuts)/2)[:n+len(cuts)/2]
	w, r := len(toks), n // next free slot from the back, end of the unmoved tokens
	for c := len(cuts) - 2; c >= 0; c -= 2 {
		k, cut := cuts[c], cuts[c+1]
		w -= copy(toks[w-(r-k-1):w], toks[k+1:r])
		t := toks[k]
		toks[w-2], toks[w-1] = wordToken(text, t.start, t.start+cut), wordToken(text, t.start+cut, t.end)
		w, r = w-2, k
	}
	return toks
}

// hasGluedSuffix reports whether w ends in a glued suffix after a long enough stem.
func hasGluedSuffix(w string) bool {
	if len(w) < minGluedSuffix+minGluedStem {
		return false
	}
	for _, suf := range gluedByLast[w[len(w)-1]] {
		if len(w) >= len(suf)+minGluedStem && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// gluedByLast holds, for each byte, the glued suffixes that end in it (in
// gluedSuffixes order), so that hasGluedSuffix, asked of every capitalised word,
// compares two suffixes at most instead of thirteen.
var gluedByLast = func() (t [256][]string) {
	for _, suf := range gluedSuffixes {
		c := suf[len(suf)-1]
		t[c] = append(t[c], suf)
	}
	return t
}()

// gluedCut returns the length of the stem of w before the first glued suffix whose
// stem is written alone in the document, or 0.
func gluedCut(w string, alone map[string]bool) int {
	for _, suf := range gluedSuffixes {
		stem := strings.TrimSuffix(w, suf)
		if len(stem) == len(w) || len(stem) < minGluedStem || !alone[stem] {
			continue
		}
		return len(stem)
	}
	return 0
}
