package check

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// bruteCorpus is an obviously correct Corpus: it compares the text with every quote.
type bruteCorpus []*quotes.Quote

func (b bruteCorpus) Lookup(text string, limit int) []match.Hit {
	var hits []match.Hit
	for _, q := range b {
		c := match.Compare(q.Text, text)
		if c.Relation == match.RelUnrelated {
			continue
		}
		hits = append(hits, match.Hit{Quote: q, Similarity: c.Similarity, Relation: c.Relation, Drift: c.Drift})
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// src is a corpus quote for the tests.
type src struct {
	outlet, date, speaker, cited, text string
}

// docWith builds a document holding one quote and returns the quote.
func docWith(id, outlet, date string, kind quotes.Kind, speaker, cited, text string) *quotes.Quote {
	body := "Someone said: “" + text + "”\n"
	d := &document.Document{ID: id, Path: id, Format: document.FormatMarkdown, Text: body, Masked: body,
		Meta: document.Meta{Outlet: outlet}}
	if date != "" {
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			panic(err)
		}
		d.Meta.Published = document.Date{Time: t, Precision: document.PrecisionDay, Raw: date}
	}
	start := strings.Index(body, text)
	return &quotes.Quote{ID: id, Doc: d, Span: quotes.Span{Start: start, End: start + len(text)},
		Text: text, Kind: kind, Speaker: speaker, CitedSource: cited}
}

func corpusOf(srcs ...src) bruteCorpus {
	var c bruteCorpus
	for i, s := range srcs {
		c = append(c, docWith("corpus/"+string(rune('a'+i))+".txt", s.outlet, s.date, quotes.KindDirect, s.speaker, s.cited, s.text))
	}
	return c
}

var ushakov = corpusOf(
	src{"Daily A", "2025-11-26", "Yuri Ushakov", "Bloomberg", "They might not take it and say that it was agreed with us. That is what I am afraid of."},
	src{"Weekly B", "2025-11-27", "Yuri Ushakov", "Bloomberg", "they might not take it, but they will say it was agreed upon with us"},
	src{"Blog C", "2025-11-27", "Yuri Ushakov", "", "We put a 20-point plan together that was 20 points for peace."},
	src{"Daily A", "2025-11-26", "Donald Trump", "", "He has got to sell this to Ukraine. That is what a dealmaker does."},
	src{"Daily A", "2025-11-26", "Donald Trump", "", "He’s got to sell the peace plan to Ukraine and to Europe before winter."},
	src{"Weekly B", "2025-11-27", "Yuri Ushakov", "", "They might twist it later, that’s all."},
)

func TestJudge(t *testing.T) {
	tests := []struct {
		name     string
		speaker  string
		cited    string
		kind     quotes.Kind
		text     string
		opt      Options
		rules    []Rule
		contains string // in the first finding's message
	}{
		{"verbatim is silent", "Yuri Ushakov", "", quotes.KindDirect,
			"They might not take it and say that it was agreed with us.", Options{}, nil, ""},
		{"verbatim fragment is silent", "Yuri Ushakov", "", quotes.KindPartial,
			"agreed with us", Options{}, nil, ""},
		{"verbose names the source", "Yuri Ushakov", "", quotes.KindDirect,
			"They might not take it and say that it was agreed with us.", Options{Verbose: true}, []Rule{RuleVerified}, "Daily A"},
		{"unknown speaker is not misattributed", "", "", quotes.KindDirect,
			"They might not take it and say that it was agreed with us.", Options{}, nil, ""},
		{"misattributed", "Steve Witkoff", "", quotes.KindDirect,
			"He has got to sell this to Ukraine. That is what a dealmaker does.", Options{}, []Rule{RuleMisattributed}, "Donald Trump"},
		{"modality", "Yuri Ushakov", "", quotes.KindDirect,
			"They will not take it and say that it was agreed with us.", Options{}, []Rule{RuleAltered}, "“might” → “will” (modality)"},
		{"negation", "Yuri Ushakov", "", quotes.KindDirect,
			"They might take it and say that it was agreed with us.", Options{}, []Rule{RuleAltered}, "negation"},
		{"number", "Yuri Ushakov", "", quotes.KindDirect,
			"We put a 28-point plan together that was 20 points for peace.", Options{}, []Rule{RuleAltered}, "number"},
		{"modal phrase read in context", "Donald Trump", "", quotes.KindDirect,
			"He’s going to sell the peace plan to Ukraine and to Brussels before winter.", Options{}, []Rule{RuleAltered}, "“got” → “going” (modality)"},
		{"short paraphrase is drift, not unverified", "Yuri Ushakov", "", quotes.KindDirect,
			"They might change it later, that’s all.", Options{}, []Rule{RuleDrift}, "“twist” → “change”"},
		{"short paraphrase with a modal change is altered", "Yuri Ushakov", "", quotes.KindDirect,
			"They will change it later, that’s all.", Options{}, []Rule{RuleAltered}, "modality"},
		{"drift", "Yuri Ushakov", "", quotes.KindDirect,
			"They might not take it and claim that it was agreed with us.", Options{}, []Rule{RuleDrift}, "closest is Daily A"},
		{"unverified", "Yuri Ushakov", "", quotes.KindDirect,
			"The moon is made of green cheese and everyone knows it.", Options{}, []Rule{RuleUnverified}, "not found"},
		{"term skipped", "", "", quotes.KindTerm, "green cheese", Options{}, nil, ""},
		{"term checked with --terms", "", "", quotes.KindTerm, "green cheese", Options{Terms: true}, []Rule{RuleUnverified}, ""},
		{"disabled rule", "Yuri Ushakov", "", quotes.KindDirect,
			"The moon is made of green cheese and everyone knows it.", Options{Disable: []Rule{RuleUnverified}}, nil, ""},
		{"credit to the origin passes", "Yuri Ushakov", "Bloomberg News", quotes.KindDirect,
			"They might not take it and say that it was agreed with us.", Options{}, nil, ""},
		{"credit to another outlet", "Yuri Ushakov", "Reuters", quotes.KindDirect,
			"They might not take it and say that it was agreed with us.", Options{}, []Rule{RuleCredit}, "credits Reuters, but the sources credit Bloomberg"},
		{"credit with no origin, not carried", "Donald Trump", "Reuters", quotes.KindDirect,
			"He has got to sell this to Ukraine.", Options{}, []Rule{RuleCredit}, "no Reuters document"},
		{"credit with no origin, first publisher", "Donald Trump", "Daily A", quotes.KindDirect,
			"He has got to sell this to Ukraine.", Options{}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := docWith("draft.md", "", "", tt.kind, tt.speaker, tt.cited, tt.text)
			fs := NewChecker(ushakov, tt.opt).Check([]*quotes.Quote{q})
			var got []Rule
			for _, f := range fs {
				got = append(got, f.Rule)
				assert.Equal(t, q.Span, f.Span)
				assert.Equal(t, ruleSet[f.Rule].Severity, f.Severity)
			}
			require.Equal(t, tt.rules, got, "findings: %+v", fs)
			if tt.contains != "" {
				assert.Contains(t, fs[0].Message, tt.contains)
			}
		})
	}
}

func TestFailOn(t *testing.T) {
	warn := []Finding{{Severity: SeverityWarning}}
	errs := []Finding{{Severity: SeverityError}}
	info := []Finding{{Severity: SeverityInfo}}
	assert.False(t, FailOnError.Fails(warn))
	assert.True(t, FailOnError.Fails(errs))
	assert.True(t, FailOnWarning.Fails(warn))
	assert.False(t, FailOnWarning.Fails(info))
	assert.False(t, FailOnNever.Fails(errs))
	_, ok := ParseFailOn("sometimes")
	assert.False(t, ok)
}

func TestSameOutlet(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Bloomberg", "Bloomberg News", true},
		{"The Insider", "insider", true},
		{"Reuters", "Bloomberg", false},
		{"AP", "APA", false},
		{"", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameOutlet(tt.a, tt.b), "%q %q", tt.a, tt.b)
	}
}
