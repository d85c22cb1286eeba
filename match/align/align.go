// Package align finds the word-level edit script that turns one word sequence into
// another: which words were kept, inserted, deleted or replaced. Drift reports are made
// of these scripts.
//
// Problem: a character diff of two quotations is unreadable ("cl[-ose to it-]{+similar+}")
// and a bag-of-words comparison loses order. Editors change whole words and phrases.
//
// Approach: each distinct word becomes one rune, so a word sequence is a string and
// github.com/agnivade/levenshtein gives the word-level edit distance. The script comes
// from the classic dynamic programme with a back-trace, run only on what is left after
// the common prefix and suffix are trimmed (most variants share long heads and tails).
// Runs then merges each stretch of non-equal operations between two kept words into one
// phrase edit: "as close to it as possible" → "as similar as possible" is one
// replace "close to it" → "similar".
//
// Example: Script([he got to sell], [he going to sell]) = equal he, replace got→going,
// equal to sell.
//
// Cost: O(n + m) for the trims plus O(n'·m') time and memory for the middle n'×m'.
// Quotations are short (tens of words), so the middle is small.
//
// Known failures: among scripts of equal cost the back-trace prefers replacements, then
// deletions; it can pair a word with an unrelated one where a human would see a delete
// plus an insert. Moved phrases show as a delete and an insert.
//
// ReferenceDistance is the slow, obviously correct full-matrix DP that the tests hold
// Script and Distance against.
package align

import (
	"github.com/agnivade/levenshtein"
)

// Kind is one edit operation.
type Kind uint8

// Operations of an edit script.
const (
	Equal Kind = iota
	Insert
	Delete
	Replace
)

// String names the operation.
func (k Kind) String() string {
	return [...]string{"equal", "insert", "delete", "replace"}[k]
}

// Op covers a[A0:A1] and b[B0:B1]: equal or replaced words, a deletion (B0 == B1) or an
// insertion (A0 == A1).
type Op struct {
	Kind           Kind
	A0, A1, B0, B1 int
}

// Runes maps each distinct word of a and b to one rune, so that string algorithms work
// on words. Runes skip the surrogate range and start above ASCII punctuation.
func Runes(a, b []string) (ra, rb []rune) {
	ids := make(map[string]rune, len(a)+len(b))
	next := rune(0x100)
	conv := func(ws []string) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := ids[w]
			if !ok {
				r = next
				ids[w] = r
				next++
				if next == 0xD800 {
					next = 0xE000
				}
			}
			out[i] = r
		}
		return out
	}
	return conv(a), conv(b)
}

// Distance is the word-level Levenshtein distance of a and b.
func Distance(a, b []string) int {
	ra, rb := Runes(a, b)
	return levenshtein.ComputeDistance(string(ra), string(rb))
}

// Script returns a minimal-cost sequence of unit operations (one word each; Equal ops
// may span several words) that turns a into b.
func Script(a, b []string) []Op {
	ra, rb := Runes(a, b)
	return ScriptIDs(ra, rb)
}

// ScriptIDs is Script on words already mapped to runes (one rune per distinct word).
func ScriptIDs(ra, rb []rune) []Op {
	pre := 0
	for pre < len(ra) && pre < len(rb) && ra[pre] == rb[pre] {
		pre++
	}
	suf := 0
	for suf < len(ra)-pre && suf < len(rb)-pre && ra[len(ra)-1-suf] == rb[len(rb)-1-suf] {
		suf++
	}
	var ops []Op
	if pre > 0 {
		ops = append(ops, Op{Equal, 0, pre, 0, pre})
	}
	ops = append(ops, middle(ra[pre:len(ra)-suf], rb[pre:len(rb)-suf], pre, pre)...)
	if suf > 0 {
		ops = append(ops, Op{Equal, len(ra) - suf, len(ra), len(rb) - suf, len(rb)})
	}
	return mergeEqual(ops)
}

// middle runs the DP with back-trace on a and b, which start at offsets oa, ob.
func middle(a, b []rune, oa, ob int) []Op {
	n, m := len(a), len(b)
	if n == 0 && m == 0 {
		return nil
	}
	w := m + 1
	d := make([]int32, (n+1)*w)
	for i := 0; i <= n; i++ {
		d[i*w] = int32(i)
	}
	for j := 0; j <= m; j++ {
		d[j] = int32(j)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			c := d[(i-1)*w+j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			if v := d[(i-1)*w+j] + 1; v < c {
				c = v
			}
			if v := d[i*w+j-1] + 1; v < c {
				c = v
			}
			d[i*w+j] = c
		}
	}
	var rev []Op
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && d[i*w+j] == d[(i-1)*w+j-1]:
			rev = append(rev, Op{Equal, oa + i - 1, oa + i, ob + j - 1, ob + j})
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i*w+j] == d[(i-1)*w+j-1]+1:
			rev = append(rev, Op{Replace, oa + i - 1, oa + i, ob + j - 1, ob + j})
			i, j = i-1, j-1
		case i > 0 && d[i*w+j] == d[(i-1)*w+j]+1:
			rev = append(rev, Op{Delete, oa + i - 1, oa + i, ob + j, ob + j})
			i--
		default:
			rev = append(rev, Op{Insert, oa + i, oa + i, ob + j - 1, ob + j})
			j--
		}
	}
	for l, r := 0, len(rev)-1; l < r; l, r = l+1, r-1 {
		rev[l], rev[r] = rev[r], rev[l]
	}
	return rev
}

