package report

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTraceTextGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		opt  TextOptions
	}{{"trace.txt", TextOptions{}}, {"trace-color.txt", TextOptions{Color: true}}} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, TraceText(&buf, fixtureResult(t), tt.opt))
			reportGolden(t, tt.name, buf.Bytes())
		})
	}
}

func TestTraceTextContent(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, TraceText(&buf, fixtureResult(t), TextOptions{}))
	out := buf.String()
	for _, want := range []string{
		"first: 2025-11-26, tied: Wire & Co, The \"Daily\" <b>",
		"credited origin: Bloomberg",
		"no credited origin",
		"unknown speaker",
		"We put a [-20-point-]{+28-point+} plan together",
		"[number]",
		"fixture/undated.txt, no date: fragment 0.80",
		"(no word in common with the reference) Entirely other wording.",
		"8 quotations, 3 clusters (2 found 2+ times, 1 once), 2 across 2+ outlets, 2 variants with meaning-changing edits",
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "Great call", "singletons are counted, not listed")
	assert.NotContains(t, out, "\x1b[", "no colour unless asked")
	// Most carried passage first: c2 spans four outlets, c1 three.
	assert.Less(t, bytes.Index(buf.Bytes(), []byte("c2 ")), bytes.Index(buf.Bytes(), []byte("c1 ")))
}

func TestTraceTextEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, TraceText(&buf, Result{}, TextOptions{}))
	assert.Equal(t, "0 quotations, 0 clusters (0 found 2+ times, 0 once), 0 across 2+ outlets, 0 variants with meaning-changing edits\n", buf.String())
}
