// Package attrib decides, for each quotation the scanner found, whose words it
// reports (the speaker's full name within the document, the mention that named them,
// the cue and a confidence), what kind of quotation it is, and which outlet or
// document the text credits for it. It works on one document at a time; making
// speaker names canonical across documents is package names' job.
package attrib

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
)

// span is the sieve's view of one scanned quotation.
type span struct {
	start, end         int // the quoted text
	open, closeEnd     int // from the opening mark (a turn: its label) to past the closing mark
	transcript         bool
	nameStart, nameEnd int // a turn's label
	block              bool
}

// fromScan converts scanner output, dropping spans that fall outside the text.
func fromScan(text string, found []scan.Quote) []span {
	out := make([]span, 0, len(found))
	for _, f := range found {
		if f.Start < 0 || f.End > len(text) || f.Start > f.End {
			continue
		}
		s := span{start: f.Start, end: f.End, open: f.Open, closeEnd: f.End, transcript: f.Transcript, nameStart: f.NameStart, nameEnd: f.NameEnd, block: f.Blockquote}
		if f.Close >= 0 && f.Close >= f.End {
			n := utf8.RuneLen(f.CloseMark)
			if n < 1 {
				n = 1
			}
			s.closeEnd = f.Close + n
		}
		if f.Transcript {
			s.open = f.NameStart
		}
		if s.open < 0 || s.open > s.start {
			s.open = s.start
		}
		if s.closeEnd > len(text) {
			s.closeEnd = len(text)
		}
		if s.nameStart < 0 || s.nameEnd > len(text) || s.nameStart > s.nameEnd {
			s.nameStart, s.nameEnd, s.transcript = 0, 0, false
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].open < out[j].open })
	return out
}

// Attribute returns one quotes.Quote per scanned quotation, in document order, with
// Span, Text, Kind, Speaker (the fullest form of the name within this document; not
// yet canonical across documents), SpeakerMention, Attribution and CitedSource filled.
// ID is left empty. A quotation with no speaker has Speaker "", Method "" and
// Confidence 0.
func Attribute(doc *document.Document, found []scan.Quote) []quotes.Quote {
	return new(Attributor).Attribute(doc, found)
}

// An Attributor runs Attribute and keeps its working buffers (tokens, the people
// index) from one document to the next, so that a worker attributing many documents
// allocates them once: a token slice is as large as its document, and allocating and
// collecting one per document cost a quarter of the extraction time. It is not safe
// for concurrent use: give each worker its own. The zero value is ready to use.
type Attributor struct {
	toks   []token
	people people
}

// Attribute is the package-level Attribute, reusing a's buffers.
func (a *Attributor) Attribute(doc *document.Document, found []scan.Quote) []quotes.Quote {
	text := doc.Masked
	if len(text) != len(doc.Text) {
		text = doc.Text
	}
	qs := fromScan(doc.Text, found)
	res := a.analyse(doc.Text, text, qs, refTitles(doc), headlineEnd(doc))
	out := make([]quotes.Quote, len(qs))
	for i, q := range qs {
		// a cue is a slice of the lower-cased copy of the text: copy it, so that the
		// quotes do not keep that copy alive
		res[i].cue = strings.Clone(res[i].cue)
		r := res[i]
		out[i] = quotes.Quote{
			Doc:            doc,
			Span:           quotes.Span{Start: q.start, End: q.end},
			Text:           doc.Text[q.start:q.end],
			Kind:           r.kind,
			Speaker:        r.speaker,
			SpeakerMention: r.mention,
			Attribution:    quotes.Attribution{Method: r.method, Cue: r.cue, Confidence: r.conf},
			CitedSource:    r.credit,
		}
		if r.speaker == "" {
			out[i].SpeakerMention = ""
			out[i].Attribution = quotes.Attribution{}
		}
	}
	return out
}

// decision is the sieve's full verdict on one quotation.
type decision struct {
	result
	kind   quotes.Kind
	credit string
}

// analyse runs tokenizing, the mention pass, the sieve, kinds and credits over one
// text (raw is the unmasked text of the same length). refs maps a reference label to its outlet name (see credit.go).
// headEnd is the byte offset where the document's headline ends (0: none).
func (a *Attributor) analyse(raw, text string, qs []span, refs refIndex, headEnd int) []decision {
	// drop overlapping spans: the scanner promises none, the fuzzer does not
	clean := make([]span, 0, len(qs))
	last := -1
	for _, q := range qs {
		if q.open < last || q.closeEnd < q.end || q.start < q.open {
			clean = append(clean, span{start: q.start, end: q.end, open: -1, closeEnd: -1})
			continue
		}
		clean = append(clean, q)
		last = q.closeEnd
	}
	toks := tokenizeInto(a.toks, text, validOnly(clean))
	a.toks = toks
	for k := 0; k < len(toks) && toks[k].start < headEnd; k++ {
		toks[k].head = true // tokens are in text order and made with head false
	}
	a.people.find(toks)
	s := &sieve{text: text, raw: raw, toks: toks, qs: clean, people: &a.people, headEnd: headEnd}
	s.qtok = make([]int, len(clean))
	for i := range s.qtok {
		s.qtok[i] = -1
	}
	valid := validIndex(clean)
	for k, t := range toks {
		if t.kind == tokQuote {
			s.qtok[valid[t.quote]] = k
		}
	}
	out := make([]decision, len(clean))
	s.res = make([]result, len(clean))
	for i := range clean {
		r := s.attribute(i)
		s.res[i] = r
		out[i].result = r
	}
	for i := range clean {
		out[i].kind = s.kind(i, out[i].result)
		out[i].credit = s.credit(i, refs)
		if out[i].kind == quotes.KindTerm && out[i].method != quotes.MethodTranscript {
			out[i].result = result{}
		}
	}
	return out
}

// validOnly returns the spans usable for tokenizing (open >= 0).
func validOnly(qs []span) []span {
	out := make([]span, 0, len(qs))
	for _, q := range qs {
		if q.open >= 0 {
			out = append(out, q)
		}
	}
	return out
}

// validIndex maps an index into validOnly(qs) back to an index into qs.
func validIndex(qs []span) []int {
	out := make([]int, 0, len(qs))
	for i, q := range qs {
		if q.open >= 0 {
			out = append(out, i)
		}
	}
	return out
}
