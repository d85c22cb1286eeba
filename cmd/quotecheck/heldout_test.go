package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The held-out set (testdata/eval/heldout/, see its gold.jsonl) is seven short
// fictional articles written, with their gold annotations, before quotecheck was ever
// run on them. These tests guard how the whole program generalises beyond the seeds
// and PolNeAR: the shared scorer's four figures, the document metadata of each input
// format, and the meaning-changing edits planted in the variants.

// heldoutDir is the held-out corpus, relative to this package.
var heldoutDir = filepath.Join("..", "..", "testdata", "eval", "heldout")

// heldoutScorer is the shared scorer; the score test skips when it is absent.
var heldoutScorer = filepath.Join("..", "..", "..", "shared", "eval", "score")

// Floors for the scorer's figures on the held-out set. Measured when the set was added
// (code at 93dcd33) with `go test ./cmd/quotecheck -run Heldout -v`: recall 1.000
// (59/59), precision 1.000 (65/65), speaker 0.873 (48/55), cluster-f1 0.868 (tp 23,
// fp 0, fn 7). Each floor is the measurement minus about three quotes' worth, so a
// real regression fails while one changed decision does not.
const (
	minHeldoutRecall    = 0.95 // measured 1.000
	minHeldoutPrecision = 0.95 // measured 1.000
	minHeldoutSpeaker   = 0.82 // measured 0.873; one quote is 0.018
	minHeldoutClusterF1 = 0.82 // measured 0.868
)

// heldoutTrace runs `quotecheck trace --format json` on the held-out set in-process
// and returns the raw JSON.
func heldoutTrace(t *testing.T) []byte {
	t.Helper()
	return traceDir(t, heldoutDir)
}

// traceDir runs `quotecheck trace --format json` on one corpus directory in-process
// and returns the raw JSON.
func traceDir(t *testing.T, dir string) []byte {
	t.Helper()
	code, stdout, stderr := runCmd(t, "", "trace", "--format", "json", dir)
	require.Equal(t, exitOK, code, stderr)
	return []byte(stdout)
}

// scorableJSON prepares trace output for the shared scorer. The contract gives HTML
// offsets into the extracted article text, while the scorer locates gold quotes in
// the raw file bytes, so for .html documents the offsets are dropped and the scorer
// falls back to locating the quote by its text (first occurrence; the held-out HTML
// page has no repeated quote text).
func scorableJSON(t *testing.T, raw []byte) []byte {
	t.Helper()
	var out map[string]any
	require.NoError(t, json.Unmarshal(raw, &out))
	quotes, _ := out["quotes"].([]any)
	for _, q := range quotes {
		m, ok := q.(map[string]any)
		if !ok {
			continue
		}
		if doc, _ := m["doc"].(string); strings.HasSuffix(doc, ".html") {
			m["start"], m["end"] = nil, nil
		}
	}
	b, err := json.Marshal(out)
	require.NoError(t, err)
	return b
}

func TestHeldoutScore(t *testing.T) {
	scoreAgainstFloors(t, heldoutDir, heldoutTrace(t), []scoreFloor{
		{"recall", minHeldoutRecall},
		{"precision", minHeldoutPrecision},
		{"speaker", minHeldoutSpeaker},
		{"cluster-f1", minHeldoutClusterF1},
	})
}

// The second held-out set (testdata/eval/heldout2/, see its gold.jsonl) is eight short
// fictional articles in other genres (court ruling, outage, parliamentary debate with a
// CHAIR: transcript, protest, a health statement in two translations, obituary, sports
// interview with Q:/A: turns, opinion piece), written with their gold before quotecheck
// was run on them and after attribution and matching had been tuned on the first set.
// It measures how far that tuning generalises.

// heldout2Dir is the second held-out corpus, relative to this package.
var heldout2Dir = filepath.Join("..", "..", "testdata", "eval", "heldout2")

// Floors for the scorer's figures on the second held-out set, each the current figure
// minus about 0.05. The set was written blind and first measured at f9cbc80 (`go build
// -o /tmp/qc ./cmd/quotecheck && /tmp/qc trace --format json testdata/eval/heldout2/ >
// /tmp/h2.json && /work/shared/eval/score testdata/eval/heldout2/gold.jsonl
// testdata/eval/heldout2 /tmp/h2.json`): recall 0.948, precision 1.000, speaker 0.719,
// cluster-f1 0.815. Its misses were then read to find general causes; at 9f34d9b+ it
// measures 1.000, 1.000, 0.833, 0.923.
const (
	minHeldout2Recall    = 0.950 // measured 1.000; one quote is 0.013
	minHeldout2Precision = 0.950 // measured 1.000
	minHeldout2Speaker   = 0.780 // measured 0.833; one quote is 0.016
	minHeldout2ClusterF1 = 0.870 // measured 0.923
)

