package match

// Adjacency: which neighbouring quotations are pieces of one utterance.
//
// Problem: a reporter splits one utterance around his own words (“What I think would
// be terrific,” Witkoff added, “is that…”) or weaves its pieces into a sentence (“our
// position” … not “exactly,” but “as close to it as possible”). No text comparison
// can place a one-word piece ("exactly,"), so neighbours are joined by position. But
// a reporter's sentence also strings together different utterances of one speaker:
// a list of epithets (called him a “nasty guy,” an “anchor baby,” “unstable” and
// “sick.”), alternatives (rated “false” or “pants on fire”), or a second statement
// (“That makes me smart” — and, when asked later, asserting, “Of course, I pay…”).
//
// Approach: consecutive quotes of one document with the same known speaker, glued by
// at most MaxGlue bytes of reporter's text within one paragraph (or across a line that
// ends in a colon), are pieces of one utterance unless the glue says otherwise:
//   - a new statement: between two partial quotes, a verb that reports or names on
//     its own (statementVerbs: "says", "ruling out", "calling her"); between any
//     two quotes, a conjunction followed by such a verb ("— and, asked later,
//     asserting, “…”"). "“…,” he said, “…”" has no conjunction before its verb: one
//     utterance.
//   - a list: two short partial quotes (at most ListItemWords words each) whose glue
//     holds only list words (listWords: "a", "an", "or", "and") and that are set
//     apart as items — by a comma, an article or "or", an article opening the
//     second item ("“disgusting” and “a con”"), or a closing "and" of a series whose
//     previous item was already set apart. A plain "and" between two phrases
//     ("“cannot be trusted” and “should be fired”", "“to interfere” and “hinder”")
//     stays one statement, as the seed gold has it.
//   - a new report: a partial quote that ends the reporter's sentence (a full stop
//     inside its marks, right after them, or later in the glue) and a direct quote
//     in a later sentence not introduced by a continuing verb (continuingCues:
//     "added", "went on", "repeats"). The partial was woven into one reported
//     statement; the next sentence reports another ("said the ruling was “a victory
//     for every village downstream.” Speaking outside the court, he told the
//     Ledger: “…”"). A quote closed by a comma stays joined: "“…,” she said. “…”" is
//     a split quotation whatever the full stop after its frame. Measured (round 7):
//     the seeds' three partial-then-direct joins across a full stop are all
//     introduced by "added"/"repeats" and keep joining (cluster F1 0.923 unchanged);
//     held-out set 2 lost 5 false pairs (three cases, fp 6 → 1); PolNeAR lost one
//     multi-member cluster (“totally against the war in Iraq” … “I have good
//     judgment,” he said: two statements by eye).
//
// Example: in “our position” …, acknowledging they won’t take it “exactly,” but
// hoping it will be “as close to it as possible,” the glue holds no statement verb
// and more than list words: three pieces of one utterance. In a “nasty guy,” an
// “anchor baby,” “unstable” and “sick.” every glue is list glue: four terms.
//
// Across a paragraph break, the paragraphs of one continued quotation are joined
// whatever the speakers attribution found, unless both are known and differ
// (continued.go).
//
// Cost: one sort of the quotes by document and position, then linear in the glue.
//
// Known failures: a list of phrases the speaker did say in one breath ("“tired,
// weak,” and “low-energy”") is split; two utterances glued by a verb outside the
// lists ("“A” and then tweeted “B”") are joined. The new-report rule trusts the cue
// attribution found for the direct quote: a quote whose frame attribution missed
// ("“…”, a line on dozens of placards. “The river was here first,” read one
// banner", the banner given the court by continuation) is still joined when the
// partial's sentence runs on after a comma; a true continuation introduced by a
// plain "he said" after a partial quote is split.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// ListItemWords is the most words a partial quote may have to be read as an item of
// a list of terms. The list items seen on PolNeAR ("nasty guy,", "anchor baby,",
// "pants on fire,", "disgusting", "a con") have 1–3 words; the seed pieces joined
// across "and" ("cannot be trusted", "should be fired.") have 3, and are kept by the
// glue rule, not by length. 4 leaves room for "a very nasty guy".
const ListItemWords = 4

