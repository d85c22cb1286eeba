package match

// Continued quotations: one passage over several paragraphs.
//
// Problem: a quotation that runs over several paragraphs is written, by the common
// convention, with no closing mark at the end of each paragraph but the last, and an
// opening mark at the start of each next one. The scanner ends every quote at its
// paragraph's end, so the passage arrives as one record per paragraph — and the
// attribution sieve usually names the speaker only on the first, or (after "He went
// on:") on none. The guidelines make it one passage: "one record per paragraph, same
// cluster". Adjacency (adjacent.go) needs the same known speaker and short glue
// within a paragraph, so these pieces stayed apart.
//
// Approach: two position signals, never a search for text.
//   - Continued paragraph: the scanner marks b Reopened (quotes.Quote.Reopened: the
//     previous paragraph's quotation was left open and b's paragraph reopens it), b's
//     opening mark is the one a opened with, and only blank lines (or blockquote
//     markers) lie between a's end and b's mark — so the quotation b reopens is a's,
//     not a term's in between ("(CROSSTALK.)"). Such a and b are one passage unless
//     both have known speakers that differ (sameSpeaker).
//   - Introduced continuation: a has a known speaker, b none, and the glue between
//     them is a short sentence ending in a colon right before b's opening mark, whose
//     subject is a personal pronoun or a's speaker's surname: "…,” he said. He went
//     on:\n\n“…". The colon says the quote that follows is what the sentence
//     introduces, and the subject says whose it is.
//
// Example: `“Nobody listened,” he said. He went on:` ¶ `“We wrote in 2019.` ¶ `“The
// letters said the ribs were fine.”` — the first pair is an introduced
// continuation (subject "He", colon, opening mark), the second a continued paragraph
// (the 2019 paragraph has no closing mark, the next reopens with “): one passage of
// three pieces, whatever attribution found for the last two.
//
// Cost: a few byte scans over the glue and the paragraph ends of consecutive quotes,
// inside joinAdjacent's single pass: linear.
//
// Known failures: a writer who drops a closing mark by mistake before a new
// paragraph that opens another speaker's unattributed quotation has the two joined
// (speakers that are both known and differ stay apart). Hard-wrapped text, where a
// line is not a paragraph, is read line by line like the scanner does. An
// introduction naming the speaker by a descriptor ("The minister went on:") joins
// only when the descriptor's last word is the speaker's surname; any other subject
// ("Jones replied:") is left to attribution.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// IntroMaxWords is the most words an introducing sentence ("He went on:", "She
// added, a moment later:") may have for a continuation. The introductions seen in the
// seeds and the held-out set have 2–3 words; a longer sentence before a colon
// ("Marek also addressed the criticism on his blog on Sunday night. He wrote:") is
// cut at its sentence end, so 6 leaves room without reading a reporter's paragraph.
const IntroMaxWords = 6

// openingMarks are the marks that open a quotation (and reopen it on a continued
// paragraph): typographic and straight, single and double, and guillemets both ways.
const openingMarks = "“\"«„‘'‹»‚"

// introPronouns are the subjects that refer back to the previous quote's speaker.
var introPronouns = map[string]bool{"he": true, "she": true, "they": true}

// continues reports whether b, the next quote of a's document, continues a's passage
// over a paragraph break (see the file comment).
func continues(a, b *quotes.Quote) bool {
	if a.Doc == nil || a.Doc != b.Doc || a.Kind == quotes.KindTranscript || b.Kind == quotes.KindTranscript {
		return false
	}
	text := a.Doc.Text
	if len(a.Doc.Masked) == len(text) {
		text = a.Doc.Masked // markup ("**" after a left-open quote) blanked, offsets kept
	}
	if a.Span.Start < 0 || a.Span.Start > a.Span.End || a.Span.End > b.Span.Start ||
		b.Span.Start > b.Span.End || b.Span.End > len(text) {
		return false
	}
	markA, _ := markBefore(text, a.Span.Start)
	markB, at := markBefore(text, b.Span.Start)
	if markA == 0 || markB == 0 || at < a.Span.End {
		return false
	}
	if b.Reopened && markA == markB && strings.TrimLeft(text[a.Span.End:at], " \t\r\n>") == "" {
		// b reopens the paragraph right after a's: only blank lines and blockquote
		// markers between them, so the quotation b continues is a's
		return sameSpeaker(a.Speaker, b.Speaker)
	}
	return introduced(text[a.Span.End:at], a, b)
}

// introduced reports whether glue, the text between a's end and b's opening mark, is
// a short sentence ending in a colon whose subject is a pronoun or a's surname, and b
// has no speaker of its own.
func introduced(glue string, a, b *quotes.Quote) bool {
	if a.Speaker == "" || b.Speaker != "" || len(glue) > MaxGlue {
		return false
	}
	glue = strings.TrimRight(glue, " \t\r\n>*_")
	if !strings.HasSuffix(glue, ":") {
		return false
	}
	// The introducing sentence: after the last sentence end or closing mark.
	if k := strings.LastIndexFunc(glue, sentenceEnd); k >= 0 {
		_, size := utf8.DecodeRuneInString(glue[k:])
		glue = glue[k+size:]
	}
	words := glueWords(glue)
	if len(words) == 0 || len(words) > IntroMaxWords {
		return false
	}
	return introPronouns[words[0]] || words[0] == surname(a.Speaker)
}

// closingMarks are the marks that close a quotation inside a reporter's text; an
// introducing sentence starts after one as after a sentence end.
const closingMarks = "”\"»"

// sentenceEnd reports whether r ends a reporter's sentence (sentenceEnds) or closes a
// quotation (closingMarks).
func sentenceEnd(r rune) bool {
	return strings.ContainsRune(sentenceEnds, r) || strings.ContainsRune(closingMarks, r)
}

// markBefore returns the opening quotation mark just before offset i (spaces
// skipped) and its byte offset; 0 when there is none.
func markBefore(text string, i int) (rune, int) {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	r, size := utf8.DecodeLastRuneInString(text[:j])
	if size == 0 || !strings.ContainsRune(openingMarks, r) {
		return 0, i
	}
	return r, j - size
}

// surname is the lower-cased last word of a speaker's name ("kolar" for "Piet
// Kolar"); "" for a descriptor, which names nobody by a surname.
func surname(speaker string) string {
	if r, _ := utf8.DecodeRuneInString(speaker); !unicode.IsUpper(r) {
		return ""
	}
	ws := glueWords(speaker)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}
