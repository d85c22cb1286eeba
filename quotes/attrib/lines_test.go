package attrib

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestLineIndexMatchesLineOf: the indexed lineOf answers as the text search at every
// offset of the corpus texts and of edge cases.
func TestLineIndexMatchesLineOf(t *testing.T) {
	texts := []string{"", "\n", "\n\n", "ab\ncd", "ab\ncd\n", "no newline"}
	for _, d := range corpusTexts(t) {
		texts = append(texts, d.Text)
	}
	for _, text := range texts {
		s := &sieve{raw: text, lines: lineStartsInto(nil, text)}
		for i := 0; i <= len(text)+1; i++ {
			wa, wb := lineOf(text, i)
			ga, gb := s.lineOf(i)
			require.Equal(t, [2]int{wa, wb}, [2]int{ga, gb}, "offset %d of %q…", i, text[:min(len(text), 40)])
		}
	}
}

// FuzzLineIndex: the same on any text.
func FuzzLineIndex(f *testing.F) {
	f.Add("a\n\nb\n")
	f.Fuzz(func(t *testing.T, text string) {
		s := &sieve{raw: text, lines: lineStartsInto(nil, text)}
		for i := 0; i <= len(text)+1; i++ {
			wa, wb := lineOf(text, i)
			ga, gb := s.lineOf(i)
			require.Equal(t, [2]int{wa, wb}, [2]int{ga, gb}, "offset %d", i)
		}
	})
}
