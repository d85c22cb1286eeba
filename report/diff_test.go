package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, ref, member, want string
	}{
		{"same", "as close as possible", "as close as possible", "as close as possible"},
		{"replace", "as close to it as possible", "as similar as possible", "as [-close to it-]{+similar+} as possible"},
		{"insert", "we will sell", "we will never sell", "we will {+never+} sell"},
		{"delete", "we will never sell", "we will sell", "we will [-never-] sell"},
		{"folded case and punctuation", "Look, it is", "look it is.", "look it is."},
		{"empty member", "two words", "", "[-two words-]"},
		{"empty reference", "", "new words", "{+new words+}"},
		{"both empty", "", "", ""},
		{"keeps inner white space", "a b\nc d", "a b\nc x", "a b\nc [-d-]{+x+}"},
		{"punctuation word", "yes — no", "yes … no", "yes [-—-]{+…+} no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := diffText(wordDiff(tt.ref, tt.member), TextOptions{})
			// diffText folds line breaks; check the raw segments keep them.
			assert.Equal(t, oneLine(tt.want), got)
			assertRebuilds(t, tt.ref, tt.member, wordDiff(tt.ref, tt.member))
		})
	}
}

func TestWordDiffKeepsWhiteSpaceInRuns(t *testing.T) {
	segs := wordDiff("a b\nc d", "a b\nc x")
	assert.Equal(t, diffSegment{diffEqual, "a b\nc"}, segs[0])
}

func TestWordDiffLongFallsBackToWholeReplace(t *testing.T) {
	long := strings.Repeat("word ", maxDiffWords+1)
	segs := wordDiff(long, "word")
	assert.Equal(t, []diffSegment{{diffDelete, strings.TrimSpace(long)}, {diffInsert, "word"}}, segs)
}

// assertRebuilds checks the segments spell both texts' words in order.
func assertRebuilds(t *testing.T, ref, member string, segs []diffSegment) {
	t.Helper()
	var a, b []string
	for _, s := range segs {
		if s.Op != diffInsert {
			if s.Op == diffEqual {
				a = append(a, foldedWords(s.Text)...)
			} else {
				a = append(a, strings.Fields(s.Text)...)
			}
		}
		if s.Op != diffDelete {
			b = append(b, strings.Fields(s.Text)...)
		}
	}
	assert.Equal(t, foldedWords(ref), foldedWordsOf(a), "reference words")
	assert.Equal(t, strings.Fields(member), nilIfEmpty(b), "member words")
}

func foldedWords(s string) []string { return foldedWordsOf(strings.Fields(s)) }

func foldedWordsOf(ws []string) []string {
	var out []string
	for _, w := range ws {
		out = append(out, foldWord(w))
	}
	return out
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return []string{}
	}
	return s
}

func FuzzWordDiff(f *testing.F) {
	f.Add("as close to it as possible", "as similar as possible")
	f.Add("", "x")
	f.Add("a\u00a0b  c", "\xff b")
	f.Fuzz(func(t *testing.T, ref, member string) {
		segs := wordDiff(ref, member)
		var b []string
		for _, s := range segs {
			if s.Op != diffDelete {
				b = append(b, strings.Fields(s.Text)...)
			}
		}
		if strings.Join(b, " ") != strings.Join(strings.Fields(member), " ") {
			t.Fatalf("member not rebuilt: %q from %#v", member, segs)
		}
	})
}

func TestCollapseEdges(t *testing.T) {
	ref := "one two three four five six as close as possible seven eight nine ten eleven"
	got := diffText(collapseEdges(wordDiff(ref, "as close as possible")), TextOptions{})
	assert.Equal(t, "[-… four five six-] as close as possible [-seven eight nine …-]", got)
	short := diffText(collapseEdges(wordDiff("a b c d as close", "as close")), TextOptions{})
	assert.Equal(t, "[-a b c d-] as close", short, "a deletion of edgeKeepWords+1 words is kept whole")
	replaced := diffText(collapseEdges(wordDiff("may have been originally written in Russian", "clunky passive constructions in English")), TextOptions{})
	assert.Equal(t, "[-may have been originally written-]{+clunky passive constructions+} in [-Russian-]{+English+}", replaced,
		"a replacement at the edge is an edit, not cut context")
	assert.Equal(t, []diffSegment{{diffDelete, "x y z w v u"}}, collapseEdges([]diffSegment{{diffDelete, "x y z w v u"}}),
		"a member with no word in common keeps the whole reference")
}

// BenchmarkWordDiffCap measures the worst case a report pays per member: two quotes of
// maxDiffWords words with little in common.
func BenchmarkWordDiffCap(b *testing.B) {
	var ra, rb strings.Builder
	for i := 0; i < maxDiffWords; i++ {
		fmt.Fprintf(&ra, "a%d ", i%97)
		fmt.Fprintf(&rb, "a%d ", i%89)
	}
	ref, member := ra.String(), rb.String()
	b.ReportAllocs()
	for b.Loop() {
		wordDiff(ref, member)
	}
}
