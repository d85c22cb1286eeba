package attrib

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
	"github.com/stretchr/testify/require"
)

// The end-to-end measurement: load a corpus, scan, attribute, write the contract's
// quote fields to a temporary JSON file and run the shared scorer on it. Skipped when
// ../shared is absent. QUOTECHECK_SCORE_VERBOSE=1 prints the scorer's per-quote lines.

const sharedDir = "../../../shared"

type scoreCase struct {
	name, gold, docs string
	extra            []string
	minSpeaker       float64
}

func TestScoreCorpora(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	cases := []scoreCase{
		{"seeds", "eval/seeds.gold.jsonl", "seeds", nil, 0.95},
		{"polnear", "eval/polnear-dev/gold.jsonl", "eval/polnear-dev/docs", []string{"--precision-kinds", "direct,partial,transcript"}, 0.66},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gold := filepath.Join(sharedDir, c.gold)
			docsDir := filepath.Join(sharedDir, c.docs)
			if _, err := os.Stat(gold); err != nil {
				t.Skip("shared eval data absent")
			}
			docs, _, err := document.Load([]string{docsDir}, nil)
			require.NoError(t, err)
			out := filepath.Join(t.TempDir(), "out.json")
			require.NoError(t, os.WriteFile(out, contractJSON(t, docs), 0o644))
			args := append([]string{filepath.Join(sharedDir, "eval/score"), gold, docsDir, out}, c.extra...)
			if os.Getenv("QUOTECHECK_SCORE_VERBOSE") == "" {
				args = append(args, "--quiet")
			}
			res, _ := exec.Command("python3", args...).CombinedOutput()
			t.Logf("%s", res)
			m := regexp.MustCompile(`speaker=([0-9.]+)`).FindSubmatch(res)
			require.NotNil(t, m, "scorer output: %s", res)
			got, _ := strconv.ParseFloat(string(m[1]), 64)
			require.GreaterOrEqual(t, got, c.minSpeaker)
		})
	}
}

// contractJSON renders the quotes of docs with the contract's quote fields.
func contractJSON(t *testing.T, docs []*document.Document) []byte {
	type attr struct {
		Method     string  `json:"method"`
		Cue        string  `json:"cue"`
		Confidence float64 `json:"confidence"`
	}
	type q struct {
		Doc     string  `json:"doc"`
		Text    string  `json:"text"`
		Start   int     `json:"start"`
		End     int     `json:"end"`
		Kind    string  `json:"kind"`
		Speaker *string `json:"speaker"`
		Mention *string `json:"speaker_mention"`
		Attr    attr    `json:"attribution"`
		Cited   *string `json:"cited_source"`
	}
	null := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	var all []q
	for _, d := range docs {
		for _, x := range Attribute(d, scan.Scan(d.Text, d.Masked)) {
			all = append(all, q{d.ID, x.Text, x.Span.Start, x.Span.End, string(x.Kind), null(x.Speaker), null(x.SpeakerMention),
				attr{string(x.Attribution.Method), x.Attribution.Cue, x.Attribution.Confidence}, null(x.CitedSource)})
		}
	}
	b, err := json.Marshal(map[string]any{"version": 1, "quotes": all})
	require.NoError(t, err)
	return b
}
