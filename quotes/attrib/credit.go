package attrib

import (
	"regexp"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// Credited sources: the outlet or document the text credits for a quotation.
//
// Rules, first match wins:
//  1. a reference-definition title ("[3]: url "Headline | AP News"") credits the
//     outlet after its last " | " or " - ", else the link text the body uses for it;
//  2. a Markdown reference link after the quotation in its line or its indented
//     continuation lines ("([AP News][3])") credits that reference's outlet;
//  3. in the quotation's sentence: "according to the transcript by X", "according to
//     X", "told X", "per X", "X reported", "published by X", "cited by X", "(X)", a
//     platform ("in a post on Truth Social", "on X", "tweeted" → Twitter);
//  4. a transcript turn, a quotation whose sentence cites "the transcript" without an
//     outlet, or a list item under an introducing paragraph, credits the outlet that
//     paragraph names for the transcript ("another transcript published by Bloomberg",
//     "Bloomberg’s transcript").
//
// An outlet is a capitalised name that is not a person of the document. Known failures:
// "told Ushakov" is skipped only if Ushakov is known as a person; an outlet named two
// sentences away is missed.

// refIndex resolves reference labels to outlet names.
type refIndex struct {
	outlet map[string]string // normalized label -> outlet
}

var (
	refDefRE = regexp.MustCompile(`^\s{0,3}\[([^\]\n]+)\]:\s`)
)

// refTitles builds the label -> outlet index of a document: the title's part after the
// last " | " or " - ", else the text of the first link that uses the label.
func refTitles(doc *document.Document) refIndex {
	idx := refIndex{outlet: map[string]string{}}
	linkText := map[string]string{}
	for _, m := range findRefLinks(doc.Text) {
		l := document.NormalizeLabel(m.label)
		if _, ok := linkText[l]; !ok {
			linkText[l] = strings.TrimSpace(m.text)
		}
	}
	for l, ref := range doc.References() {
		if o := titleOutlet(ref.Title); o != "" {
			idx.outlet[l] = o
		} else if t := linkText[l]; t != "" {
			idx.outlet[l] = t
		}
	}
	for l, t := range linkText {
		if _, ok := idx.outlet[l]; !ok {
			idx.outlet[l] = t
		}
	}
	return idx
}

// titleOutlet returns the outlet suffix of a headline ("… | Al Jazeera" -> "Al
// Jazeera", "… - Newsweek" -> "Newsweek"), or "".
func titleOutlet(title string) string {
	i, n := strings.LastIndex(title, " | "), 3
	if j := strings.LastIndex(title, " - "); j > i {
		i = j
	}
	if i < 0 {
		return ""
	}
	o := strings.TrimSpace(title[i+n:])
	if o == "" || wordCount(o) > 4 {
		return ""
	}
	return o
}

// referenceLabel returns the label of the reference-definition line holding offset i.
func (s *sieve) referenceLabel(i int) (string, bool) {
	raw := s.raw
	a, b := s.lineOf(i)
	if !strings.Contains(raw[a:b], "]:") {
		return "", false // the pattern needs "]:": most lines are spared the regexp
	}
	m := refDefRE.FindStringSubmatch(raw[a:b])
	if m == nil {
		return "", false
	}
	return document.NormalizeLabel(m[1]), true
}

// platforms are where posts are published; "on X" after a post cue credits them. The
// list is shared with check, which judges platform credits apart from outlets.
var platforms = quotes.Platforms

// platformWords are the words of each platform name, split once.
var platformWords = func() [][]string {
	out := make([][]string, len(platforms))
	for i, p := range platforms {
		out[i] = strings.Fields(p)
	}
	return out
}()

// credit returns the credited source of quotation i, or "".
func (s *sieve) credit(i int, refs refIndex) string {
	q := s.qs[i]
	if l, ok := s.referenceLabel(q.start); ok {
		return refs.outlet[l]
	}
	if o := s.refLinkAfter(q, refs); o != "" {
		return o
	}
	k := s.qtok[i]
	if k < 0 {
		return ""
	}
	a, b := s.sentenceBounds(k)
	if q.transcript {
		return s.introOutlet(k)
	}
	if o := s.res[i].carrier; o != "" {
		return o // an outlet carries the words (carried.go)
	}
	if o := s.sentenceCredit(a, b, k); o != "" {
		return o
	}
	if s.sentenceHas(a, b, "transcript") || s.inListItem(k) {
		return s.introOutlet(k)
	}
	return ""
}

// refLinkAfter finds the first reference link after the quotation in its line or in
// the following lines indented deeper than it (a list item's continuation).
func (s *sieve) refLinkAfter(q span, refs refIndex) string {
	if len(refs.outlet) == 0 {
		return ""
	}
	a, b := s.lineOf(q.closeEnd)
	base := indent(s.raw[a:b])
	region := s.raw[q.closeEnd:b]
	for next := b + 1; next < len(s.raw); {
		la, lb := s.lineOf(next)
		line := s.raw[la:lb]
		if strings.TrimSpace(line) != "" && indent(line) <= base {
			break
		}
		region += "\n" + line
		next = lb + 1
	}
	for _, m := range findRefLinks(region) {
		if o := refs.outlet[document.NormalizeLabel(m.label)]; o != "" {
			return o
		}
	}
	return ""
}

// indent counts leading spaces (a tab counts 4).
func indent(line string) int {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return 1 << 30 // blank
}

// sentenceHas reports whether a folded word occurs among tokens a..b.
func (s *sieve) sentenceHas(a, b int, word string) bool {
	for i := a; i <= b && i < len(s.toks); i++ {
		if s.toks[i].lower == word {
			return true
		}
	}
	return false
}

// outletAt returns the organisation name starting at token i ("the Financial Times",
// "The Insider", "Reuters"), or "" when the phrase there is a person or not a name.
func (s *sieve) outletAt(i, b int) string {
	if i > b || i >= len(s.toks) {
		return ""
	}
	m, ok := s.people.at(i)
	if !ok && s.toks[i].lower == "the" && i+1 <= b {
		m, ok = s.people.at(i + 1)
	}
	if !ok {
		return ""
	}
	mm := s.people.mentions[m]
	if mm.kind != mName || mm.person < 0 {
		return ""
	}
	p := s.people.list[mm.person]
	if !p.org && p.first != "" {
		return ""
	}
	if !p.org && len(p.roles) == 0 && isKnownPerson(s.people, mm.person) {
		return ""
	}
	name := mm.text
	if i > 0 && s.toks[mm.t0-1].lower == "the" && s.toks[mm.t0-1].cap {
		name = "The " + name
	}
	return name
}

// isKnownPerson reports whether person p was ever named with a first name.
func isKnownPerson(pp *people, p int) bool { return pp.list[p].first != "" }

// sentenceCredit applies rule 3 over tokens a..b.
func (s *sieve) sentenceCredit(a, b, k int) string {
	for i := a; i <= b; i++ {
		t := s.toks[i]
		switch t.lower {
		case "according":
			if i+1 <= b && s.toks[i+1].lower == "to" {
				j := i + 2
				for ; j <= b && j <= i+6; j++ {
					if s.toks[j].lower == "by" || s.toks[j].lower == "from" {
						if o := s.outletAt(j+1, b); o != "" {
							return o
						}
					}
				}
				if o := s.outletAt(i+2, b); o != "" {
					return o
				}
			}
		case "told", "tells", "telling", "per", "by", "to":
			if t.lower == "by" && (i == a || !(s.toks[i-1].lower == "published" || s.toks[i-1].lower == "cited" || s.toks[i-1].lower == "reported" || s.toks[i-1].lower == "obtained")) {
				continue
			}
			if t.lower == "to" && (i == a || !(s.toks[i-1].lower == "leaked" || s.toks[i-1].lower == "confirmed" || s.toks[i-1].lower == "spoke" || s.toks[i-1].lower == "speaking")) {
				continue
			}
			if o := s.outletAt(i+1, b); o != "" {
				return o
			}
		case "reported", "reports", "reporting":
			if i > a {
				if m := s.mentionEndingAt(i - 1); m >= 0 {
					if o := s.outletAt(s.people.mentions[m].t0, b); o != "" {
						return o
					}
				}
			}
		case "(":
			m, _ := s.people.at(i + 1) // mention 0 when none starts there, as before
			if o := s.outletAt(i+1, b); o != "" && i+2 <= b && s.toks[s.people.mentions[m].t1].text == ")" {
				return o
			}
		}
	}
	return s.platformCredit(a, b)
}

// platformCredit finds "on Truth Social", "in X", "tweeted" in tokens a..b.
func (s *sieve) platformCredit(a, b int) string {
	for i := a; i <= b; i++ {
		t := s.toks[i]
		if t.lower == "on" || t.lower == "in" {
			for n, p := range platforms {
				words := platformWords[n]
				ok := i+len(words) <= b
				for w := 0; ok && w < len(words); w++ {
					ok = s.toks[i+1+w].text == words[w]
				}
				if ok && (p != "X" || s.sentenceHasPost(a, b)) {
					return p
				}
			}
		}
	}
	for i := a; i <= b; i++ {
		switch s.toks[i].lower {
		case "tweet", "tweeted", "tweeting", "tweets":
			return "Twitter"
		}
	}
	return ""
}

// sentenceHasPost reports a posting cue, so that a bare "in X" is read as the platform.
func (s *sieve) sentenceHasPost(a, b int) bool {
	for i := a; i <= b; i++ {
		switch s.toks[i].lower {
		case "post", "posted", "posting", "replied", "wrote", "said", "tweet", "message":
			return true
		}
	}
	return false
}

// inListItem reports whether token k sits on a list-item line ("* ", "- ", "• ").
func (s *sieve) inListItem(k int) bool {
	a, _ := s.lineOf(s.toks[k].start)
	line := strings.TrimLeft(s.raw[a:], " \t>")
	return strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "+ ")
}

