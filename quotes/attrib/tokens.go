package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenising the reporter's text. Each quotation becomes a single token (kind tokQuote)
// so that the sieve reads only the words around quotations, the way a reader skims the
// frame of a sentence: "“…,” Witkoff said." is QUOTE , Witkoff said . — and sentence
// boundaries inside quotations never cut the reporter's sentence.
//
// A sentence ends at . ! ? followed by a capitalised word, a quotation or a line end,
// unless the word before the period is an abbreviation ("Rep.", "U.S.", "D."), and at
// every line end. A quotation whose text ends in . ! ? and is followed by a capitalised
// word ends the sentence too (“… a standard negotiation.” He added, …).
//
// Cost: one pass over the text. Known failures: abbreviations outside the list end
// sentences early; a line-wrapped paragraph (hard newlines inside a paragraph) is read
// as several paragraphs.

type tokKind uint8

const (
	tokWord tokKind = iota
	tokPunct
	tokQuote
	tokBreak // a line end
)

// token is one word, punctuation mark, quotation or line break of a document. Its
// fields are ordered (and the counters sized) to keep it at 72 bytes: a document has a
// token for every 4–5 bytes of text.
type token struct {
	start, end int     // byte span in the text (a quotation: open mark to close mark)
	text       string  // the word as written, the punctuation mark, or "" for a break
	lower      string  // folded word
	quote      int32   // index into the quote list for tokQuote
	sent, para int32   // sentence and paragraph number
	lex        lexBits // the word lists holding lower (lexbits.go)
	kind       tokKind
	cap        bool // the word starts with an upper-case letter
	poss       bool // the word carried a possessive ’s / 's (stripped from text)
	sentEnd    bool // this token ends its sentence
	head       bool // the token lies in the document's headline (names there are not mentions)
}

// abbreviations never end a sentence with their period.
var abbreviations = set(`mr mrs ms dr rep sen gov gen lt col capt sgt st jr sr prof
rev adm u.s us u.k uk u.n e.u vs etc inc co corp no jan feb mar apr aug sept sep oct
nov dec a.m p.m d.c maj cmdr del atty supt`)

// tokenize splits text (the masked text) into tokens, one tokQuote per quotation.
// quotes must be sorted by open position and not overlap.
//
// Speed: the slice is sized once from the text length, ASCII bytes are classified by
// table without decoding runes, a word without upper-case letters is its own lower
// form, and the other ASCII words get theirs from one string per document (folder),
// so a token costs no allocation of its own (words with non-ASCII letters are
// lower-cased on their own).
func tokenize(text string, qs []span) []token {
	return tokenizeInto(nil, text, qs)
}

// tokenizeInto is tokenize appending to buf[:0], so that a worker can reuse one
// token slice across documents (see tokenPool).
func tokenizeInto(buf []token, text string, qs []span) []token {
	fold := folders.Get().(*folder)
	defer folders.Put(fold)
	toks := buf[:0]
	if n := len(text)/bytesPerToken + 16; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	qi := 0
	next := openAt(qs, qi, len(text)) // where the next quotation opens, kept at hand
	i := 0
	for i < len(text) {
		for next < i {
			qi++ // overlapping or out-of-order quotation: skip it
			next = openAt(qs, qi, len(text))
		}
		if next == i {
			q := qs[qi]
			toks = append(toks, token{kind: tokQuote, start: q.open, end: q.closeEnd, quote: int32(qi)})
			i = q.closeEnd
			if i <= q.open {
				i = q.open + 1
			}
			qi++
			next = openAt(qs, qi, len(text))
			continue
		}
		limit := next
		var class byte
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			class = asciiClass[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:limit])
			switch {
			case unicode.IsSpace(r):
				class = cSpace
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				class = cWord
			default:
				class = cPunct
			}
		}
		switch class {
		case cBreak:
			toks = append(toks, token{kind: tokBreak, start: i, end: i + 1})
			i++
		case cSpace:
			i += size
		case cWord:
			if j, upper := plainASCIIWord(text[:limit], i); j > 0 {
				// the common case: letters and digits only, nothing to split or strip
				toks = append(toks, token{})
				t := &toks[len(toks)-1]
				t.kind, t.start, t.end, t.text = tokWord, i, j, text[i:j]
				if upper {
					t.cap = 'A' <= text[i] && text[i] <= 'Z'
					if c := camelSplit(t.text); c > 0 {
						toks = toks[:len(toks)-1] // "alliesWitkoff": the general path splits it
						goto general
					}
					fold.add(len(toks)-1, t.text) // lower and lex come in fold.apply
				} else {
					t.lower = t.text
					t.lex = lexLookup(t.lower)
				}
				if t.cap && hasGluedSuffix(t.text) {
					fold.glued = append(fold.glued, len(toks)-1)
				}
				i = j
				if i < limit && text[i] == ' ' {
					i++ // the space that follows most words, without a turn of the loop
				}
				continue
			}
		general:
			j := wordEnd(text[:limit], i)
			if c := camelSplit(text[i:j]); c > 0 {
				j = i + c // "alliesWitkoff": two words glued by bad extraction
			}
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			setWord(t, text, i, j, fold, len(toks)-1) // in place: a token is too large to copy twice
			if t.cap && !t.poss && hasGluedSuffix(t.text) {
				fold.glued = append(fold.glued, len(toks)-1) // checked here, while the token is at hand
			}
			i = j
		default:
			toks = append(toks, token{kind: tokPunct, start: i, end: i + size, text: text[i : i+size]})
			i += size
		}
	}
	fold.apply(toks)
	toks = splitGluedSuffixes(text, toks, fold.glued)
	fold.glued = fold.glued[:0]
	markSentences(toks, text, qs)
	return toks
}

