package match

import (
	"strings"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// doc makes a document whose text is the given quotes, each in “marks” on its own
// paragraph, and returns the quotes with their spans.
func doc(id, outlet, published string, prec document.Precision, spk string, texts ...string) []*quotes.Quote {
	d := &document.Document{ID: id, Meta: document.Meta{Outlet: outlet}}
	if published != "" {
		layout := "2006-01-02"
		if prec == document.PrecisionSecond {
			layout = time.RFC3339
		}
		tm, err := time.Parse(layout, published)
		if err != nil {
			panic(err)
		}
		d.Meta.Published = document.Date{Time: tm, Precision: prec, Raw: published}
	}
	var b strings.Builder
	var qs []*quotes.Quote
	for _, t := range texts {
		b.WriteString("Someone said “")
		start := b.Len()
		b.WriteString(t)
		qs = append(qs, &quotes.Quote{Doc: d, Text: t, Kind: quotes.KindDirect, Speaker: spk,
			Span: quotes.Span{Start: start, End: start + len(t)}})
		b.WriteString("”.\n\n")
	}
	d.Text = b.String()
	d.Masked = d.Text
	return qs
}

func clusterOf(cs []Cluster, q *quotes.Quote) string {
	for _, c := range cs {
		for _, m := range c.Members {
			if m.Quote == q {
				return c.ID
			}
		}
	}
	return ""
}

func TestTraceDoesNotChainThroughASharedPhrase(t *testing.T) {
	a := doc("a", "A", "", 0, "Steve Witkoff",
		"You know, Steve and Yuri discussed a very similar 20-point plan to peace and that could be something that we think might move the needle a little bit, we’re open to those sorts of things — to explore what it’s going to take to get a peace deal done.")
	b := doc("b", "B", "", 0, "Steve Witkoff",
		"I know what it’s going to take to get a peace deal done: Donetsk and maybe a land swap somewhere.")
	c := doc("c", "C", "", 0, "Steve Witkoff", "to explore what it’s going to take to get a peace deal done", "maybe a land swap somewhere")
	qs := append(append(a, b...), c...)
	cs := Trace(qs)
	assert.NotEqual(t, clusterOf(cs, a[0]), clusterOf(cs, b[0]), "different passages sharing a phrase")
	assert.Equal(t, clusterOf(cs, a[0]), clusterOf(cs, c[0]))
	assert.Equal(t, clusterOf(cs, b[0]), clusterOf(cs, c[1]))
}

func TestTraceEveryWordsQuoteOnce(t *testing.T) {
	qs := doc("a", "A", "2025-11-26", document.PrecisionDay, "X", "Fake.", "we will see", "Fake.")
	term := &quotes.Quote{Doc: qs[0].Doc, Text: "peace plan", Kind: quotes.KindTerm}
	qs = append(qs, term, nil)
	cs := Trace(qs)
	seen := map[*quotes.Quote]int{}
	for i, c := range cs {
		assert.Equal(t, "c"+string(rune('1'+i)), c.ID)
		for _, m := range c.Members {
			seen[m.Quote]++
		}
	}
	assert.Equal(t, 1, seen[qs[0]])
	assert.Equal(t, 1, seen[qs[1]])
	assert.Equal(t, 1, seen[qs[2]])
	assert.Zero(t, seen[term], "terms are not clustered")
	require.Len(t, cs, 2)
	assert.Len(t, cs[0].Members, 2, "largest cluster first")
	assert.Equal(t, RelVerbatim, cs[0].Members[1].Relation)
	assert.Empty(t, Trace(nil))
}

func TestTraceProvenance(t *testing.T) {
	full := "I don’t think they’ll take exactly our version, but at least it’ll be as close to it as possible."
	blog := doc("blog", "Blog", "2025-11-27T09:00:00+02:00", document.PrecisionSecond, "Kirill Dmitriev", "as close as possible")
	late := doc("late", "Late", "2025-11-27", document.PrecisionDay, "Kirill Dmitriev", full)
	early1 := doc("e1", "E1", "2025-11-26", document.PrecisionDay, "Kirill Dmitriev", full)
	early2 := doc("e2", "E2", "2025-11-26T18:00:00Z", document.PrecisionSecond, "Yuri Ushakov", full)
	nodate := doc("n", "N", "", 0, "", full)
	for _, q := range []*quotes.Quote{late[0], early1[0], blog[0]} {
		q.CitedSource = "Bloomberg"
	}
	early2[0].CitedSource = "AP"
	qs := append(append(append(append(blog, late...), early1...), early2...), nodate...)
	cs := Trace(qs)
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Same(t, early1[0], c.Reference, "earliest of the complete renderings")
	assert.Same(t, early1[0], c.First)
	assert.Equal(t, []*quotes.Quote{early2[0]}, c.FirstTied, "same day counts as a tie when one date is a day")
	assert.Equal(t, "Bloomberg", c.Origin)
	assert.Equal(t, []string{"Kirill Dmitriev", "Yuri Ushakov"}, c.Speakers)
	for _, m := range c.Members {
		switch m.Quote {
		case early1[0]:
			assert.Equal(t, RelReference, m.Relation)
		case blog[0]:
			assert.Equal(t, RelFragment, m.Relation)
		case late[0], nodate[0], early2[0]:
			assert.Equal(t, RelVerbatim, m.Relation)
			if m.Quote == early2[0] {
				assert.Contains(t, m.Drift.Flags, FlagSpeaker)
			} else {
				assert.NotContains(t, m.Drift.Flags, FlagSpeaker, "unknown speaker is no speaker change")
			}
		}
	}
}

func TestTraceFirstNilWithoutDates(t *testing.T) {
	cs := Trace(doc("a", "A", "", 0, "", "Fake."))
	require.Len(t, cs, 1)
	assert.Nil(t, cs[0].First)
	assert.Empty(t, cs[0].FirstTied)
	assert.Equal(t, "", cs[0].Origin)
}

func TestTraceJoinsSplitQuote(t *testing.T) {
	d := &document.Document{ID: "d", Text: "He hoped for “our position”, acknowledging they won’t take it “exactly,” but “as close to it as possible.”\n\nThen “exactly,” she said."}
	mk := func(s, spk string, occurrence int) *quotes.Quote {
		i := nthIndex(d.Text, s, occurrence)
		return &quotes.Quote{Doc: d, Text: s, Kind: quotes.KindPartial, Speaker: spk, Span: quotes.Span{Start: i, End: i + len(s)}}
	}
	qs := []*quotes.Quote{mk("our position", "Kirill Dmitriev", 1), mk("exactly,", "Kirill Dmitriev", 1),
		mk("as close to it as possible.", "Kirill Dmitriev", 1), mk("exactly,", "Yuri Ushakov", 2)}
	cs := Trace(qs)
	assert.Equal(t, clusterOf(cs, qs[0]), clusterOf(cs, qs[1]))
	assert.Equal(t, clusterOf(cs, qs[0]), clusterOf(cs, qs[2]))
	assert.NotEqual(t, clusterOf(cs, qs[0]), clusterOf(cs, qs[3]), "another paragraph, another speaker")
}

// TestTraceSeparatesStatements: partial quotes glued by a verb that reports a
// statement of its own are different utterances; pieces of a direct quote around
// "he said" are one.
func TestTraceSeparatesStatements(t *testing.T) {
	tests := []struct {
		name, text string
		a, b       string
		kind       quotes.Kind
		same       bool
	}{
		{"and says", "He calls the leak a “hybrid war” and says it’s “unacceptable” today.", "hybrid war", "unacceptable", quotes.KindPartial, false},
		{"ruling out", "He says it’s “unacceptable” – while also ruling out any “significant concessions”.", "unacceptable", "significant concessions", quotes.KindPartial, false},
		{"confirmed", "He respects him “deeply”, confirmed, “between us”, that peace is near.", "deeply", "between us", quotes.KindPartial, false},
		{"plain and", "He said Witkoff “cannot be trusted” and “should be fired.”", "cannot be trusted", "should be fired.", quotes.KindPartial, true},
		{"continuing verb", "It was “maybe a land swap somewhere,” but he urged a “more hopeful” tone.", "maybe a land swap somewhere,", "more hopeful", quotes.KindPartial, true},
		{"list with articles", "He called the senator a “rotten egg,” an “old fraud” today.", "rotten egg,", "old fraud", quotes.KindPartial, false},
		{"list by comma", "He called the senator a “rotten egg,” “shifty” and “weird.”", "rotten egg,", "shifty", quotes.KindPartial, false},
		{"alternatives", "The checker rated it “misleading” or “plain wrong” in most cases.", "misleading", "plain wrong", quotes.KindPartial, false},
		{"two noun phrases", "She wrote that he was “rude” and “a fraud” all along.", "rude", "a fraud", quotes.KindPartial, false},
		{"calling her", "He mocked her “low stamina,” later calling her “weak” again.", "low stamina,", "weak", quotes.KindPartial, false},
		{"and concluded", "The desk found a “careless reading of the figures,” and concluded his remark was “Half Right.”", "careless reading of the figures,", "Half Right.", quotes.KindPartial, false},
		{"rated", "The checker called it a “stretch” yet rated the rest “Largely Accurate.”", "stretch", "Largely Accurate.", quotes.KindPartial, false},
		{"two verbs by and", "It was an attempt “to meddle” and “obstruct” the talks.", "to meddle", "obstruct", quotes.KindPartial, true},
		{"and then asserting", "He took it as praise — “That shows I am clever” — and, asked the next day, asserting, “Of course, I pay my bills.”", "That shows I am clever", "Of course, I pay my bills.", quotes.KindDirect, false},
		{"direct quote split by said", "“I don’t know why he continues,” Trump said. “He just doesn’t want to end it.”", "I don’t know why he continues,", "He just doesn’t want to end it.", quotes.KindDirect, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &document.Document{ID: "d", Text: tt.text}
			mk := func(s string) *quotes.Quote {
				i := strings.Index(d.Text, s)
				require.GreaterOrEqual(t, i, 0, s)
				return &quotes.Quote{Doc: d, Text: s, Kind: tt.kind, Speaker: "X", Span: quotes.Span{Start: i, End: i + len(s)}}
			}
			qa, qb := mk(tt.a), mk(tt.b)
			cs := Trace([]*quotes.Quote{qa, qb})
			assert.Equal(t, tt.same, clusterOf(cs, qa) == clusterOf(cs, qb))
		})
	}
}

