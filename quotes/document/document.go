// Package document turns files into Documents: the text exactly as read, a masked copy
// of the same length for the scanners, and the metadata (outlet, URL, publication
// time, language, title) that the contract orders from front matter, sources.tsv and
// HTML meta tags.
//
// A byte offset into Document.Text is the one truth for a position. Masking replaces
// front matter, code, tags and URLs with blanks of the same byte length, so an offset
// found in Masked is valid in Text; line and column are computed only at output time
// by Position.
package document

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Format is how a document's bytes were interpreted.
type Format string

// The formats quotecheck reads, chosen by file extension.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// Precision says how much of a publication time is known, so that "first appearance"
// compares two documents only as precisely as both dates allow.
type Precision int

// Date precisions, coarsest first.
const (
	PrecisionNone Precision = iota
	PrecisionDay
	PrecisionSecond
)

// Date is a publication time with its precision and the spelling it was read from.
type Date struct {
	Time      time.Time
	Precision Precision
	Raw       string // as written in the metadata, e.g. "2025-11-26"
}

// Known reports whether the date was given at all.
func (d Date) Known() bool { return d.Precision != PrecisionNone }

// Meta is a document's metadata. Empty strings mean unknown; renderers print them as
// null, never as an invented value.
type Meta struct {
	Outlet    string
	URL       string
	Published Date
	Language  string
	Title     string
}

// Document is one input file as quotecheck sees it.
type Document struct {
	ID     string // stable id used in output, e.g. "seeds/000_dd99ae9645c1ca65.txt"
	Path   string // the path as the user gave it (or the embedded path)
	Format Format
	Text   string // the text as read; for HTML, the extracted article text
	Masked string // Text with markup, front matter, code and URLs blanked; same length
	Meta   Meta

	// refs are the Markdown reference definitions ("[3]: https://… "Title""), keyed by
	// normalized label; nil for other formats. Read them with References.
	refs map[string]Reference

	lineOnce   sync.Once
	lineStarts []int // byte offset of each line start, built once by Position
}

// Position converts a byte offset into Text to a 1-based line and a 1-based column
// counted in Unicode characters, as the contract requires. Offsets outside the text
// are clamped.
func (d *Document) Position(offset int) (line, col int) {
	d.lineOnce.Do(func() {
		d.lineStarts = append(d.lineStarts, 0)
		for i := 0; i < len(d.Text); i++ {
			if d.Text[i] == '\n' {
				d.lineStarts = append(d.lineStarts, i+1)
			}
		}
	})
	if offset < 0 {
		offset = 0
	}
	if offset > len(d.Text) {
		offset = len(d.Text)
	}
	lo, hi := 0, len(d.lineStarts)-1
	for lo < hi { // last line start <= offset
		mid := (lo + hi + 1) / 2
		if d.lineStarts[mid] <= offset {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, utf8.RuneCountInString(d.Text[d.lineStarts[lo]:offset]) + 1
}

// Reference is one Markdown reference definition, `[label]: url "title"`. Attribution
// resolves a reference link such as `([AP News][3])` through it to an outlet, and the
// title is a quotable headline that the masking keeps visible.
type Reference struct {
	Label string // as written, e.g. "3"
	URL   string // the destination, without angle brackets
	Title string // the title without its delimiters; "" when none
}

// References returns the document's Markdown reference definitions keyed by
// NormalizeLabel(label). The map is computed at load time and must not be modified;
// it is empty for text and HTML documents. When a label is defined twice the first
// definition wins, as in CommonMark.
func (d *Document) References() map[string]Reference { return d.refs }

// NormalizeLabel folds a reference label the way CommonMark matches them: case folded
// and runs of white space collapsed to one space, so "[AP  News]" finds "[ap news]:".
func NormalizeLabel(label string) string {
	return strings.ToLower(strings.Join(strings.Fields(label), " "))
}
