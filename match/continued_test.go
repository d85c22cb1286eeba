package match

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// speak is one quote to place in a test document: its text and speaker.
type speak struct{ text, speaker string }

// placeSpoken makes direct quotes at the first occurrence of each text in d, with
// Reopened as the scanner sets it for the quotation starting there.
func placeSpoken(t *testing.T, d *document.Document, ss ...speak) []*quotes.Quote {
	t.Helper()
	reopened := map[int]bool{}
	masked := d.Masked
	if len(masked) != len(d.Text) {
		masked = d.Text
	}
	for _, f := range scan.Scan(d.Text, masked) {
		reopened[f.Start] = f.Reopened
	}
	var qs []*quotes.Quote
	for _, s := range ss {
		i := strings.Index(d.Text, s.text)
		require.GreaterOrEqual(t, i, 0, s.text)
		qs = append(qs, &quotes.Quote{Doc: d, Text: s.text, Kind: quotes.KindDirect, Speaker: s.speaker,
			Span: quotes.Span{Start: i, End: i + len(s.text)}, Reopened: reopened[i]})
	}
	return qs
}

// TestTraceJoinsContinuedParagraphs: a quotation reopened on the next paragraph after
// being left open, and one introduced by "She went on:", are one passage; a closed
// quote, another mark or another known speaker on the next paragraph are not.
func TestTraceJoinsContinuedParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		a, b speak
		same bool
	}{
		{"reopened paragraph",
			"“The harbour wall has been crumbling for a decade and nobody came to look at it.\n\n“Then the winter storms took half the pier away.” She left.",
			speak{"The harbour wall has been crumbling for a decade and nobody came to look at it.", "Ann Lee"},
			speak{"Then the winter storms took half the pier away.", ""}, true},
		{"reopened after a blank blockquote line",
			"> “The harbour wall has been crumbling for a decade.\n>\n> “Then the winter storms took half the pier away.”",
			speak{"The harbour wall has been crumbling for a decade.", ""},
			speak{"Then the winter storms took half the pier away.", ""}, true},
		{"introduced by She went on",
			"“We asked the council for help in every single year,” Ann Lee said. She went on:\n\n“Then the winter storms took half the pier away.”",
			speak{"We asked the council for help in every single year,", "Ann Lee"},
			speak{"Then the winter storms took half the pier away.", ""}, true},
		{"introduced by the surname",
			"“We asked the council for help in every single year,” Ann Lee said. Lee added:\n\n“Then the winter storms took half the pier away.”",
			speak{"We asked the council for help in every single year,", "Ann Lee"},
			speak{"Then the winter storms took half the pier away.", ""}, true},
		{"introduced after an ellipsis",
			"“We asked the council for help in every single year,” Ann Lee said, and paused for a while… She went on:\n\n“Then the winter storms took half the pier away.”",
			speak{"We asked the council for help in every single year,", "Ann Lee"},
			speak{"Then the winter storms took half the pier away.", ""}, true},
		{"closed quote, then a new paragraph",
			"“The harbour wall has been crumbling for a decade.”\n\n“Then the winter storms took half the pier away.”",
			speak{"The harbour wall has been crumbling for a decade.", ""},
			speak{"Then the winter storms took half the pier away.", ""}, false},
		{"another mark reopens",
			"“The harbour wall has been crumbling for a decade.\n\n\"Then the winter storms took half the pier away.\"",
			speak{"The harbour wall has been crumbling for a decade.", ""},
			speak{"Then the winter storms took half the pier away.", ""}, false},
		{"another known speaker",
			"“The harbour wall has been crumbling for a decade.\n\n“Then the winter storms took half the pier away,” Bo Berg said.",
			speak{"The harbour wall has been crumbling for a decade.", "Ann Lee"},
			speak{"Then the winter storms took half the pier away,", "Bo Berg"}, false},
		{"a paragraph between",
			"“The harbour wall has been crumbling for a decade.\n\nThe council did not reply.\n\n“Then the winter storms took half the pier away.”",
			speak{"The harbour wall has been crumbling for a decade.", ""},
			speak{"Then the winter storms took half the pier away.", ""}, false},
		{"introduced by someone else",
			"“We asked the council for help in every single year,” Ann Lee said. Bo Berg replied:\n\n“Then the winter storms took half the pier away.”",
			speak{"We asked the council for help in every single year,", "Ann Lee"},
			speak{"Then the winter storms took half the pier away.", ""}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// as the Markdown loader masks it: blockquote markers blanked
			d := &document.Document{ID: "d", Text: tt.text, Masked: strings.ReplaceAll(tt.text, ">", " ")}
			qs := placeSpoken(t, d, tt.a, tt.b)
			cs := Trace(qs)
			assert.Equal(t, tt.same, clusterOf(cs, qs[0]) == clusterOf(cs, qs[1]))
		})
	}
}

