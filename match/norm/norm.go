// Package norm turns a quotation into normalised word tokens without losing where each
// word came from, so that similarity and drift can work on words while every result can
// still point back at a byte span of the original text.
//
// Problem: two renderings of one passage differ in ways that do not change the words —
// case, accents, curly or straight apostrophes, dashes, ellipses, editorial insertions
// such as "[Witkoff]" or "(Putin)", contractions (it’ll / it will), number words
// (twenty / 20) and hyphenation (20-point / 20 point). Comparing raw strings would call
// all of these differences.
//
// Approach: one left-to-right scan splits the text into words (letters and digits, with
// an apostrophe kept inside a word); each word is folded (NFKD, accents stripped,
// lower case), expanded when it is a contraction ("it’ll" gives "it" + "will", both
// carrying the span of "it’ll"), mapped to digits when it is a number word, and stemmed
// with the Snowball English stemmer. Words inside square or round brackets are marked
// Aside: they are the editor's, not the speaker's, and comparisons skip them but can
// still report them.
//
// Example: `He’s got to sell [it], twenty-eight times` gives
//
//	he(0:4) has(0:4) got to sell it* 28(23:35) time    (* Aside)
//
// Cost: linear in the text's length; one small allocation per token.
//
// Known failures: "'s" is ambiguous (is / has / possessive): it expands to "has" before
// "got"/"been", to "is" after a pronoun, and is dropped otherwise. "'d" always becomes
// "would" (never "had"). Compound number words beyond "twenty-eight" style pairs
// ("two hundred and five") are not combined.
package norm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/quotecheck/quotecheck/quotes/names"
)

// Token is one normalised word with the byte span of the original text it came from.
type Token struct {
	Start, End int    // byte span [Start, End) in the input text
	Raw        string // the original characters of the word (for a contraction, the whole word)
	Word       string // folded, expanded, number words as digits: "will", "20"
	Stem       string // Snowball stem of Word: what comparisons use
	Stop       bool   // a function word: weighs little in similarity
	Aside      bool   // inside [..] or (..): an editorial insertion, not the speaker's words
}

// Tokenize splits text into normalised tokens. It never fails; empty or wordless input
// gives no tokens.
func Tokenize(text string) []Token {
	out := make([]Token, 0, capacityFor(text))
	depth := 0 // bracket nesting: >0 means Aside
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '[' || r == '(':
			depth++
			i += size
			continue
		case r == ']' || r == ')':
			if depth > 0 {
				depth--
			}
			i += size
			continue
		case !isWordRune(r):
			i += size
			continue
		}
		start := i
		end := scanWord(text, i)
		out = appendWord(out, text, start, end, depth > 0)
		i = end
	}
	combineNumbers(out)
	fixHas(out)
	return out
}

// capacityFor estimates the tokens of text from its separators: one word per space,
// plus one per hyphen or apostrophe (20-point, it’ll), so a typical quote needs a
// single allocation. Allocating len(text)/5 tokens instead overshot by about half and
// was the largest allocation of a corpus build (BenchmarkCorpusBuild in match/check).
func capacityFor(text string) int {
	n := 1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case ' ', '\n', '-', '\'':
			n++
		case 0x99: // last byte of ’ (E2 80 99)
			n++
		}
	}
	return n
}

// isWordRune reports whether r can start or continue a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// isApostrophe reports whether r can be an apostrophe inside a word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// scanWord returns the end of the word that starts at i: letters, digits and marks, an
// apostrophe between letters, and "." or "," between digits (1,000 and 2.5).
func scanWord(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if isApostrophe(r) || r == '.' || r == ',' {
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next) {
				i += size
				continue
			}
			if (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// Fold returns s in NFKD with combining marks removed and in lower case
// (names.FoldAccents), with every apostrophe as "'".
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		if isApostrophe(r) {
			return '\''
		}
		return r
	}, names.FoldAccents(s))
}

// appendWord folds and expands the word text[start:end] and appends its tokens.
func appendWord(out []Token, text string, start, end int, aside bool) []Token {
	raw := text[start:end]
	folded := Fold(raw)
	folded = strings.ReplaceAll(folded, ",", "") // 1,000 → 1000
	for _, w := range expand(folded) {
		if n, ok := numberWords[w]; ok {
			w = n
		}
		out = append(out, Token{Start: start, End: end, Raw: raw, Word: w, Stem: stem(w),
			Stop: stopWords[w], Aside: aside})
	}
	return out
}