// TestTracePiecesAreFragmentsOfThePassage: a piece glued to the reference is a
// fragment with similarity 1 and no edits; a piece elsewhere that shares some words
// with the passage has its Containment in it as similarity.
func TestTracePiecesAreFragmentsOfThePassage(t *testing.T) {
	mk := func(id, text string, pieces ...string) []*quotes.Quote {
		d := &document.Document{ID: id, Text: text} // a, the reference's, is published first
		day, _ := time.Parse("2006-01-02", map[string]string{"a": "2025-11-25", "b": "2025-11-26"}[id])
		d.Meta.Published = document.Date{Time: day, Precision: document.PrecisionDay}
		var qs []*quotes.Quote
		for _, s := range pieces {
			i := strings.Index(text, s)
			require.GreaterOrEqual(t, i, 0, s)
			qs = append(qs, &quotes.Quote{Doc: d, Text: s, Kind: quotes.KindDirect, Speaker: "Steve Witkoff", Span: quotes.Span{Start: i, End: i + len(s)}})
		}
		return qs
	}
	a := mk("a", "“What I think would be terrific,” Witkoff added, “is that maybe he’d say to President Trump, you know, Steve and Yuri discussed a very similar peace plan.”",
		"What I think would be terrific,", "is that maybe he’d say to President Trump, you know, Steve and Yuri discussed a very similar peace plan.")
	b := mk("b", "“Here’s what I think would be amazing,” Witkoff said. “Maybe he says to President Trump: you know, Steve and Yuri discussed a very similar peace plan.”",
		"Here’s what I think would be amazing,", "Maybe he says to President Trump: you know, Steve and Yuri discussed a very similar peace plan.")
	cs := Trace(append(a, b...))
	require.Len(t, cs, 1)
	got := map[string]Member{}
	for _, m := range cs[0].Members {
		got[m.Quote.Text] = m
	}
	tests := []struct {
		text string
		rel  Relation
		sim  float64
	}{
		{"What I think would be terrific,", RelFragment, 1},
		{"Here’s what I think would be amazing,", RelFragment, 0.42},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			m, ok := got[tt.text]
			require.True(t, ok)
			assert.Equal(t, tt.rel, m.Relation)
			assert.InDelta(t, tt.sim, m.Similarity, 0.005)
			assert.Empty(t, m.Drift.Edits)
		})
	}
}

