package attrib

import "strings"

// Hyphenated names.
//
// Problem: a capitalised word with a hyphen is usually not part of a name
// ("Trump-backed", "Anti-Trump", "African-American"), but given names and surnames
// can be hyphenated ("Jean-Claude Juncker", "Park Geun-hye", "Ban Ki-moon",
// "Ocasio-Cortez"), and cutting them leaves "South Korean President Park" or a bare
// "Juncker" as the speaker.
//
// Approach: a word is a hyphenated name when it has two or three letter-only parts,
// the first capitalised (not all capitals: "GOP-led") and not a prefix ("Anti",
// "Pro", "Ex"), and every later part is either capitalised and no demonym
// ("Claude", not "American") or a short lower-case syllable
// (at most maxNameSyllable letters, "hye", "moon") that is not an English suffix word
// ("era", "led", "like").
//
// Example: "Geun-hye" and "Jean-Claude" are names; "Trump-backed" (a long lower-case
// part), "Anti-Trump" (a prefix), "Franco-German" (a demonym) and "Obama-era" are not.
//
// Cost: one pass over the word, only for capitalised words holding a hyphen.
// Known failures: a hyphenated surname whose second part is a demonym-like word
// ("Kaplan-Morgan" passes, "Smith-Christian" does not); a short English word not in
// the list ("Clinton-ally") passes.

// maxNameSyllable is the longest lower-case part after a hyphen read as a name
// syllable: Korean given names ("Geun-hye", "Ki-moon", "Jong-un", "Jae-in") have
// parts of 2–4 letters, while compounds ("Trump-backed", "Soviet-made") mostly
// have longer or listed ones.
const maxNameSyllable = 4

// namePrefixes open compounds, not names ("Anti-Trump", "Ex-President").
var namePrefixes = set(`anti pro non ex post pre mid co neo pan self semi sub super inter multi trans ultra over under all`)

// nameSuffixWords are short English words that close compounds ("Obama-era").
var nameSuffixWords = set(`era led like ish type wide run born made free only held size fed old year day long in out up on off for and the of to at by ran won`)

// hyphenName reports whether w is a hyphenated name (see above).
func hyphenName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if p == "" || !lettersOnly(p) {
			return false
		}
		upper := p[0] >= 'A' && p[0] <= 'Z'
		if i == 0 {
			if !upper || len(p) < 2 || isAllCaps(p) || namePrefixes[strings.ToLower(p)] {
				return false
			}
			continue
		}
		if upper {
			if isAllCaps(p) || isDemonym(p) {
				return false
			}
			continue
		}
		if len(p) > maxNameSyllable || nameSuffixWords[p] {
			return false
		}
	}
	return true
}

// lettersOnly reports whether p is made of ASCII letters.
func lettersOnly(p string) bool {
	for i := 0; i < len(p); i++ {
		if c := p[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// isAllCaps reports whether an ASCII-letter word has no lower-case letter.
func isAllCaps(p string) bool {
	for i := 0; i < len(p); i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			return false
		}
	}
	return true
}

// isDemonym reports whether a capitalised word reads as a people's adjective
// ("American", "Chinese", "British", "Israeli"): the endings that make compounds
// such as "African-American" or "Sino-Japanese".
func isDemonym(p string) bool {
	l := strings.ToLower(p)
	for _, suf := range []string{"an", "ese", "ish", "ic", "li", "ch"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// plainWord reports whether a capitalised word can stand in a name run: no apostrophe
// except an Irish or Italian prefix ("O'Neill", "D’Amato"), and a hyphen only in a
// hyphenated name ("Jean-Claude", "Geun-hye"; see hyphenName).
//
// One pass over the bytes: it runs on every capitalised word.
func plainWord(w string) bool {
	i, n := -1, 1 // the first ' (or, when none, the first ’) and its length
	curly := -1   // the first ’
	for j := 0; j < len(w); j++ {
		switch c := w[j]; {
		case c == '-':
			return hyphenName(w)
		case c == '\'' && i < 0:
			i = j
		case c == 0xE2 && curly < 0 && strings.HasPrefix(w[j:], "’"):
			curly = j
		}
	}
	if i < 0 {
		i, n = curly, len("’")
	}
	return i < 0 || i == 1 && len(w) > i+n && 'A' <= w[i+n] && w[i+n] <= 'Z'
}