// mergeEqual joins adjacent Equal ops.
func mergeEqual(ops []Op) []Op {
	var out []Op
	for _, o := range ops {
		if k := len(out) - 1; k >= 0 && o.Kind == Equal && out[k].Kind == Equal {
			out[k].A1, out[k].B1 = o.A1, o.B1
			continue
		}
		out = append(out, o)
	}
	return out
}

// Cost is the number of words a script inserts, deletes or replaces (for unit
// scripts, the edit distance).
func Cost(ops []Op) int {
	c := 0
	for _, o := range ops {
		switch o.Kind {
		case Insert:
			c += o.B1 - o.B0
		case Delete:
			c += o.A1 - o.A0
		case Replace:
			c += max(o.A1-o.A0, o.B1-o.B0)
		}
	}
	return c
}

// Runs merges every stretch of non-equal operations between two Equal ops into one
// phrase operation: Replace when it covers words on both sides, else Insert or Delete.
func Runs(ops []Op) []Op {
	var out []Op
	for _, o := range ops {
		k := len(out) - 1
		if o.Kind != Equal && k >= 0 && out[k].Kind != Equal {
			out[k].A1, out[k].B1 = o.A1, o.B1
			switch {
			case out[k].A0 == out[k].A1:
				out[k].Kind = Insert
			case out[k].B0 == out[k].B1:
				out[k].Kind = Delete
			default:
				out[k].Kind = Replace
			}
			continue
		}
		out = append(out, o)
	}
	return out
}

// ReferenceDistance is the plain full-matrix edit distance on words: slow, simple and
// obviously correct. Tests check Distance and Script against it.
func ReferenceDistance(a, b []string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			sub := 1
			if a[i-1] == b[j-1] {
				sub = 0
			}
			d[i][j] = min(d[i-1][j-1]+sub, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	return d[len(a)][len(b)]
}

// Apply replays a script on a and b and returns the words it produces; a correct
// script for (a, b) produces b.
func Apply(ops []Op, a, b []string) []string {
	var out []string
	for _, o := range ops {
		switch o.Kind {
		case Equal:
			out = append(out, a[o.A0:o.A1]...)
		case Insert, Replace:
			out = append(out, b[o.B0:o.B1]...)
		}
	}
	return out
}

// Fit finds the stretch a[lo:hi] that b fits best: the window with the smallest edit
// distance to b, where a's words before and after the window cost nothing. It is how a
// fragment is placed inside the longer quote it came from. Among equal costs it picks
// the longest window (the most words kept), then the one ending first.
func Fit(a, b []string) (lo, hi, cost int) {
	ra, rb := Runes(a, b)
	return FitIDs(ra, rb)
}

// FitIDs is Fit on words already mapped to runes.
func FitIDs(ra, rb []rune) (lo, hi, cost int) {
	n, m := len(rb), len(ra)
	if n == 0 {
		return 0, 0, 0
	}
	// d[i][j]: cost of b[:i] ending at a[:j]; start[i][j]: where that window starts.
	w := m + 1
	d := make([]int32, (n+1)*w)
	st := make([]int32, (n+1)*w)
	for j := 0; j <= m; j++ {
		st[j] = int32(j)
	}
	for i := 1; i <= n; i++ {
		d[i*w] = int32(i)
		for j := 1; j <= m; j++ {
			c, s := d[(i-1)*w+j-1], st[(i-1)*w+j-1]
			if rb[i-1] != ra[j-1] {
				c++
			}
			// On equal cost keep the earlier start: the longer window keeps more words.
			if v, s2 := d[(i-1)*w+j]+1, st[(i-1)*w+j]; v < c || (v == c && s2 < s) {
				c, s = v, s2
			}
			if v, s2 := d[i*w+j-1]+1, st[i*w+j-1]; v < c || (v == c && s2 < s) {
				c, s = v, s2
			}
			d[i*w+j], st[i*w+j] = c, s
		}
	}
	best := n * w
	for j := 1; j <= m; j++ {
		k := n*w + j
		if d[k] < d[best] || (d[k] == d[best] && int32(j)-st[k] > int32(best-n*w)-st[best]) {
			best = k
		}
	}
	return int(st[best]), best - n*w, int(d[best])
}
