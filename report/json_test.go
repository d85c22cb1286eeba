package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/match"
)

func TestJSONGolden(t *testing.T) {
	for _, tt := range []struct {
		name     string
		clusters bool
	}{{"extract.json", false}, {"trace.json", true}} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, JSON(&buf, fixtureResult(t), tt.clusters))
			reportGolden(t, tt.name, buf.Bytes())
		})
	}
}

// TestJSONContract checks the contract's rules that a golden file would only freeze:
// unknown values are null, trace always has "clusters", extract never.
func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, JSON(&buf, fixtureResult(t), false))
	var out map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &out))
	assert.EqualValues(t, 1, out["version"])
	assert.NotContains(t, out, "clusters")
	docs := out["documents"].([]any)
	undated := docs[3].(map[string]any)
	assert.Nil(t, undated["outlet"], "unknown outlet is null")
	assert.Nil(t, undated["published"], "unknown date is null")

	buf.Reset()
	require.NoError(t, JSON(&buf, Result{}, true))
	assert.Contains(t, buf.String(), `"clusters": []`)
	assert.Contains(t, buf.String(), `"quotes": []`)
}

func TestExtractTextGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, ExtractText(&buf, fixtureResult(t)))
	reportGolden(t, "extract.txt", buf.Bytes())
}

func TestCompareGolden(t *testing.T) {
	a := "They might not take it and say it was agreed with us"
	b := "they might not take it, but they'll say it was agreed upon with us"
	c := match.Comparison{Similarity: 0.81, Scores: map[string]float64{"overlap": 0.81, "containment": 0.95},
		Relation: match.RelVariant, Drift: match.Drift{Score: 0.19,
			Edits: []match.Edit{{Op: match.OpReplace, From: "and", To: "but they'll"}, {Op: match.OpInsert, To: "upon"}},
			Flags: []match.Flag{match.FlagModality}}}
	var buf bytes.Buffer
	require.NoError(t, CompareText(&buf, a, b, c, TextOptions{}))
	reportGolden(t, "compare.txt", buf.Bytes())
	buf.Reset()
	require.NoError(t, CompareJSON(&buf, a, b, c))
	reportGolden(t, "compare.json", buf.Bytes())
}
