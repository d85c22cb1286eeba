// Package quotes finds the quotations in documents and who said them. Extract runs the
// scanner (quotation marks, transcript turns, blockquotes) over a document's masked
// text, classifies each span's kind, and runs the attribution sieve that names the
// speaker, the cue and the credited outlet. Speaker names are then made canonical
// across the whole run, so that "Whitkoff" and "Witkoff" are one person.
//
// Positions are byte spans into document.Document.Text; nothing here computes lines.
package quotes

import "github.com/quotecheck/quotecheck/quotes/document"

// Kind classifies a quotation as the contract defines it.
type Kind string

// The four kinds of quotation.
const (
	KindDirect     Kind = "direct"     // a quoted clause or sentence
	KindPartial    Kind = "partial"    // a fragment of someone's words in the reporter's sentence
	KindTranscript Kind = "transcript" // a turn of a transcript "Name: …"
	KindTerm       Kind = "term"       // a scare quote, title or term: nobody's words
)

// IsWords reports whether the kind reports someone's words (everything but terms);
// only such quotes are clustered and checked.
func (k Kind) IsWords() bool { return k != KindTerm }

// Span is a half-open byte range [Start, End) into a document's Text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Method names how the attribution sieve found a speaker. The values are stable: they
// appear in JSON output as attribution.method.
type Method string

// Attribution methods, from most to least certain.
const (
	MethodNone         Method = ""
	MethodTranscript   Method = "transcript"
	MethodSpeechVerb   Method = "speech-verb"
	MethodAccordingTo  Method = "according-to"
	MethodContinuation Method = "continuation"
	MethodPronoun      Method = "pronoun"
	MethodParagraph    Method = "paragraph"
)

// Attribution records how a quote's speaker was found and how sure the sieve is.
type Attribution struct {
	Method     Method
	Cue        string  // the cue word, e.g. "said", "according to", "post"
	Confidence float64 // 0..1; 0 when no speaker was found
}

// Quote is one quotation occurrence in one document.
type Quote struct {
	ID   string             // "q17": unique in a run, assigned in document order
	Doc  *document.Document // the document it was found in
	Span Span               // the text inside the marks (for a turn, the turn's text)
	Text string             // Doc.Text[Span.Start:Span.End]
	Kind Kind

	Speaker        string // canonical speaker name across the run; "" = unknown
	SpeakerMention string // the words that named the speaker ("he", "Dmitriev"); "" = none
	Attribution    Attribution
	CitedSource    string // outlet or document the text credits; "" = none

	// Reopened is set on a paragraph of a quotation continued over several paragraphs:
	// the previous paragraph's quotation was left open and this one reopens it (the
	// scanner's scan.Quote.Reopened). Tracing joins such paragraphs into one passage.
	Reopened bool
}