// openAt returns where qs[qi] opens, or end when no quotation is left.
func openAt(qs []span, qi, end int) int {
	if qi < len(qs) {
		return qs[qi].open
	}
	return end
}

// plainASCIIWord returns the end of the word at i when it is ASCII letters and digits
// only and no joiner (- ’ ', a period after one letter) or other non-ASCII byte
// follows it, and whether it holds
// an upper-case letter; 0 otherwise. Such a word is its own token as it stands: it
// carries no possessive and no abbreviation period, and wordEnd would end it at the
// same byte.
func plainASCIIWord(text string, i int) (int, bool) {
	var seen byte // the wordByte flags of the word's bytes, or-ed
	j := i
	for ; j < len(text); j++ {
		f := wordByte[text[j]]
		if f == 0 {
			break
		}
		seen |= f
	}
	upper := seen&bUpper != 0
	if j < len(text) {
		// a period ends a word of two or more characters where it stands; one
		// after a single letter may start a dotted abbreviation ("U.S.")
		if c := text[j]; c >= utf8.RuneSelf || c == '-' || c == '\'' || c == '.' && j-i < 2 {
			return 0, false
		}
	}
	return j, upper
}

// bytesPerToken sizes the token slice: the seeds and PolNeAR dev average 6.8 and 6.5
// bytes of text per token, so len/5 leaves room for denser text and rarely grows (an
// Attributor keeps the slice for the next document anyway).
const bytesPerToken = 5

// wordToken builds the word token for text[i:j], stripping a possessive ’s.
func wordToken(text string, i, j int) token {
	var t token
	setWord(&t, text, i, j, nil, 0)
	return t
}

// setWord makes *t (a zero token) the word token for text[i:j]. An ASCII word with an
// upper-case letter is handed to fold as token k, which sets its lower and lex later;
// with fold nil every word is lower-cased on its own.
func setWord(t *token, text string, i, j int, fold *folder, k int) {
	w := text[i:j]
	t.kind, t.start, t.end = tokWord, i, j
	if c := w[len(w)-1]; c == 's' || c == '\'' || c == 0x99 { // 0x99 ends ’
		for _, suf := range possessives {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w = w[:len(w)-len(suf)]
				t.poss = suf == "’s" || suf == "'s"
				break
			}
		}
	}
	t.text = w
	bare := strings.TrimSuffix(w, ".")
	if isASCII(bare) {
		t.cap = 'A' <= w[0] && w[0] <= 'Z'
		if fold != nil && hasUpper(bare) {
			fold.add(k, bare)
			return
		}
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		t.cap = unicode.IsUpper(r)
	}
	t.lower = strings.ToLower(bare) // bare itself when it has no upper-case letter
	t.lex = lexLookup(t.lower)
}

// possessives are the endings wordToken strips, in the order it tries them.
var possessives = []string{"’s", "'s", "’", "'"}