// stem returns the Snowball stem of w; digits and one-letter words stay as they are.
func stem(w string) string {
	if len(w) < 3 || (w[0] >= '0' && w[0] <= '9') {
		return w
	}
	if s, ok := irregular[w]; ok {
		return s
	}
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	s := english.Stem(w, true)
	stemCache.Store(w, s)
	return s
}

// stemCache memoises the stemmer, the costliest step of tokenizing. It holds one entry
// per distinct word seen by the process: a run's vocabulary (tens of thousands of
// words at most for a large corpus).
var stemCache sync.Map

// irregular maps forms the stemmer leaves apart to one stem.
var irregular = map[string]string{
	"n't": "not", "wo": "will", "ca": "can", "sha": "shall",
}

// expand splits a folded word into the words it stands for: contractions and slang
// ("gotta", "gonna") expand; a possessive "'s" is dropped.
func expand(w string) []string {
	if whole, ok := wholeWords[w]; ok {
		return whole
	}
	i := strings.IndexByte(w, '\'')
	if i <= 0 {
		return []string{w}
	}
	base, suf := w[:i], w[i:]
	switch {
	case strings.HasSuffix(w, "n't"):
		base = w[:len(w)-3]
		if b, ok := irregularNot[base]; ok {
			base = b
		}
		return []string{base, "not"}
	case suf == "'ll":
		return []string{base, "will"}
	case suf == "'re":
		return []string{base, "are"}
	case suf == "'ve":
		return []string{base, "have"}
	case suf == "'m":
		return []string{base, "am"}
	case suf == "'d":
		return []string{base, "would"}
	case suf == "'s":
		if sIsVerb[base] {
			if base == "let" {
				return []string{base, "us"}
			}
			return []string{base, "is"}
		}
		return []string{base}
	}
	return []string{strings.ReplaceAll(w, "'", "")}
}

// fixHas turns an "is" expanded from "'s" into "has" before "got" or "been"
// ("he's got to" = "he has got to").
func fixHas(ts []Token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].Word == "is" && strings.ContainsAny(ts[i].Raw, "'’ʼ‘") &&
			(ts[i+1].Word == "got" || ts[i+1].Word == "been") {
			ts[i].Word = "has" // Stem stays "is": "he's got" and "he's going" differ only in got/going
		}
	}
}

// combineNumbers joins a tens word and a unit word written with a hyphen
// ("twenty-eight" → 28). Both tokens keep their spans; the unit token becomes empty
// and is removed by the caller's filter in Words.
func combineNumbers(ts []Token) {
	for i := 0; i+1 < len(ts); i++ {
		t, u := tensValue[ts[i].Word], unitValue[ts[i+1].Word]
		if t == 0 || u == 0 || ts[i].End+1 != ts[i+1].Start {
			continue
		}
		v := itoa(t + u)
		ts[i].Word, ts[i].Stem, ts[i].End = v, v, ts[i+1].End
		ts[i].Raw = ts[i].Raw + "-" + ts[i+1].Raw
		ts[i+1] = Token{Start: ts[i+1].Start, End: ts[i+1].End, Raw: ts[i+1].Raw, Aside: true}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// Words returns the stems of the tokens that are the speaker's words (not Aside).
func Words(ts []Token) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		if !t.Aside && t.Stem != "" {
			out = append(out, t.Stem)
		}
	}
	return out
}

// Spoken returns the tokens that are the speaker's words (not Aside).
func Spoken(ts []Token) []Token {
	out := make([]Token, 0, len(ts))
	for _, t := range ts {
		if !t.Aside && t.Stem != "" {
			out = append(out, t)
		}
	}
	return out
}

// Asides returns the editorial insertions of text ("[Witkoff]", "(Putin)") as the
// original characters of their words, one string per bracket run.
func Asides(ts []Token) []string {
	var out []string
	prev := -1 // index of the previous aside word token, -1 = none
	for i, t := range ts {
		if !t.Aside || t.Stem == "" {
			continue
		}
		switch {
		case prev >= 0 && prev == i-1 && ts[prev].Start == t.Start:
			// the second half of an expanded contraction: same word
		case prev >= 0 && prev == i-1:
			out[len(out)-1] += " " + t.Raw
		default:
			out = append(out, t.Raw)
		}
		prev = i
	}
	return out
}