// TestTraceRenderingsAttachToTheContinuedPassage: another outlet quoting only the
// last paragraph of a three-paragraph quotation, and one quoting only the first,
// join the one passage.
func TestTraceRenderingsAttachToTheContinuedPassage(t *testing.T) {
	long := &document.Document{ID: "long", Text: "“The ferry to the island has been cancelled four times this month,” the skipper said. He went on:\n\n" +
		"“We have written to the harbour office in March, in May and again in June.\n\n" +
		"“Every letter came back with the same answer: the engines are fine. The engines are not fine.”"}
	qs := placeSpoken(t, long,
		speak{"The ferry to the island has been cancelled four times this month,", "Nils Aune"},
		speak{"We have written to the harbour office in March, in May and again in June.", ""},
		speak{"Every letter came back with the same answer: the engines are fine. The engines are not fine.", ""})
	last := doc("last", "L", "", 0, "Nils Aune", "Every letter came back with the same answer: the engines are fine. The engines are not fine.")
	first := doc("first", "F", "", 0, "Nils Aune", "The ferry to the island has been cancelled four times this month.")
	cs := Trace(append(append(qs, last...), first...))
	for _, q := range append(qs[1:], last[0], first[0]) {
		assert.Equal(t, clusterOf(cs, qs[0]), clusterOf(cs, q), q.Text)
	}
}

// FuzzContinues: any text and any spans, in range or not, never panic.
func FuzzContinues(f *testing.F) {
	f.Add("“A b c.\n\n“D e f.”", 3, 9, 15, 24, "X", "")
	f.Add("“A b,” he said. He went on:\n\n“C d.”", 3, 7, 36, 41, "Ann Lee", "")
	f.Add("“”“", 3, 3, 3, 3, "", "")
	f.Fuzz(func(t *testing.T, text string, as, ae, bs, be int, sa, sb string) {
		d := &document.Document{ID: "d", Text: text}
		a := &quotes.Quote{Doc: d, Kind: quotes.KindDirect, Speaker: sa, Span: quotes.Span{Start: as, End: ae}}
		b := &quotes.Quote{Doc: d, Kind: quotes.KindDirect, Speaker: sb, Span: quotes.Span{Start: bs, End: be}}
		continues(a, b)
	})
}

// TestContinuedNeedsTheNextParagraph: a quotation reopened after an unclosed stage
// direction continues that direction's paragraph, not an earlier quotation of the same
// speaker.
func TestContinuedNeedsTheNextParagraph(t *testing.T) {
	text := "\"ROSS: Let us start with the budget, which the council passed on Monday night.\n\n" +
		"\"(APPLAUSE.)\n\n\"ROSS: If I may, sir, we have limited time tonight.\n"
	d := &document.Document{ID: "d", Text: text}
	qs := placeSpoken(t, d,
		speak{"ROSS: Let us start with the budget, which the council passed on Monday night.", "Ross"},
		speak{"ROSS: If I may, sir, we have limited time tonight.", "Ross"})
	require.True(t, qs[1].Reopened, "the scanner marks the last paragraph reopened")
	cs := Trace(qs)
	assert.NotEqual(t, clusterOf(cs, qs[0]), clusterOf(cs, qs[1]))
}