// joinAdjacent unions consecutive same-speaker quotes separated by short glue that
// neither starts a new statement nor separates items of a list. qs holds someone's
// words only: a term is nobody's piece, and the quotes around it stay glued.
func joinAdjacent(qs []*quotes.Quote, uf *unionFind) {
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		qa, qb := qs[a], qs[b]
		if qa.Doc != qb.Doc {
			return cmp.Compare(docKey(qa), docKey(qb))
		}
		return cmp.Compare(qa.Span.Start, qb.Span.Start)
	})
	inList := false // the previous pair was two items of a list
	for k := 1; k < len(order); k++ {
		a, b := qs[order[k-1]], qs[order[k]]
		if continues(a, b) { // one passage over a paragraph break (continued.go)
			uf.union(order[k-1], order[k])
			inList = false
			continue
		}
		if a.Doc == nil || a.Doc != b.Doc || a.Speaker == "" || a.Speaker != b.Speaker ||
			!glued(a.Doc.Text, a.Span.End, b.Span.Start) {
			inList = false
			continue
		}
		words := glueWords(a.Doc.Text[a.Span.End:b.Span.Start])
		listed := listItems(a, b, words, inList)
		inList = listed
		if !listed && !newStatement(a, b, words) && !newReport(a, b, words) {
			uf.union(order[k-1], order[k])
		}
	}
}

func docKey(q *quotes.Quote) string {
	if q.Doc == nil {
		return ""
	}
	return q.Doc.ID
}

// glued reports whether text[end:start] is short reporter's glue: within one
// paragraph, or ending its line with a colon that introduces the next quote
// ("…”** and asks bluntly:\n\n  > “").
func glued(text string, end, start int) bool {
	if end < 0 || start < end || start > len(text) || start-end > MaxGlue {
		return false
	}
	glue := text[end:start]
	nl := strings.IndexByte(glue, '\n')
	if nl < 0 {
		return true
	}
	line := strings.TrimRight(glue[:nl], " \t\r*_")
	return strings.HasSuffix(line, ":")
}

