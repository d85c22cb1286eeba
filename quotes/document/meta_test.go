package document

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	plus2 := time.FixedZone("", 2*3600)
	tests := []struct {
		raw       string
		want      time.Time
		precision Precision
		wantErr   bool
	}{
		{"2025-11-26", time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"2025-11-27T09:00:00+02:00", time.Date(2025, 11, 27, 9, 0, 0, 0, plus2), PrecisionSecond, false},
		{"2025-11-27 09:00:00 +0200", time.Date(2025, 11, 27, 9, 0, 0, 0, plus2), PrecisionSecond, false},
		{"2025-11-27T07:00:00Z", time.Date(2025, 11, 27, 7, 0, 0, 0, time.UTC), PrecisionSecond, false},
		{"2025-11-27T09:00:00+0200", time.Date(2025, 11, 27, 9, 0, 0, 0, plus2), PrecisionSecond, false},
		{"2025-11-27T09:00:00", time.Date(2025, 11, 27, 0, 0, 0, 0, time.UTC), PrecisionDay, false},
		{"", time.Time{}, PrecisionNone, false},
		{"November 27, 2025", time.Time{}, PrecisionNone, true},
		{"2025-13-45", time.Time{}, PrecisionNone, true},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			d, err := ParseDate(tt.raw)
			if tt.wantErr {
				require.Error(t, err)
				assert.False(t, d.Known())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.precision, d.Precision)
			assert.True(t, tt.want.Equal(d.Time), "got %v", d.Time)
			assert.Equal(t, tt.raw, d.Raw)
		})
	}
}

func TestMergeMetaOrder(t *testing.T) {
	front := metaSource{"front matter", rawMeta{Title: "FM title", Published: "not a date"}}
	tsv := metaSource{"sources.tsv", rawMeta{Title: "TSV title", Outlet: "TSV outlet", Published: "2025-11-26"}}
	head := metaSource{"HTML meta", rawMeta{Outlet: "HTML outlet", URL: "https://h", Language: "en"}}
	m, warns := mergeMeta("a.md", []metaSource{front, tsv, head})
	assert.Equal(t, "FM title", m.Title)
	assert.Equal(t, "TSV outlet", m.Outlet)
	assert.Equal(t, "https://h", m.URL)
	assert.Equal(t, "en", m.Language)
	assert.Equal(t, "2025-11-26", m.Published.Raw)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0], `a.md: front matter: unparseable date "not a date"`)

	m, _ = mergeMeta("b.txt", nil)
	assert.Equal(t, Meta{}, m)
}

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		want     rawMeta
		wantErr  bool
	}{
		{"seed style", "title: \"The Witkoff Leak\"\ndate: 2025-11-27 09:00:00 +0200\ndescription: \"x\"\n",
			rawMeta{Title: "The Witkoff Leak", Published: "2025-11-27 09:00:00 +0200"}, false},
		{"all keys", "Outlet: Reuters\nurl: https://r.com/a\npublished: 2025-11-26\nlanguage: en\n",
			rawMeta{Outlet: "Reuters", URL: "https://r.com/a", Published: "2025-11-26", Language: "en"}, false},
		{"lang and date first wins", "lang: de\ndate: 2025-01-02\npublished: 2025-03-04\n",
			rawMeta{Language: "de", Published: "2025-01-02"}, false},
		{"nested ignored", "title:\n  - a\n  - b\n", rawMeta{}, false},
		{"empty", "", rawMeta{}, false},
		{"not a mapping", "- a\n- b\n", rawMeta{}, true},
		{"malformed", "title: \"unclosed\n", rawMeta{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseFrontMatter(tt.in)
			if tt.wantErr {
				require.Error(t, err)
				assert.NotContains(t, err.Error(), "\n")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFrontMatterEnd(t *testing.T) {
	tests := []struct {
		in      string
		wantEnd int
	}{
		{"---\na: b\n---\nbody", 13},
		{"---\r\na: b\r\n---\r\nbody", 16},
		{"---\na: b\n...\n", 13},
		{"---\na: b\n---", 12},
		{"---\na: b\nno close", 0},
		{"text\n---\na: b\n---\n", 0},
		{"----\na\n----\n", 0},
	}
	for _, tt := range tests {
		end, _ := frontMatterEnd(tt.in)
		assert.Equal(t, tt.wantEnd, end, "%q", tt.in)
	}
}

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: \"T\"\ndate: 2025-11-27 09:00:00 +0200\n---\nbody")
	f.Add("---\n[a, b\n---\n")
	f.Add("---\n&a [*a]\n---\n")
	f.Fuzz(func(t *testing.T, text string) {
		end, yamlText := frontMatterEnd(text)
		require.True(t, end >= 0 && end <= len(text))
		if end == 0 {
			return
		}
		rm, err := parseFrontMatter(yamlText)
		if err != nil {
			assert.NotContains(t, err.Error(), "\n")
			assert.Equal(t, rawMeta{}, rm)
		}
		_, _ = ParseDate(rm.Published)
	})
}

func TestParseSourcesTSV(t *testing.T) {
	data := "file\toutlet\turl\tpublished\tlanguage\ttitle\n" +
		"a.txt\tReuters\thttps://r\t2025-11-26\ten\tA title\n" +
		"b.txt\tAP\r\n" + // short row, CRLF
		"\n" +
		"a.txt\tDup\n"
	rows, warns := parseSourcesTSV("d/sources.tsv", data)
	require.Len(t, rows, 2)
	assert.Equal(t, rawMeta{Outlet: "Reuters", URL: "https://r", Published: "2025-11-26", Language: "en", Title: "A title"}, rows["a.txt"])
	assert.Equal(t, rawMeta{Outlet: "AP"}, rows["b.txt"])
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0], "line 5: a.txt listed again")

	rows, _ = parseSourcesTSV("x", "title\tfile\n T \t c.md \n")
	assert.Equal(t, rawMeta{Title: "T"}, rows["c.md"], "columns in any order, cells trimmed")

	rows, warns = parseSourcesTSV("x", "outlet\turl\nA\tB\n")
	assert.Empty(t, rows)
	require.Len(t, warns, 1)
}

func FuzzSourcesTSV(f *testing.F) {
	f.Add("file\toutlet\tpublished\na.txt\tX\t2025-11-26\n")
	f.Add("\uFEFFfile\r\n\t\t\n")
	f.Fuzz(func(t *testing.T, data string) {
		rows, warns := parseSourcesTSV("s.tsv", data)
		for name := range rows {
			require.NotEmpty(t, name)
		}
		for _, w := range warns {
			require.NotContains(t, w, "\n")
		}
	})
}