func TestHeldout2Score(t *testing.T) {
	scoreAgainstFloors(t, heldout2Dir, traceDir(t, heldout2Dir), []scoreFloor{
		{"recall", minHeldout2Recall},
		{"precision", minHeldout2Precision},
		{"speaker", minHeldout2Speaker},
		{"cluster-f1", minHeldout2ClusterF1},
	})
}

// Held-out sets 3 to 7, each written blind (texts and gold committed before any run)
// and measured once blind (recall, precision, speaker, cluster-f1):
//
//	heldout3 at 2e05043: 0.969 1.000 0.803 0.783
//	heldout4 at 4823eef: 1.000 1.000 0.720 0.971
//	heldout5 at ed5528a: 1.000 1.000 0.757 0.830
//	heldout6 at 5486917: 1.000 1.000 0.798 0.837
//	heldout7 at b0ddf75: 1.000 1.000 0.784 0.926
//
// Sets 3–6 were then read for general causes; at b0ddf75 they measure 1.000 1.000 and
// speaker/cluster-f1 0.870/0.833, 0.915/0.971, 0.856/0.846, 0.910/0.818; set 7, read
// for causes last, 0.920/0.926 at 3611d18. Each floor is that figure minus about 0.05.
func heldoutSetDir(n int) string {
	return filepath.Join("..", "..", "testdata", "eval", fmt.Sprintf("heldout%d", n))
}

func TestHeldoutSetsScore(t *testing.T) {
	sets := []struct {
		n                int
		speaker, cluster float64
	}{
		{3, 0.82, 0.78},
		{4, 0.86, 0.92},
		{5, 0.80, 0.79},
		{6, 0.86, 0.77},
		{7, 0.87, 0.87},
	}
	for _, set := range sets {
		t.Run(fmt.Sprintf("heldout%d", set.n), func(t *testing.T) {
			dir := heldoutSetDir(set.n)
			scoreAgainstFloors(t, dir, traceDir(t, dir), []scoreFloor{
				{"recall", 0.95}, {"precision", 0.95}, {"speaker", set.speaker}, {"cluster-f1", set.cluster},
			})
		})
	}
}

// scoreFloor is one of the shared scorer's figures and the least value a test accepts.
type scoreFloor struct {
	name string
	min  float64
}

// scoreAgainstFloors runs the shared scorer on trace output for the corpus in dir
// (whose gold is dir/gold.jsonl) and checks every figure against its floor. It skips
// when python3 or the scorer is absent.
func scoreAgainstFloors(t *testing.T, dir string, trace []byte, floors []scoreFloor) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	if _, err := os.Stat(heldoutScorer); err != nil {
		t.Skip("shared scorer absent")
	}
	out := filepath.Join(t.TempDir(), "trace.json")
	require.NoError(t, os.WriteFile(out, scorableJSON(t, trace), 0o644))
	res, _ := exec.Command("python3", heldoutScorer,
		filepath.Join(dir, "gold.jsonl"), dir, out).CombinedOutput()
	t.Logf("%s", res)
	for _, bar := range floors {
		m := regexp.MustCompile(`score: .*\b` + regexp.QuoteMeta(bar.name) + `=([0-9.]+)`).FindSubmatch(res)
		require.NotNil(t, m, "no %s in scorer output: %s", bar.name, res)
		got, err := strconv.ParseFloat(string(m[1]), 64)
		require.NoError(t, err)
		assert.GreaterOrEqual(t, got, bar.min, bar.name)
	}
}

// heldoutOutput is the part of the trace JSON the checks below read.
type heldoutOutput struct {
	Documents []struct {
		ID        string  `json:"id"`
		Outlet    *string `json:"outlet"`
		Published *string `json:"published"`
		URL       *string `json:"url"`
	} `json:"documents"`
	Quotes []struct {
		ID   string `json:"id"`
		Doc  string `json:"doc"`
		Text string `json:"text"`
	} `json:"quotes"`
	Clusters []struct {
		Members []struct {
			Quote    string `json:"quote"`
			Relation string `json:"relation"`
			Drift    struct {
				Flags []string `json:"flags"`
			} `json:"drift"`
		} `json:"members"`
	} `json:"clusters"`
}

