package norm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func words(s string) []string {
	var out []string
	for _, t := range Spoken(Tokenize(s)) {
		out = append(out, t.Word)
	}
	return out
}

func TestTokenizeWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"case and punctuation", "Fake.", []string{"fake"}},
		{"accents", "Zelenskyy’s café déjà", []string{"zelenskyy", "cafe", "deja"}},
		{"curly apostrophe contraction", "it’ll be", []string{"it", "will", "be"}},
		{"straight apostrophe contraction", "it'll be", []string{"it", "will", "be"}},
		{"n't", "don’t won’t can't isn’t", []string{"do", "not", "will", "not", "can", "not", "is", "not"}},
		{"'s before got is has", "He’s got to sell", []string{"he", "has", "got", "to", "sell"}},
		{"'s before going is is", "He’s going to sell", []string{"he", "is", "going", "to", "sell"}},
		{"possessive dropped", "Putin’s daughter", []string{"putin", "daughter"}},
		{"let's", "let’s talk", []string{"let", "us", "talk"}},
		{"gotta gonna", "gotta go, gonna win", []string{"got", "to", "go", "going", "to", "win"}},
		{"number words", "twenty points, three days", []string{"20", "points", "3", "days"}},
		{"compound number", "twenty-eight points", []string{"28", "points"}},
		{"hyphen variants", "20-point plan / 20 point plan", []string{"20", "point", "plan", "20", "point", "plan"}},
		{"thousands separator", "$1,000 and 2.5%", []string{"1000", "and", "2.5"}},
		{"dashes and ellipses", "afraid of… They—we … no", []string{"afraid", "of", "they", "we", "no"}},
		{"editorial brackets skipped", "Steve [Witkoff] and Yuri (Ushakov)", []string{"steve", "and", "yuri"}},
		{"quote marks", "‘You know,’ «oui» „ja“", []string{"you", "know", "oui", "ja"}},
		{"empty", "", nil},
		{"only punctuation", "… — “ ”", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, words(tt.in))
		})
	}
}

func TestContractionSpansShareTheWord(t *testing.T) {
	in := "I think we’ll go"
	ts := Tokenize(in)
	require.Len(t, ts, 5)
	assert.Equal(t, "we’ll", in[ts[2].Start:ts[2].End])
	assert.Equal(t, ts[2].Start, ts[3].Start)
	assert.Equal(t, "will", ts[3].Word)
}

func TestAsides(t *testing.T) {
	ts := Tokenize("Steve [Witkoff] and Yuri [Ushakov] said (in any case) it")
	assert.Equal(t, []string{"Witkoff", "Ushakov", "in any case"}, Asides(ts))
}

func TestStemsAndStops(t *testing.T) {
	ts := Tokenize("the negotiations negotiated")
	require.Len(t, ts, 3)
	assert.True(t, ts[0].Stop)
	assert.False(t, ts[1].Stop)
	assert.Equal(t, ts[1].Stem, ts[2].Stem, "negotiations/negotiated share a stem")
}

func TestFold(t *testing.T) {
	assert.Equal(t, "deja vu it's", Fold("Déjà Vu it’s"))
	assert.Equal(t, "plain", Fold("PLAIN"))
}

// FuzzTokenize checks that any input tokenizes without panicking and that every
// span is a valid, rune-aligned range of the input holding the token's Raw text.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"He’s got to [it]", "twenty-eight", "1,000.5", "a’", "’s", "((]]", "\xff\xfe", "é́"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokenize(s) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("bad span %d:%d in %q", tok.Start, tok.End, s)
			}
			if !utf8.RuneStart(s[tok.Start]) {
				t.Fatalf("span not rune-aligned in %q", s)
			}
			if !strings.Contains(s[tok.Start:tok.End], strings.Split(tok.Raw, "-")[0]) {
				t.Fatalf("raw %q not in span %q", tok.Raw, s[tok.Start:tok.End])
			}
		}
	})
}

// BenchmarkTokenize measures tokenizing a typical 40-word quotation.
func BenchmarkTokenize(b *testing.B) {
	s := "No, look. I think we’ll just make this paper from our position, and I’ll informally pass it along, making it clear that it’s all informal. And let them do like their own. But, I don’t think they’ll take exactly our version, but at least it’ll be as close to it as possible,"
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokenize(s)
	}
}
