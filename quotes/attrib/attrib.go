// Package attrib decides, for each quotation the scanner found, whose words it
// reports (the speaker's full name within the document, the mention that named them,
// the cue and a confidence), what kind of quotation it is, and which outlet or
// document the text credits for it. It works on one document at a time; making
// speaker names canonical across documents is package names' job.
package attrib

import (
	"cmp"
	"slices"
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
	reopened           bool // a paragraph reopening a quotation left open before it
}

// fromScan converts scanner output, dropping spans that fall outside the text.
func fromScan(text string, found []scan.Quote) []span {
	return fromScanInto(nil, text, found)
}

// fromScanInto is fromScan appending to buf[:0].
func fromScanInto(buf []span, text string, found []scan.Quote) []span {
	out := grow(buf, len(found))
	for _, f := range found {
		if f.Start < 0 || f.End > len(text) || f.Start > f.End {
			continue
		}
		s := span{start: f.Start, end: f.End, open: f.Open, closeEnd: f.End, transcript: f.Transcript, nameStart: f.NameStart, nameEnd: f.NameEnd, block: f.Blockquote, reopened: f.Reopened}
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
	slices.SortStableFunc(out, func(a, b span) int { return cmp.Compare(a.open, b.open) })
	return out
}

// grow returns buf[:0] with room for n elements, reusing buf when it is large enough.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, 0, n)
	}
	return buf[:0]
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
	// per-quotation scratch, sized by the document's quotation count
	spans, clean, valid []span
	validAt, qtok       []int
	lines               []int // line starts of the raw text
	res                 []result
	dec                 []decision
	// outlet is the publishing outlet of the document being attributed ("" unknown)
	outlet string
}

// Attribute is the package-level Attribute, reusing a's buffers.
func (a *Attributor) Attribute(doc *document.Document, found []scan.Quote) []quotes.Quote {
	text := doc.Masked
	if len(text) != len(doc.Text) {
		text = doc.Text
	}
	qs := fromScanInto(a.spans, doc.Text, found)
	a.spans = qs
	a.outlet = doc.Meta.Outlet
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
			Reopened:       q.reopened,
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
	clean := grow(a.clean, len(qs))
	last := -1
	for _, q := range qs {
		if q.open < last || q.closeEnd < q.end || q.start < q.open {
			clean = append(clean, span{start: q.start, end: q.end, open: -1, closeEnd: -1})
			continue
		}
		clean = append(clean, q)
		last = q.closeEnd
	}
	a.clean = clean
	a.valid = validOnlyInto(a.valid, clean)
	toks := tokenizeInto(a.toks, text, a.valid)
	a.toks = toks
	for k := 0; k < len(toks) && toks[k].start < headEnd; k++ {
		toks[k].head = true // tokens are in text order and made with head false
	}
	a.people.setOutlet(a.outlet)
	a.people.find(toks)
	a.lines = lineStartsInto(a.lines, raw)
	s := &sieve{text: text, raw: raw, toks: toks, qs: clean, people: &a.people, headEnd: headEnd, lines: a.lines}
	s.qtok = grow(a.qtok, len(clean))[:len(clean)]
	a.qtok = s.qtok
	for i := range s.qtok {
		s.qtok[i] = -1
	}
	valid := validIndexInto(a.validAt, clean)
	a.validAt = valid
	for k, t := range toks {
		if t.kind == tokQuote {
			s.qtok[valid[t.quote]] = k
		}
	}
	out := grow(a.dec, len(clean))[:len(clean)]
	clear(out)
	a.dec = out
	s.res = grow(a.res, len(clean))[:len(clean)]
	a.res = s.res
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
func validOnly(qs []span) []span { return validOnlyInto(nil, qs) }

// validOnlyInto is validOnly appending to buf[:0].
func validOnlyInto(buf, qs []span) []span {
	out := grow(buf, len(qs))
	for _, q := range qs {
		if q.open >= 0 {
			out = append(out, q)
		}
	}
	return out
}

// validIndexInto maps an index into validOnly(qs) back to an index into qs, appending
// to buf[:0].
func validIndexInto(buf []int, qs []span) []int {
	out := grow(buf, len(qs))
	for i, q := range qs {
		if q.open >= 0 {
			out = append(out, i)
		}
	}
	return out
}
