package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes/document"
)

// Quotations that report nobody's words, whatever verb stands near them: headlines,
// section headings, titles of works, nicknames and quoted pronouns.
//
// Problem: a headline's “‘Intentional Act’” or a show's “Face the Nation” sits in a
// sentence that may well report speech ("Sanders told MSNBC’s “Morning Joe” that …"),
// and the cue rules would give it to the speaker.
//
// Approach, first match wins:
//  1. headline: the quotation lies in the document's headline (its first line when that
//     line is the metadata title, or a short title-cased first line followed by a
//     blank line; a sentence-case headline with no metadata is missed). A
//     headline compresses words the body reports in full; the body's quotation is the
//     record (PolNeAR's gold annotates none of the 32 headline quotations).
//  2. heading: the quotation is its whole line and is title-cased ("‘All Bets Are
//     Off.’" between paragraphs).
//  3. title of a work: title-cased text after a work noun ("documentary “13th”"), a
//     possessive outlet ("MSNBC’s “Morning Joe”", "CNN’s “State of the Union”"), a
//     sentence-initial "On" ("On “Face the Nation,” Sen. …"), a work noun and "of"
//     ("broadcast of “Fox News Sunday,”"), or before a work noun
//     ("“Keepin’ It Real” radio program"); any text after "titled", "entitled",
//     "nickname", "so-called" or a work noun and a comma ("commentary, “Melania, tell
//     your immigrant story,”"). A lower-case "on"/"of" is no cue: "chants of
//     “Bobby!”", "a goal of “Peace Through Strength.”" report words.
//  4. nickname: a capitalised word quoted between the parts of a name ("Robert C.
//     “Bobby” Scott").
//  5. a quoted pronoun ("because “she” is a “he”").
//
// Example: `Sanders told MSNBC's "Morning Joe" that …` → "Morning Joe" is a term.
//
// Cost: a few token look-ups per quotation. Known failures: a title in sentence case
// with no cue ("Hands up, don't shoot" as a slogan); a person quoted as saying a
// title-cased phrase right after "on" ("insisted on “Peace Through Strength”").

// maxHeadlineWords bounds an untitled document's first line read as a headline: the
// PolNeAR headlines run 6–17 words, first paragraphs of the seeds 30+.
const maxHeadlineWords = 20

// headlineEnd returns the byte offset where the document's headline ends, or 0 when it
// has none: its first line, when that line is the metadata title or, with no title, a
// short title-cased line followed by a blank line.
func headlineEnd(doc *document.Document) int {
	text := doc.Text
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return 0
	}
	line := strings.TrimSpace(text[:nl])
	if line == "" || strings.HasPrefix(line, "---") {
		return 0
	}
	if t := strings.TrimSpace(doc.Meta.Title); t != "" {
		if titleKey(line) == titleKey(t) {
			return nl
		}
		return 0
	}
	rest := text[nl+1:]
	blank := strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n")
	if blank && wordCount(line) <= maxHeadlineWords && isTitleCase(line) {
		return nl
	}
	return 0
}

// titleKey folds a headline for comparison: case, quotation marks and final
// punctuation do not count.
func titleKey(s string) string {
	var b strings.Builder
	for _, r := range fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// workNouns name works whose titles are quoted ("the documentary “13th”").
var workNouns = set(`film movie documentary show program programme series episode
broadcast book novel memoir song album play column commentary op-ed headline slogan
podcast segment sitcom musical poem essay`)

// titleCues introduce a title or a mentioned word whatever its case.
// ("nicknamed" is not one: PolNeAR gives "the Ohio native nicknamed “King James”" to
// the speaker, and the gold gives "the words/phrase “Islamic terrorism”" to whoever
// used them, so those are not terms either).
var titleCues = set(`titled entitled nickname so-called`)

// smallWords may stay lower-case inside a title ("Legend in the Coal Fields").
var smallWords = set(`a an the of in on at to for and or but with by as from vs is
are be it its nor if not than into up`)

// isTitleCase reports whether every word of text but the small ones starts with a
// capital (and the first word does).
func isTitleCase(text string) bool {
	n, i := 0, -1 // words with a letter or digit, index of the word
	for w := range strings.FieldsFuncSeq(text, isTitleSeparator) {
		i++
		w = strings.TrimLeft(w, "\"'“‘(«[")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i == 0 || !smallWords[strings.ToLower(strings.TrimRight(w, ".,:;!?’'\""))] {
			return false
		}
	}
	return n > 0
}

// isTitleSeparator reports the runes between the words of a title.
func isTitleSeparator(r rune) bool { return unicode.IsSpace(r) || r == '—' || r == '/' }

// isTermQuote applies the rules above to quotation i.
func (s *sieve) isTermQuote(i int) bool {
	q := s.qs[i]
	if q.start < s.headEnd {
		return true
	}
	k := s.qtok[i]
	if k < 0 {
		return false
	}
	text := strings.TrimSpace(s.text[q.start:q.end])
	title := isTitleCase(text)
	if title && s.aloneOnLine(q) && wordCount(text) >= 2 {
		return true
	}
	if w := s.wordBefore(k); w >= 0 {
		t := s.toks[w]
		comma := s.toks[k-1].text == ","
		switch {
		case t.is(lTitleCue):
			return true
		case t.is(lWorkNoun) && (title || comma):
			return true
		case title && !comma && t.lower == "of" && w > 0 && s.toks[w-1].is(lWorkNoun):
			return true // "broadcast of “Fox News Sunday,”", "episode of “The … Show,”"
		case title && !comma && (t.poss || t.text == "On") && !isStrong(t):
			return true
		case title && t.cap && !comma && k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && s.toks[k+1].cap &&
			wordCount(text) == 1 && !t.poss:
			return true // "Robert C. “Bobby” Scott"
		}
	}
	if title && k+1 < len(s.toks) && s.toks[k+1].kind == tokWord {
		n := s.toks[k+1]
		if n.is(lWorkNoun) || (k+2 < len(s.toks) && !n.cap && s.toks[k+2].is(lWorkNoun)) {
			return true // "“Keepin’ It Real” radio program"
		}
	}
	// only "he" and "she" have a gender, and no word of more than 3 bytes lower-cases
	// to either: longer quotations are spared lower-casing
	w := strings.TrimRight(text, ".,!?")
	return len(w) <= 3 && pronounGender[strings.ToLower(w)] != "" && wordCount(text) == 1
}

// wordBefore returns the word token before quotation token k, skipping one comma or
// an initial's period, or -1.
func (s *sieve) wordBefore(k int) int {
	i := k - 1
	if i >= 0 && s.toks[i].kind == tokPunct && s.toks[i].text == "," {
		i--
	}
	if i > 0 && s.toks[i].text == "." && len(s.toks[i-1].text) == 1 && s.toks[i-1].cap {
		return i - 1 // an initial: "Robert C. “Bobby” Scott"
	}
	if i < 0 || s.toks[i].kind != tokWord || s.toks[i].sentEnd {
		return -1
	}
	return i
}

// aloneOnLine reports whether a quotation is the whole of its line (a heading).
func (s *sieve) aloneOnLine(q span) bool {
	a, b := s.lineOf(q.start)
	if q.open < a || q.open > q.start || q.closeEnd < q.end || q.closeEnd > b {
		return false // a quotation spanning lines (or a malformed span) is no heading
	}
	before := strings.TrimSpace(strings.Trim(s.raw[a:q.open], " \t*#>_"))
	after := strings.TrimSpace(strings.Trim(s.raw[q.closeEnd:b], " \t*_.,"))
	return before == "" && after == ""
}