// maxIntroParagraphs bounds how far back an introducing paragraph is sought (the seeds'
// transcripts and bulleted summaries sit within 2 paragraphs of their introduction).
const maxIntroParagraphs = 3

// introOutlet looks back from token k, through list items and transcript turns, for
// the introducing paragraph and returns the outlet it names for a transcript.
func (s *sieve) introOutlet(k int) string {
	para := s.toks[k].para
	seen := 0
	for i := k - 1; i >= 0; i-- {
		t := s.toks[i]
		if t.para == para {
			continue
		}
		para = t.para
		a := i
		for a > 0 && s.toks[a-1].para == para {
			a--
		}
		if s.toks[a].kind == tokBreak {
			continue
		}
		if s.inListItem(a) || s.isTurnLine(a) {
			i = a
			continue
		}
		if o := s.transcriptOutlet(a, i); o != "" {
			return o
		}
		seen++
		if seen >= maxIntroParagraphs {
			return ""
		}
		i = a
	}
	return ""
}

// isTurnLine reports whether token a starts a transcript turn line.
func (s *sieve) isTurnLine(a int) bool {
	for _, q := range s.qs {
		if q.transcript && q.open <= s.toks[a].start && s.toks[a].start < q.closeEnd {
			return true
		}
	}
	return false
}

// maxTranscriptGap is how many tokens may separate "transcript" from the "by X" that
// names its publisher ("The transcript of a leaked call between Dmitriev and Ushakov on
// October 29 published by Bloomberg" is 12).
const maxTranscriptGap = 14

// transcriptOutlet finds "published by X", "X’s transcript", "transcript by X" in
// tokens a..b.
func (s *sieve) transcriptOutlet(a, b int) string {
	if !s.sentenceHas(a, b, "transcript") && !s.sentenceHas(a, b, "transcripts") {
		return ""
	}
	tr := -1
	for i := a; i <= b; i++ {
		t := s.toks[i]
		if strings.HasPrefix(t.lower, "transcript") {
			tr = i
		}
		if t.text == "," {
			tr = -1
		}
		if (t.lower == "by" || t.lower == "from") && tr >= 0 && i-tr <= maxTranscriptGap {
			if o := s.outletAt(i+1, b); o != "" {
				return o
			}
		}
		if t.poss && i+1 <= b && strings.HasPrefix(s.toks[i+1].lower, "transcript") {
			if m := s.mentionEndingAt(i); m >= 0 {
				if o := s.outletAt(s.people.mentions[m].t0, b); o != "" {
					return o
				}
			}
		}
	}
	return ""
}