// wordEnd returns the end of the word starting at i: letters, digits and the inner
// joiners - ’ ' . (for "U.S." and "it’s"); a trailing joiner is left out, except the
// last period of a dotted abbreviation like "U.S.".
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := rune(text[j]), 1
		if r < utf8.RuneSelf {
			if asciiClass[r] == cWord {
				j++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += size
				continue
			}
		}
		if r == '-' || r == '’' || r == '\'' || r == '.' {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if j+size < len(text) && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
				if r == '.' && !isDotted(text[i:j]) {
					break
				}
				j += size
				continue
			}
			if r == '.' && strings.Contains(text[i:j], ".") && isDotted(text[i:j]) {
				j += size // "U.S." keeps its last period
			}
		}
		break
	}
	return j
}

// isDotted reports whether w looks like a dotted abbreviation in progress ("U", "U.S"):
// every part between periods is one letter.
func isDotted(w string) bool {
	if w == "" {
		return false
	}
	for {
		part, rest, found := strings.Cut(w, ".")
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if !found {
			return true
		}
		w = rest
	}
}

// markSentences sets sent, para and sentEnd on every token. Sentences are counted so
// that a run of line breaks is one boundary.
func markSentences(toks []token, text string, qs []span) {
	var sent, para int32
	for k := range toks {
		t := &toks[k]
		t.sent, t.para = sent, para
		switch t.kind {
		case tokBreak:
			t.sentEnd = true
			para++
		case tokPunct:
			if (t.text == "." || t.text == "!" || t.text == "?") && endsSentence(toks, k) {
				t.sentEnd = true
			}
		case tokQuote:
			inner := strings.TrimRight(text[qs[t.quote].start:qs[t.quote].end], " ")
			if strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "?") {
				if k+1 < len(toks) && toks[k+1].kind == tokWord && toks[k+1].cap && (!startsClause(toks[k+1].lower) || wovenQuote(toks, k)) {
					t.sentEnd = true
				}
			}
		}
		// a break right after a sentence end (a blank line, or the newline after a
		// paragraph's last period) opens no sentence of its own: blank lines must not
		// push an antecedent out of maxPronounSentences' reach
		if t.sentEnd && (t.kind != tokBreak || k == 0 || !toks[k-1].sentEnd) {
			sent++
		}
	}
}

// wovenQuote reports whether the quotation at toks[k] is woven into its sentence,
// right after a word ("accused him of “fanatic recklessness.” South Korean President
// Park said"): its closing period then ends that sentence, and the capitalised word after
// it opens the next one. So does a quotation after "VERB," or "VERB:". Only a
// quotation that opens its sentence ("“…” Smith said") or follows another comma leaves
// its sentence open for a trailing speech verb.
func wovenQuote(toks []token, k int) bool {
	if k > 0 && toks[k-1].kind == tokWord && !toks[k-1].sentEnd {
		return true
	}
	// "Trump boasted, “That makes me smart.” Trump was …": a quotation its verb
	// already introduced ends its sentence too
	return k > 1 && (toks[k-1].text == "," || toks[k-1].text == ":") && toks[k-2].kind == tokWord && toks[k-2].is(lStrong) && !usedAsNoun(toks, k-2)
}

// startsClause reports whether a capitalised word after a quotation is more likely the
// subject of a speech verb than the start of a new sentence; names are, so only words
// that never start "“…” X said" are listed as sentence starters.
func startsClause(lower string) bool { return !notNames[lower] }

// endsSentence decides whether the period/!/? at toks[k] ends a sentence.
func endsSentence(toks []token, k int) bool {
	if k > 0 && toks[k].text == "." {
		p := toks[k-1]
		if p.kind == tokWord && p.end == toks[k].start && (p.is(lAbbrev) || (len(p.text) == 1 && p.cap)) {
			return false
		}
	}
	for n := k + 1; n < len(toks); n++ {
		switch toks[n].kind {
		case tokBreak, tokQuote:
			return true
		case tokWord:
			return toks[n].cap || unicode.IsDigit(rune(toks[n].text[0]))
		case tokPunct:
			if strings.ContainsAny(toks[n].text, ".!?)]”’\"") {
				continue
			}
			return true
		}
	}
	return true
}
