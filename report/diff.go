package report

// Inline word diff for display.
//
// Problem: a reader comparing a variant with its cluster's reference wants to see the
// whole variant with the changed words marked in place, as `git diff --word-diff`
// shows it. match.Drift.Edits lists only the changes, not the words kept between them,
// so the renderers need the full alignment of the two texts.
//
// Approach: split both texts into words (runs of non-space characters), compare the
// words on a folded key (lower case, curly quotes straightened, surrounding
// punctuation dropped, so "it," and "It" are the same word: the cluster's relation
// already says whether the characters differ), and let match/align — the aligner that
// also computes drift — find the word-level edit script on those keys. The script
// yields segments: kept runs (shown in the member's own wording), deleted runs
// (reference words) and inserted runs (member words); a replacement is a deletion
// followed by an insertion. The white space inside a run is kept as written;
// renderers put one space between segments.
//
// Example: wordDiff("as close to it as possible", "as similar as possible") gives
// equal "as", delete "close to it", insert "similar", equal "as possible"; the text
// renderer prints "as [-close to it-]{+similar+} as possible".
//
// Cost: align's O(n·m) dynamic programme on the differing middle, for n and m words.
// Beyond maxDiffWords words on either side the function gives up and returns the whole
// reference deleted and the whole member inserted, so one enormous quote cannot stall
// a report.
//
// Known failures: the aligner picks one of several equally cheap scripts, so a repeated
// word ("the ... the") may be matched with the "wrong" copy; moved phrases show as a
// deletion plus an insertion. This is a display aid: match's aligner decides drift.

import (
	"strings"

	"github.com/quotecheck/quotecheck/match/align"
	"unicode"
	"unicode/utf8"
)

// maxDiffWords caps the words per side that wordDiff aligns. 400×400 is a 160 000-cell
// table: 2–5 ms and 0.8 MB on the shared 2-core machine (BenchmarkWordDiffCap). The
// longest quotation in the seeds is about 90 words, and a longer one is rarely meant to
// be read as a diff.
const maxDiffWords = 400

// diffOp says what a diff segment is.
type diffOp int

// Diff segment kinds.
const (
	diffEqual  diffOp = iota // words in both texts (shown as the member wrote them)
	diffDelete               // reference words missing from the member
	diffInsert               // member words not in the reference
)

// diffSegment is a run of words of one kind; Text keeps the run's inner white space.
type diffSegment struct {
	Op   diffOp
	Text string
}

// wordToken is one word and the byte span of it in its text.
type wordToken struct {
	start, end int
	key        string
}

// wordDiff aligns member against ref word by word and returns the segments that
// rebuild both: equal and delete segments spell ref, equal and insert spell member.
func wordDiff(ref, member string) []diffSegment {
	a, b := diffTokens(ref), diffTokens(member)
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	if len(a) > maxDiffWords || len(b) > maxDiffWords {
		return wholeReplace(ref, member, a, b)
	}
	// match/align gives the word-level edit script (the same aligner that computes
	// drift), on the folded keys; the runs below keep each word's source span.
	keys := func(ts []wordToken) []string {
		ks := make([]string, len(ts))
		for i, t := range ts {
			ks[i] = t.key
		}
		return ks
	}
	type run struct {
		op         diffOp
		start, end int
	}
	var runs []run
	// add extends the last run when it has the same op, else starts a new one; a run's
	// text is the source slice from its first to its last word.
	add := func(op diffOp, ts []wordToken) {
		if len(ts) == 0 {
			return
		}
		if k := len(runs) - 1; k >= 0 && runs[k].op == op {
			runs[k].end = ts[len(ts)-1].end
			return
		}
		runs = append(runs, run{op, ts[0].start, ts[len(ts)-1].end})
	}
	for _, op := range align.Script(keys(a), keys(b)) {
		switch op.Kind {
		case align.Equal:
			add(diffEqual, b[op.B0:op.B1])
		default: // insert, delete or replace: whatever words each side has
			add(diffDelete, a[op.A0:op.A1])
			add(diffInsert, b[op.B0:op.B1])
		}
	}
	var segs []diffSegment
	// Within a stretch of changes between two kept runs, the deleted words are
	// contiguous in ref and the inserted ones in member (each side advances only by its
	// own op), so each stretch becomes one deletion then one insertion: a replacement
	// reads "[-old-]{+new+}" whatever order the back-trace found them in.
	for k := 0; k < len(runs); {
		if runs[k].op == diffEqual {
			segs = append(segs, diffSegment{Op: diffEqual, Text: member[runs[k].start:runs[k].end]})
			k++
			continue
		}
		del, ins := run{start: -1}, run{start: -1}
		for ; k < len(runs) && runs[k].op != diffEqual; k++ {
			p := &del
			if runs[k].op == diffInsert {
				p = &ins
			}
			if p.start < 0 {
				p.start = runs[k].start
			}
			p.end = runs[k].end
		}
		if del.start >= 0 {
			segs = append(segs, diffSegment{Op: diffDelete, Text: ref[del.start:del.end]})
		}
		if ins.start >= 0 {
			segs = append(segs, diffSegment{Op: diffInsert, Text: member[ins.start:ins.end]})
		}
	}
	return segs
}