func TestIndexLookup(t *testing.T) {
	qs := append(doc("a", "A", "", 0, "Donald Trump", "He’s got to sell this to Ukraine. He’s got to sell Ukraine to Russia. That’s what a dealmaker does."),
		doc("b", "B", "", 0, "Steve Witkoff", "We put a 20-point Trump plan together", "man of peace")...)
	ix := NewIndex(qs)
	assert.Equal(t, 3, ix.Len())
	hits := ix.Lookup("He’s going to sell Ukraine to Russia.", 5)
	require.Len(t, hits, 1)
	assert.Same(t, qs[0], hits[0].Quote)
	assert.Equal(t, RelFragment, hits[0].Relation)
	assert.Contains(t, hits[0].Drift.Flags, FlagModality)
	assert.Empty(t, ix.Lookup("nothing like it at all", 5))
	assert.Empty(t, ix.Lookup("", 5))
	var empty *Index
	assert.Empty(t, empty.Lookup("man of peace", 1))
}

// TestIndexFindsEveryGoldQuote looks every seed gold quote up in an index of all of
// them: it must come back first (verbatim), and its gold variants that Trace joins
// by text should be among the hits.
func TestIndexFindsEveryGoldQuote(t *testing.T) {
	qs, _ := loadGold(t)
	ix := NewIndex(qs)
	for _, q := range qs {
		if !q.Kind.IsWords() {
			continue
		}
		hits := ix.Lookup(q.Text, 5)
		require.NotEmpty(t, hits, q.Text)
		assert.Equal(t, q.Text, hits[0].Quote.Text)
		assert.Contains(t, []Relation{RelVerbatim, RelNormalized}, hits[0].Relation)
		assert.Empty(t, hits[0].Drift.Edits)
	}
	hits := ix.Lookup("He’s going to sell Ukraine to Russia.", 3)
	require.NotEmpty(t, hits)
	assert.Equal(t, "Donald Trump", hits[0].Quote.Speaker)
}

