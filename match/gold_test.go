package match

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/seeds"
	"github.com/stretchr/testify/require"
)

// goldPath is the seed gold, outside the repository; tests skip when it is absent.
const goldPath = "../../shared/eval/seeds.gold.jsonl"

// goldRecord is one line of the gold JSONL (see ../shared/eval/GUIDELINES.md).
type goldRecord struct {
	Doc         string  `json:"doc"`
	Text        string  `json:"text"`
	Occurrence  int     `json:"occurrence"`
	Kind        string  `json:"kind"`
	Speaker     *string `json:"speaker"`
	CitedSource *string `json:"cited_source"`
	Cluster     *string `json:"cluster"`
}

// loadGold builds quotes.Quote values from the seed gold, with documents and metadata
// from the embedded seeds and their sources.tsv. It returns the quotes and each
// quote's gold cluster ("" = none).
func loadGold(t testing.TB) ([]*quotes.Quote, []string) {
	t.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		t.Skipf("gold not available: %v", err)
	}
	defer f.Close()
	docs := loadSeedDocs(t)
	var qs []*quotes.Quote
	var clusters []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldRecord
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		d := docs[g.Doc]
		require.NotNil(t, d, g.Doc)
		start := nthIndex(d.Text, g.Text, max(g.Occurrence, 1))
		require.GreaterOrEqual(t, start, 0, "gold text not found: %q", g.Text)
		q := &quotes.Quote{
			ID: fmt.Sprintf("q%d", len(qs)+1), Doc: d, Text: g.Text, Kind: quotes.Kind(g.Kind),
			Span: quotes.Span{Start: start, End: start + len(g.Text)},
		}
		if g.Speaker != nil {
			q.Speaker = *g.Speaker
		}
		if g.CitedSource != nil {
			q.CitedSource = *g.CitedSource
		}
		qs = append(qs, q)
		cl := ""
		if g.Cluster != nil {
			cl = *g.Cluster
		}
		clusters = append(clusters, cl)
	}
	require.NoError(t, sc.Err())
	return qs, clusters
}

func nthIndex(hay, needle string, n int) int {
	pos := -1
	for range n {
		i := strings.Index(hay[pos+1:], needle)
		if i < 0 {
			return -1
		}
		pos += 1 + i
	}
	return pos
}

// loadSeedDocs reads the embedded seeds with the metadata of their sources.tsv.
func loadSeedDocs(t testing.TB) map[string]*document.Document {
	t.Helper()
	fsys := seeds.FS()
	tsv, err := fs.ReadFile(fsys, "sources.tsv")
	require.NoError(t, err)
	docs := map[string]*document.Document{}
	for _, line := range strings.Split(strings.TrimSpace(string(tsv)), "\n")[1:] {
		col := strings.Split(line, "\t")
		require.Len(t, col, 6, line)
		body, err := fs.ReadFile(fsys, col[0])
		require.NoError(t, err)
		d := &document.Document{ID: filepath.Join(seeds.Dir, col[0]), Text: string(body),
			Meta: document.Meta{Outlet: col[1], URL: col[2], Language: col[4], Title: col[5]}}
		d.Masked = d.Text
		d.Meta.Published = parseDate(col[3])
		docs[col[0]] = d
	}
	return docs
}

func parseDate(s string) document.Date {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return document.Date{Time: t, Precision: document.PrecisionSecond, Raw: s}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return document.Date{Time: t, Precision: document.PrecisionDay, Raw: s}
	}
	return document.Date{Raw: s}
}

// pairF1 is the pairwise cluster F1 of ../shared/eval/score: over every pair of
// quotes that have a gold cluster, a true positive is a pair together in both.
func pairF1(qs []*quotes.Quote, gold []string, cs []Cluster) (f1 float64, fps, fns []string) {
	pred := map[*quotes.Quote]string{}
	for _, c := range cs {
		for _, m := range c.Members {
			pred[m.Quote] = c.ID
		}
	}
	same := func(a, b *quotes.Quote) bool {
		pa, pb := pred[a], pred[b]
		return pa != "" && pa == pb
	}
	tp, fp, fn := 0, 0, 0
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if gold[i] == "" || gold[j] == "" {
				continue
			}
			g, p := gold[i] == gold[j], same(qs[i], qs[j])
			pair := func() string {
				return fmt.Sprintf("%s %q ~ %s %q", gold[i], short(qs[i].Text), gold[j], short(qs[j].Text))
			}
			switch {
			case g && p:
				tp++
			case p:
				fp++
				fps = append(fps, pair())
			case g:
				fn++
				fns = append(fns, pair())
			}
		}
	}
	prec, rec := 1.0, 1.0
	if tp+fp > 0 {
		prec = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		rec = float64(tp) / float64(tp+fn)
	}
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	return f1, fps, fns
}

func short(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

// GoldF1Min is the pairwise cluster F1 the seeds must reach; see the report for the
// figure measured.
const goldF1Min = 0.85

func TestTraceGold(t *testing.T) {
	qs, gold := loadGold(t)
	cs := Trace(qs)
	f1, fps, fns := pairF1(qs, gold, cs)
	for _, p := range fps {
		t.Logf("false pair: %s", p)
	}
	for _, p := range fns {
		t.Logf("missed pair: %s", p)
	}
	t.Logf("pairwise cluster F1 = %.3f (%d false, %d missed pairs)", f1, len(fps), len(fns))
	require.GreaterOrEqual(t, f1, goldF1Min)
}