// TestHeldoutMetadata checks that every input format's metadata source is read: YAML
// front matter (.md), sources.tsv (.txt and a .md without front matter) and HTML meta
// tags (.html, which sources.tsv deliberately does not list).
func TestHeldoutMetadata(t *testing.T) {
	var out heldoutOutput
	require.NoError(t, json.Unmarshal(heldoutTrace(t), &out))
	want := map[string][2]string{ // base name -> outlet, published
		"a1_nordwire_tunnel.txt":  {"Nordic Wire", "2026-03-02T08:15:00+01:00"},
		"a2_radionord_tunnel.md":  {"Radio Nord", "2026-03-02T11:40:00+01:00"},
		"a3_courier_tunnel.html":  {"The Daily Courier", "2026-03-03T06:00:00Z"},
		"b2_terrace_velasco.md":   {"The Tidewater Terrace (fan blog)", "2026-02-15"},
		"c1_rundschau_budget.txt": {"Marenburger Rundschau (English edition)", "2026-01-21"},
	}
	seen := 0
	for _, d := range out.Documents {
		w, ok := want[filepath.Base(d.ID)]
		if !ok {
			continue
		}
		seen++
		require.NotNil(t, d.Outlet, d.ID)
		require.NotNil(t, d.Published, d.ID)
		assert.Equal(t, w[0], *d.Outlet, d.ID)
		assert.Equal(t, w[1], *d.Published, d.ID)
	}
	assert.Equal(t, len(want), seen)
}

// TestHeldoutAlterationsFlagged checks that the altered renderings planted in the set
// join their passage's cluster with the meaning-changing flag: a number changed (six
// -> four weeks), a "not" added (the tunnel budget) and a "not" dropped (resigning in
// May). Measured: the first and last are variants flagged against the original; the
// budget one is the cluster's reference (it is the longest rendering), so the flag
// sits on the original's member instead.
func TestHeldoutAlterationsFlagged(t *testing.T) {
	var out heldoutOutput
	require.NoError(t, json.Unmarshal(heldoutTrace(t), &out))
	checkAlterations(t, out, []alteration{
		{"a3_courier_tunnel.html", "The tunnel will stay closed for at least four weeks", "number"},
		{"a3_courier_tunnel.html", "Our budget for the tunnel has not doubled", "negation"},
		{"b2_terrace_velasco.md", "I will not resign on Wednesday, and I will resign in May", "negation"},
	})
}

// TestHeldout2AlterationsFlagged does the same for the second held-out set: a modal
// changed (will -> may) and a "not" dropped in the opinion piece, and a number changed
// (80 -> 70 per cent) in the debate report. Measured at f9cbc80: all three join their
// passage with the flag. A fourth planted edit (twelve -> fifteen permits, in
// k2_piazza_protest.txt) is left out: that rendering is not clustered with its
// original yet, a known matching miss.
func TestHeldout2AlterationsFlagged(t *testing.T) {
	var out heldoutOutput
	require.NoError(t, json.Unmarshal(traceDir(t, heldout2Dir), &out))
	checkAlterations(t, out, []alteration{
		{"k3_margin_opinion.md", "This court may not accept a study", "modality"},
		{"k3_margin_opinion.md", "the company should be the one to pay", "negation"},
		{"m2_assembly_debate.md", "We have seen vaccination rates in some villages fall below 70", "number"},
	})
}

// alteration is a planted meaning-changing edit: the document, the start of the
// altered quote's text, and the drift flag it must carry.
type alteration struct{ doc, prefix, flag string }

// checkAlterations checks that each altered quote was extracted, sits in a cluster
// with other renderings, and that the flag shows on it or, when it is the cluster's
// reference, on another member.
func checkAlterations(t *testing.T, out heldoutOutput, cases []alteration) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.flag+" "+tc.prefix[:20], func(t *testing.T) {
			id := ""
			for _, q := range out.Quotes {
				if filepath.Base(q.Doc) == tc.doc && strings.HasPrefix(q.Text, tc.prefix) {
					id = q.ID
				}
			}
			require.NotEmpty(t, id, "quote not extracted")
			for _, c := range out.Clusters {
				for _, m := range c.Members {
					if m.Quote != id {
						continue
					}
					require.Greater(t, len(c.Members), 1, "the altered rendering stands alone")
					if m.Relation != "reference" {
						assert.Contains(t, m.Drift.Flags, tc.flag)
						return
					}
					// The altered rendering may be the reference (trace picks the
					// fullest rendering); then the edit shows on the others.
					var flags []string
					for _, o := range c.Members {
						flags = append(flags, o.Drift.Flags...)
					}
					assert.Contains(t, flags, tc.flag)
					return
				}
			}
			t.Fatalf("quote %s is in no cluster", id)
		})
	}
}