// glueWords returns the lower-cased words of the glue between two quotes.
func glueWords(glue string) []string {
	ws := strings.FieldsFunc(glue, func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

// statementVerbs are verbs that report a statement of their own ("says", "confirmed",
// "ruling out", "asserting") or name something anew ("calling her"). Between two
// partial quotes woven into one reporter's sentence they mark a second statement:
// “hybrid war” and says it’s “unacceptable” – while also ruling out any “significant
// concessions”. On the seed gold this separates Ryabkov's three statements and
// Witkoff's “deeply”, confirmed, “between us” (4 false pairs) and keeps every true
// partial-to-partial piece ("acknowledging … won’t take it", "but he urged a", "and
// promises to share it"): those verbs continue one statement. A fact-checker's
// verdict is a statement of its own (“a misleading use of statistics,” and concluded
// his comments were “Mostly False.”; rated the rest “…”): on PolNeAR this splits a
// rating from the finding before it; no seed pair has these verbs between partials.
var statementVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true,
	"confirm": true, "confirms": true, "confirmed": true, "confirming": true,
	"claim": true, "claims": true, "claimed": true, "claiming": true,
	"insist": true, "insists": true, "insisted": true, "insisting": true,
	"deny": true, "denies": true, "denied": true, "denying": true,
	"declare": true, "declares": true, "declared": true, "declaring": true,
	"rule": true, "rules": true, "ruled": true, "ruling": true,
	"assert": true, "asserts": true, "asserted": true, "asserting": true,
	"call": true, "calls": true, "called": true, "calling": true,
	"dub": true, "dubs": true, "dubbed": true, "dubbing": true,
	"label": true, "labels": true, "labeled": true, "labelled": true, "labeling": true,
	"conclude": true, "concludes": true, "concluded": true, "concluding": true,
	"rate": true, "rates": true, "rated": true,
}

// conjunctions open a second clause of the reporter's sentence: followed by a
// statement verb they mark a second statement even between direct quotes.
var conjunctions = map[string]bool{"and": true, "but": true, "then": true, "later": true}

// newStatement reports whether two glued quotes are two statements: between partial
// quotes the glue holds a verb of statementVerbs; between any quotes it holds a
// conjunction and, after it, such a verb. Split pieces of a direct quote ("…,” he
// said, “…") are never separated this way: there the verb attributes the one
// quotation.
func newStatement(a, b *quotes.Quote, glue []string) bool {
	partials := a.Kind == quotes.KindPartial && b.Kind == quotes.KindPartial
	conj := false
	for _, w := range glue {
		if statementVerbs[w] && (partials || conj) {
			return true
		}
		conj = conj || conjunctions[w]
	}
	return false
}

// continuingCues are the speech verbs that tie a quotation to the one before it
// ("He added, “…”", "“…,” he added", "but Ushakov repeats: “…”", "He went on:").
var continuingCues = map[string]bool{
	"add": true, "adds": true, "added": true, "adding": true,
	"continue": true, "continues": true, "continued": true, "continuing": true,
	"go": true, "goes": true, "went": true,
	"repeat": true, "repeats": true, "repeated": true, "repeating": true,
}

// newReport reports whether a direct quotation b opens a new report after a partial
// quotation a that ended the reporter's sentence: the sentence that wove a into the
// reporter's words is over, and b is not introduced by a verb that continues it
// (continuingCues), neither in the glue nor as the cue attribution found for b. Said the ruling was “a victory for every village downstream.”
// Speaking outside the court, he told the Ledger: “We asked for one thing…” are two
// statements; described it as a “standard negotiation.” He added, “He’s got to
// sell this…” is one.
func newReport(a, b *quotes.Quote, glue []string) bool {
	if a.Kind != quotes.KindPartial || b.Kind != quotes.KindDirect ||
		!endsSentence(a.Text, a.Doc.Text[a.Span.End:b.Span.Start]) {
		return false
	}
	for _, w := range glue {
		if continuingCues[w] {
			return false
		}
	}
	cue := strings.Fields(strings.ToLower(b.Attribution.Cue))
	return len(cue) == 0 || !continuingCues[cue[0]]
}

// sentenceEnds are the marks that end a sentence: full stop, question and
// exclamation marks, and the ellipsis. It is the one sentence-end set of the package;
// continued.go adds the closing quotation marks to it, drift.go the colon.
const sentenceEnds = ".!?…"

// endsSentence reports whether a quotation whose text is q ends its sentence before
// the next quotation, which glue separates from it: q ends with a full stop, question
// or exclamation mark ("downstream.”"), or the glue holds one ending a sentence
// ("hours”. “", "“nearly every day” on Monday. “"). A quotation closed by a comma is
// followed by its own speech frame (“It's heartbreaking,” Ryan said. “And …”: one
// utterance), whatever the full stop after the frame.
func endsSentence(q, glue string) bool {
	const marks = " \t\"'“”‘’«»„*_)]"
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(q, marks))
	switch {
	case strings.ContainsRune(sentenceEnds, r):
		return true
	case r == ',' || strings.HasPrefix(strings.TrimLeft(glue, marks), ","):
		return false
	}
	for i, r := range glue {
		if strings.ContainsRune(sentenceEnds, r) {
			next, _ := utf8.DecodeRuneInString(glue[i+utf8.RuneLen(r):])
			if next == utf8.RuneError || strings.ContainsRune(marks, next) || unicode.IsSpace(next) {
				return true
			}
		}
	}
	return false
}

// listWords may stand between two items of a list of terms, and nothing else.
var listWords = map[string]bool{"a": true, "an": true, "and": true, "or": true, "nor": true}

// listItems reports whether two glued partial quotes are items of a list of terms:
// both short, the glue only list words, and the two set apart as items (see the file
// comment). prevListed says the previous pair of the sentence was such a list.
func listItems(a, b *quotes.Quote, glue []string, prevListed bool) bool {
	if a.Kind != quotes.KindPartial || b.Kind != quotes.KindPartial ||
		wordCount(a.Text) > ListItemWords || wordCount(b.Text) > ListItemWords {
		return false
	}
	apart := strings.HasSuffix(strings.TrimSpace(a.Text), ",") ||
		strings.Contains(a.Doc.Text[a.Span.End:b.Span.Start], ",")
	for _, w := range glue {
		switch {
		case !listWords[w]:
			return false
		case w != "and":
			apart = true // an article or an alternative
		}
	}
	first := glueWords(b.Text)
	if len(first) > 0 && (first[0] == "a" || first[0] == "an") {
		apart = true // "“disgusting” and “a con”": two noun phrases
	}
	return apart || (prevListed && len(glue) > 0)
}

// wordCount is the number of words (runs of letters or digits) in s.
func wordCount(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
