package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizer as it was before the throughput work (one string per token, a map of
// capitalised words per document), kept as the reference the fast tokenizer must match
// token for token (TestTokenizeMatchesReference, FuzzTokenize).

func refTokenize(text string, qs []span) []token {
	var toks []token
	qi := 0
	i := 0
	for i < len(text) {
		for qi < len(qs) && qs[qi].open < i {
			qi++ // overlapping or out-of-order quotation: skip it
		}
		if qi < len(qs) && qs[qi].open == i {
			q := qs[qi]
			toks = append(toks, token{kind: tokQuote, start: q.open, end: q.closeEnd, quote: int32(qi)})
			i = q.closeEnd
			if i <= q.open {
				i = q.open + 1
			}
			qi++
			continue
		}
		limit := len(text)
		if qi < len(qs) {
			limit = qs[qi].open
		}
		r, size := utf8.DecodeRuneInString(text[i:limit])
		switch {
		case r == '\n':
			toks = append(toks, token{kind: tokBreak, start: i, end: i + 1})
			i++
		case unicode.IsSpace(r) || r == '*' || r == '_' || r == '#' || r == '`':
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := refWordEnd(text[:limit], i)
			if c := refCamelSplit(text[i:j]); c > 0 {
				j = i + c // "alliesWitkoff": two words glued by bad extraction
			}
			toks = append(toks, refWordToken(text, i, j))
			i = j
		default:
			toks = append(toks, token{kind: tokPunct, start: i, end: i + size, text: text[i : i+size]})
			i += size
		}
	}
	toks = refSplitGluedSuffixes(text, toks)
	markSentences(toks, text, qs)
	return toks
}

func refWordToken(text string, i, j int) token {
	w := text[i:j]
	t := token{kind: tokWord, start: i, end: j}
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w = w[:len(w)-len(suf)]
			t.poss = suf == "’s" || suf == "'s"
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	t.text = w
	t.lower = strings.ToLower(strings.TrimSuffix(w, "."))
	t.cap = unicode.IsUpper(r)
	t.lex = lexicon[t.lower] // added with the field: the lists holding the word
	return t
}

func refWordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += size
			continue
		}
		if r == '-' || r == '’' || r == '\'' || r == '.' {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if j+size < len(text) && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
				if r == '.' && !refIsDotted(text[i:j]) {
					break
				}
				j += size
				continue
			}
			if r == '.' && strings.Contains(text[i:j], ".") && refIsDotted(text[i:j]) {
				j += size // "U.S." keeps its last period
			}
		}
		break
	}
	return j
}

func refIsDotted(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func refCamelSplit(w string) int {
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

func refSplitGluedSuffixes(text string, toks []token) []token {
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
		out = append(out, refWordToken(text, t.start, t.start+cut), refWordToken(text, t.start+cut, t.end))
	}
	return out
}