// TestTraceLooseVariantNeedsOneSpeaker: a short quote whose words lie scattered, in
// order, through another speaker's long sentence (a loose variant) does not join it;
// the same words from the same speaker do.
func TestTraceLooseVariantNeedsOneSpeaker(t *testing.T) {
	long := "propose a bill next session to repair our broken fee system and shut loopholes that let him dodge paying state license fees for two decades."
	short := "Naturally, I pay state license fees."
	rel, _, s := relate(prepare(long, nil), prepare(short, nil))
	require.Equal(t, RelVariant, rel, "the pair must be a loose variant for this test to mean anything")
	require.Less(t, s.containment, FragmentContainment)
	require.Less(t, s.overlap, VariantOverlap)
	for _, tt := range []struct {
		speaker string
		same    bool
	}{{"Ann Other", false}, {"Sam Senator", true}, {"", true}} {
		a := doc("a", "A", "", 0, "Sam Senator", long)
		b := doc("b", "B", "", 0, tt.speaker, short)
		cs := Trace(append(a, b...))
		assert.Equal(t, tt.same, clusterOf(cs, a[0]) == clusterOf(cs, b[0]), tt.speaker)
	}
}

// TestTraceSplitsAList: every item of a series of epithets is its own utterance,
// the last one after "and" included; pieces of one sentence woven around verbs stay
// one.
func TestTraceSplitsAList(t *testing.T) {
	d := &document.Document{ID: "d", Text: "He called the senator a “rotten egg,” an “old fraud,” “shifty” and “weird.” " +
		"She hoped for “our plan”, granting they won’t take it “exactly,” but “as near to it as they can.”"}
	var qs []*quotes.Quote
	for _, s := range []string{"rotten egg,", "old fraud,", "shifty", "weird.", "our plan", "exactly,", "as near to it as they can."} {
		i := strings.Index(d.Text, s)
		require.GreaterOrEqual(t, i, 0, s)
		qs = append(qs, &quotes.Quote{Doc: d, Text: s, Kind: quotes.KindPartial, Speaker: "X", Span: quotes.Span{Start: i, End: i + len(s)}})
	}
	cs := Trace(qs)
	for i := 0; i < 4; i++ {
		for j := i + 1; j < 4; j++ {
			assert.NotEqual(t, clusterOf(cs, qs[i]), clusterOf(cs, qs[j]), "%s / %s", qs[i].Text, qs[j].Text)
		}
	}
	assert.Equal(t, clusterOf(cs, qs[4]), clusterOf(cs, qs[5]))
	assert.Equal(t, clusterOf(cs, qs[4]), clusterOf(cs, qs[6]))
}

