package scan

import (
	"reflect"
	"strings"
	"testing"
)

// texts returns the text of each quote found in s (scanned unmasked).
func texts(s string) []string {
	var out []string
	for _, q := range Scan(s, s) {
		out = append(out, s[q.Start:q.End])
	}
	return out
}

func TestScanTexts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// marks
		{"curly double", `He said “we will win” today.`, []string{"we will win"}},
		{"straight double", `He said "we will win" today.`, []string{"we will win"}},
		{"curly single", `He said ‘we will win’ today.`, []string{"we will win"}},
		{"straight single", `He said 'we will win' today.`, []string{"we will win"}},
		{"guillemets", `Il a dit «nous gagnerons» hier.`, []string{"nous gagnerons"}},
		{"guillemets spaced", "Il a dit « nous gagnerons » hier.", []string{"nous gagnerons"}},
		{"german low", `Er sagte „wir gewinnen“ heute.`, []string{"wir gewinnen"}},
		{"german low with ”", `Er sagte „wir gewinnen” heute.`, []string{"wir gewinnen"}},
		{"german single", `Er sagte ‚wir gewinnen‘ heute.`, []string{"wir gewinnen"}},
		{"single guillemets", `Il a dit ‹oui› hier.`, []string{"oui"}},
		{"reversed guillemets", `Er sagte »wir gewinnen« heute.`, []string{"wir gewinnen"}},

		// apostrophes
		{"it’s", `“It’s fine,” she said.`, []string{"It’s fine,"}},
		{"possessive", `Zelensky’s plan is “bad” now.`, []string{"bad"}},
		{"90s", `In the ’90s he said ‘never’ again.`, []string{"never"}},
		{"rock n roll", `They played rock ’n’ roll all night.`, nil},
		{"plural possessive outside", `the Smiths’ album was ‘great’ then`, []string{"great"}},
		{"don't o'clock", `I don't know, it's five o'clock.`, nil},
		{"em", `Go get 'em, he said, 'all of them.'`, []string{"all of them."}},
		{"plural possessive inside", `She said ‘the voters’ worries are real’ today.`,
			[]string{"the voters’ worries are real"}},

		// mismatched and wrong-way pairs
		{"curly closed by straight", `He said “we will win" today.`, []string{"we will win"}},
		{"straight closed by curly", `He said "we will win” today.`, []string{"we will win"}},
		{"wrong-way closer before letter", `“it will be as similar as possible“he confesses.`,
			[]string{"it will be as similar as possible"}},
		{"wrong-way closer before comma", `“out of stalemate.“, is included.`,
			[]string{"out of stalemate."}},
		{"closer mark opening after dash", `Soviet “active measures”—”the planned manipulation.”`,
			[]string{"active measures", "the planned manipulation."}},

		// nesting and splits
		{"nested single", `“He said ‘no’ to me,” she said.`, []string{"He said ‘no’ to me,"}},
		{"nested straight", `"He said 'no' to me," she said.`, []string{"He said 'no' to me,"}},
		{"nested straight single closing curly", `“he’d say ‘you know, a deal.'”`,
			[]string{"he’d say ‘you know, a deal.'"}},
		{"split quote", `"We will win," Smith said, "and soon."`, []string{"We will win,", "and soon."}},
		{"empty dropped", `He said "" and “ ” then.`, nil},
		{"trim spaces", `He said “  we win  ” today.`, []string{"we win"}},

		// unclosed
		{"unclosed to paragraph end", "He said “we will win.\nNext paragraph “here”.",
			[]string{"we will win.", "here"}},
		{"truncated document", `He said “we will win, and`, []string{"we will win, and"}},
		{"stray straight mark stays in its paragraph", "a \"b c\n\nd \"e\" f", []string{"b c", "e"}},
		{"stray apostrophe opener retried", `the ‘ninety “days” rule`, []string{"days"}},
		{"stray straight excerpt mark around curly quotes",
			`"PENCE: this is an episode of “Shark Tank.” But`, []string{"Shark Tank."}},
		{"markup attribute", `<tweet id="7832">text</tweet>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Scan(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestScanFields(t *testing.T) {
	in := `He said “yes” and “no`
	got := Scan(in, in)
	want := []Quote{
		{Start: 11, End: 14, Open: 8, Close: 14, OpenMark: '“', CloseMark: '”'},
		{Start: 25, End: 27, Open: 22, Close: -1, OpenMark: '“'},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestScanLongUnclosedDropped(t *testing.T) {
	in := `He said "` + strings.Repeat("word ", maxUnclosed/5+10) + "end."
	if got := Scan(in, in); len(got) != 0 {
		t.Errorf("a %d-byte unclosed run was kept: %+v", len(in), got)
	}
}