// wholeReplace is the fallback for texts too long to align: all of ref deleted, all of
// member inserted (either omitted when it has no words).
func wholeReplace(ref, member string, a, b []wordToken) []diffSegment {
	var segs []diffSegment
	if len(a) > 0 {
		segs = append(segs, diffSegment{Op: diffDelete, Text: ref[a[0].start:a[len(a)-1].end]})
	}
	if len(b) > 0 {
		segs = append(segs, diffSegment{Op: diffInsert, Text: member[b[0].start:b[len(b)-1].end]})
	}
	return segs
}

// diffTokens splits s into words at white space, each with its folded comparison key.
func diffTokens(s string) []wordToken {
	var toks []wordToken
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				toks = append(toks, wordToken{start, i, foldWord(s[start:i])})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, wordToken{start, len(s), foldWord(s[start:])})
	}
	return toks
}

// straightQuotes turns typographic quotes and apostrophes into ASCII ones.
var straightQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// foldWord is the comparison key of a word: lower case, typographic apostrophes and
// quotes straightened, and punctuation at either end removed. A word made only of
// punctuation ("—", "…") keeps its characters, so it still compares with itself.
func foldWord(w string) string {
	w = strings.ToLower(straightQuotes.Replace(w))
	t := strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if t == "" || !utf8.ValidString(t) {
		return w
	}
	return t
}

// edgeKeepWords is how many words of a long deletion at either end of a diff stay
// visible; the rest is shown as "…". A fragment ("as close as possible") of a long
// reference otherwise drowns in the struck-through rest of the reference: in the seeds
// the fragment rows were 80% struck text. Three words are enough to show where in the
// reference the fragment starts or ends.
const edgeKeepWords = 3

// collapseEdges shortens a deletion that opens or closes the diff to the edgeKeepWords
// words next to the rest, marking the cut with "…". A deletion paired with an
// insertion is cut only when it is more than edgeCutRatio times longer: then it is
// mostly context the member did not quote ("[-… the fact that he’s-]{+as+} a man of
// peace"); a shorter one is a real replacement and stays whole. It is a display
// choice only: the relation column says the member is a fragment.
func collapseEdges(segs []diffSegment) []diffSegment {
	if len(segs) < 2 {
		return segs
	}
	out := append([]diffSegment(nil), segs...)
	// cut reports whether the deletion d, next to the segment beside, is context.
	cut := func(d, beside diffSegment) bool {
		n := len(strings.Fields(d.Text))
		if d.Op != diffDelete || n <= edgeKeepWords+1 {
			return false
		}
		return beside.Op == diffEqual || n > edgeCutRatio*len(strings.Fields(beside.Text))
	}
	if cut(out[0], out[1]) {
		w := strings.Fields(out[0].Text)
		out[0].Text = "… " + strings.Join(w[len(w)-edgeKeepWords:], " ")
	}
	last := len(out) - 1
	if cut(out[last], out[last-1]) && !(last == 1 && out[0].Op == diffDelete) {
		w := strings.Fields(out[last].Text)
		out[last].Text = strings.Join(w[:edgeKeepWords], " ") + " …"
	}
	return out
}

// edgeCutRatio: an edge deletion more than this many times longer than the insertion
// beside it is cut as context. In the seeds, real edge replacements were at most 2:1
// ("may have been originally written" → "clunky passive constructions"), context cuts
// 6:1 and more.
const edgeCutRatio = 3
