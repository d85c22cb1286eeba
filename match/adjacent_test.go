package match

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTraceNewReportAfterAPartial: a partial quotation that ends the reporter's
// sentence and a direct quotation in a later sentence are two statements, unless a
// verb that continues the first (added, went on, repeats) introduces the second; a
// quotation closed by a comma before its own frame ("“…,” she said. “…”") stays one.
func TestTraceNewReportAfterAPartial(t *testing.T) {
	tests := []struct {
		name, text string
		a, b, cue  string
		same       bool
	}{
		{"new frame, new audience",
			"The mayor said the vote was “a good day for every street in town.” Speaking at the harbour later, she told reporters: “We waited ten years for this bridge and now the money is here.”",
			"a good day for every street in town.", "We waited ten years for this bridge and now the money is here.", "told", false},
		{"stop after the closing mark",
			"She said the new rules left the market “no room to breathe”. “The stalls were empty by noon and nobody could say why,” she said.",
			"no room to breathe", "The stalls were empty by noon and nobody could say why,", "said", false},
		{"stop later in the glue",
			"She called the plan “a fair start” at the meeting on Monday. “We will hold them to every line of it,” she said.",
			"a fair start", "We will hold them to every line of it,", "said", false},
		{"no frame at all",
			"The union called the offer “an insult to every driver.” “Nobody here will sign a contract like that.”",
			"an insult to every driver.", "Nobody here will sign a contract like that.", "", false},
		{"he added",
			"He described the delay as an “ordinary hiccup.” He added, “The trains will run again before the weekend.”",
			"ordinary hiccup.", "The trains will run again before the weekend.", "added", true},
		{"added in the glue, cue unknown",
			"He described the delay as an “ordinary hiccup.” He added, “The trains will run again before the weekend.”",
			"ordinary hiccup.", "The trains will run again before the weekend.", "", true},
		{"added after the quotation",
			"She promised to pass it on “quietly, so that it stays informal.” “And let them present it as their own,” she added.",
			"quietly, so that it stays informal.", "And let them present it as their own,", "added", true},
		{"repeats",
			"He insisted it had been “settled with us already.” The aide objects, but he repeats: “They may twist it later, that is all.”",
			"settled with us already.", "They may twist it later, that is all.", "repeats", true},
		{"comma before its own frame",
			"“The harvest is late,” she said. “But the orchards will be full again by October.”",
			"The harvest is late,", "But the orchards will be full again by October.", "said", true},
		{"one sentence",
			"He said the ferry was “the town’s lifeline,” and then, “without it we are an island twice over.”",
			"the town’s lifeline,", "without it we are an island twice over.", "said", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &document.Document{ID: "d", Text: tt.text}
			mk := func(s string, kind quotes.Kind, cue string) *quotes.Quote {
				i := strings.Index(d.Text, s)
				require.GreaterOrEqual(t, i, 0, s)
				return &quotes.Quote{Doc: d, Text: s, Kind: kind, Speaker: "Ann Lee",
					Attribution: quotes.Attribution{Method: quotes.MethodSpeechVerb, Cue: cue},
					Span:        quotes.Span{Start: i, End: i + len(s)}}
			}
			qa, qb := mk(tt.a, quotes.KindPartial, "said"), mk(tt.b, quotes.KindDirect, tt.cue)
			cs := Trace([]*quotes.Quote{qa, qb})
			assert.Equal(t, tt.same, clusterOf(cs, qa) == clusterOf(cs, qb))
		})
	}
}

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		q, glue string
		want    bool
	}{
		{"a victory for every village.", "” Speaking later, he said: “", true},
		{"no room to breathe", "”. “", true},
		{"no room to breathe", "” on Monday! “", true},
		{"It is heartbreaking,", "” Ryan said. “", false},
		{"It is heartbreaking", "’, Ryan said. ‘", false},
		{"the town’s lifeline", "” and “", false},
		{"Dr", "”, Dr. “", false},
		{"", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, endsSentence(tt.q, tt.glue), "%q %q", tt.q, tt.glue)
	}
}