func TestScanMultiParagraph(t *testing.T) {
	in := "“First paragraph of the quote.\n\n“Second paragraph, still open.\n\n“Third, closed.”\n\nAfter."
	got := Scan(in, in)
	if len(got) != 3 {
		t.Fatalf("got %d quotes, want 3: %+v", len(got), got)
	}
	wantClosed := []bool{false, false, true}
	wantReopened := []bool{false, true, true}
	for i, q := range got {
		if (q.Close >= 0) != wantClosed[i] || q.Reopened != wantReopened[i] {
			t.Errorf("quote %d %q: Close=%d Reopened=%v", i, in[q.Start:q.End], q.Close, q.Reopened)
		}
	}
	// a new paragraph that opens a quote after a CLOSED one is not a reopening
	in = "“Closed.”\n\n“New.”"
	if got := Scan(in, in); len(got) != 2 || got[1].Reopened {
		t.Errorf("reopened after a closed quote: %+v", got)
	}
}

func TestScanBlockquote(t *testing.T) {
	text := "Intro.\n> “Quoted in a block.”\n> A block line without marks.\n“Plain.”"
	masked := strings.ReplaceAll(text, ">", " ")
	got := Scan(text, masked)
	if len(got) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(got), got)
	}
	if !got[0].Blockquote || got[1].Blockquote {
		t.Errorf("Blockquote flags: %v %v, want true false", got[0].Blockquote, got[1].Blockquote)
	}
}

func TestScanMaskedEmphasis(t *testing.T) {
	text := `He said “we **will** win” today.`
	masked := strings.ReplaceAll(text, "**", "  ")
	got := Scan(text, masked)
	if len(got) != 1 || text[got[0].Start:got[0].End] != "we **will** win" {
		t.Errorf("got %+v", got)
	}
}

func TestScanTranscript(t *testing.T) {
	type turnWant struct{ name, text string }
	tests := []struct {
		name string
		in   string
		want []turnWant
	}{
		{"space before colon", "Dmitriev : No, look. I think “so”.\n",
			[]turnWant{{"Dmitriev", "No, look. I think “so”."}}},
		{"run of two labels", "SW: Right.\nYU: Yes, “fine”.\n",
			[]turnWant{{"SW", "Right."}, {"YU", "Yes, “fine”."}}},
		{"run across blank lines", "Witkoff: One.\n\nUshakov: Two.\n",
			[]turnWant{{"Witkoff", "One."}, {"Ushakov", "Two."}}},
		{"caps names repeated", "MR. TRUMP: One.\nText.\nMR. TRUMP: Two.\n",
			[]turnWant{{"MR. TRUMP", "One."}, {"MR. TRUMP", "Two."}}},
		{"lone title", "Ukraine: what next for Kyiv\n\nText.", nil},
		{"labels", "Note: this.\nPhoto: AP.\nUpdated: today.\nSource: NATO.\n", nil},
		{"time", "At 10:30 we met.\n10:30: meeting\n11:00: lunch\n", nil},
		{"heading", "## Context: the Trump plan\n## Reactions: many\n", nil},
		{"lowercase words", "Key points: one\nBottom line: two\n", nil},
		{"affiliation in parentheses", "Operator: Our first question, please.\nHanna Pruitt (Dunmore Bank): Thanks. How much?\nAnalyst (Harlow Securities): And the dividend?\n",
			[]turnWant{{"Operator", "Our first question, please."}, {"Hanna Pruitt", "Thanks. How much?"}, {"Analyst", "And the dividend?"}}},
		{"lone parenthesised label", "Kyiv (update): talks resume\n\nText.\n", nil},
		{"interview Q and A", "Intro.\n\nQ: How did it feel?\n\nA: Honestly? Great.\n",
			[]turnWant{{"Q", "How did it feel?"}, {"A", "Honestly? Great."}}},
		{"lone answer label", "A: the first option.\nB: the second.\n", nil},
		{"lone question label", "Q: what is this?\n\nText.\n", nil},
		{"long label is a sentence", "The President Of The Republic : one\nOther Thing : two\n",
			[]turnWant{{"Other Thing", "two"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			masked := strings.ReplaceAll(tt.in, "#", " ")
			var got []turnWant
			for _, q := range Scan(tt.in, masked) {
				if q.Transcript {
					got = append(got, turnWant{tt.in[q.NameStart:q.NameEnd], tt.in[q.Start:q.End]})
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestScanTranscriptNoNestedQuotes(t *testing.T) {
	in := "Dmitriev : He said “no” to me.\nUshakov : ‘Fine’.\n"
	got := Scan(in, in)
	if len(got) != 2 || !got[0].Transcript || !got[1].Transcript {
		t.Errorf("marks inside turns became quotes: %+v", got)
	}
}

func TestScanLengthMismatch(t *testing.T) {
	// masked of another length is a caller bug: masked is used alone, no panic
	got := Scan("short", `a “long” masked text`)
	if len(got) != 1 {
		t.Errorf("got %+v", got)
	}
}