// TestTracePieceInAnAside: a piece joined through its neighbour whose words lie in
// the reference's own parenthesis (a tweet's) is carried by the passage: similarity
// 1, not 0.
func TestTracePieceInAnAside(t *testing.T) {
	d := &document.Document{ID: "d", Text: "He wrote: “Did she help awful (see bad tape and past) Jo become a citizen so she could use her?”\n\n" +
		"He called her “awful” and her “bad tape.”"}
	var qs []*quotes.Quote
	for _, s := range []string{"Did she help awful (see bad tape and past) Jo become a citizen so she could use her?", "awful", "bad tape."} {
		i := strings.Index(d.Text, s)
		if s == "awful" {
			i = strings.LastIndex(d.Text, s)
		}
		kind := quotes.KindPartial
		if len(s) > 20 {
			kind = quotes.KindDirect
		}
		qs = append(qs, &quotes.Quote{Doc: d, Text: s, Kind: kind, Speaker: "X", Span: quotes.Span{Start: i, End: i + len(s)}})
	}
	cs := Trace(qs)
	require.Len(t, cs, 1)
	for _, m := range cs[0].Members {
		if m.Quote == qs[2] {
			assert.Equal(t, 1.0, m.Similarity)
		}
	}
}

// placeQuotes makes partial or direct quotes of one speaker at the given texts of d
// (first occurrence each; direct when longer than 20 bytes).
func placeQuotes(t *testing.T, d *document.Document, spk string, texts ...string) []*quotes.Quote {
	t.Helper()
	var qs []*quotes.Quote
	for _, s := range texts {
		i := strings.Index(d.Text, s)
		require.GreaterOrEqual(t, i, 0, s)
		kind := quotes.KindPartial
		if len(s) > 20 {
			kind = quotes.KindDirect
		}
		qs = append(qs, &quotes.Quote{Doc: d, Text: s, Kind: kind, Speaker: spk, Span: quotes.Span{Start: i, End: i + len(s)}})
	}
	return qs
}

// TestTraceShortPiecesStayWithTheirNeighbours: two split quotations of one speaker,
// far apart, each opening with a one-word piece that shares a stem with the other's
// ("My hope," / "Hopefully,"), are two passages: the pieces are placed by their
// neighbours, not chained by the common word.
func TestTraceShortPiecesStayWithTheirNeighbours(t *testing.T) {
	d := &document.Document{ID: "d", Text: "At the harbour she stopped.\n\n“My hope,” she said, “is that the old lighthouse will be painted before the storms come back.”\n\n" +
		strings.Repeat("The committee met again on Tuesday to discuss the budget. ", 5) +
		"\n\n“Hopefully,” the mayor said, “the new school library opens its doors to every child next spring.”"}
	qs := placeQuotes(t, d, "Ann Lee", "My hope,", "is that the old lighthouse will be painted before the storms come back.",
		"Hopefully,", "the new school library opens its doors to every child next spring.")
	cs := Trace(qs)
	assert.Equal(t, clusterOf(cs, qs[0]), clusterOf(cs, qs[1]))
	assert.Equal(t, clusterOf(cs, qs[2]), clusterOf(cs, qs[3]))
	assert.NotEqual(t, clusterOf(cs, qs[0]), clusterOf(cs, qs[2]))
}
