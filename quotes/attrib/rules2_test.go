package attrib

import (
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
	"github.com/stretchr/testify/assert"
)

// Round-two rules: glued words, "reported on DATE that", organisations qualifying a
// person, descriptors, headlines and titles. One case per rule, with negatives.

func TestRoundTwoSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"camel-glued name", "Steve Witkoff met Kirill Dmitriev.\nAfter pressure from European alliesWitkoff suggested that the culprit had been “K”, he said.", "K", "Steve Witkoff"},
		{"reported on DATE that outranks wrote", "The Wall Street Journal reported on November 24 that Witkoff and Kushner wrote the draft “while returning from a trip,” it said.", "while returning", "Wall Street Journal"},
		{"organisation qualifying a person", "White House communications director Steven Cheung spins the leak as proof that Witkoff is talking “nearly every day” to both sides.", "nearly every", "Steven Cheung"},
		{"organisation alone stays the subject", "The White House spins the leak as proof that talks go on “nearly every day” with both sides.", "nearly every", "White House"},
		{"document after a lone The", "The 28-point plan reflects this proposal as follows: “The remainder of the funds will be channeled elsewhere.”", "The remainder", "the 28-point plan"},
		{"organisation noun speaks", "The commission says on its website that “there were issues regarding the audio in the hall.”", "there were", "the commission"},
		{"indefinite document", "The requirement is a “lawful source of investment income,” as a Homeland Security memo put it, a memo that explains the rules.", "lawful source", "a Homeland Security memo"},
		{"unnamed person descriptor", "On her discharge papers, a doctor had typed “homicidal ideation” in the box.", "homicidal", "a doctor"},
		{"described person with a speech verb", "“It’s 3 a.m., and your children are safe and asleep,” the announcer says.", "It’s 3", "the announcer"},
		{"possessive descriptor", "“If he thinks that makes him smart, what does he think of you?” the ad’s narrator asks.", "If he", "the ad’s narrator"},
		{"unresolved role is its own speaker", "“We need change in this country right now,” the Indiana businessman said.", "We need", "the Indiana businessman"},
		{"role resolves through an abbreviated title", "Vermont Sen. Bernie Sanders spoke on Tuesday.\nThe senator said he would “introduce legislation next session.”", "introduce", "Bernie Sanders"},
		{"anonymous source stays nameless", "“Oligarchs will profit from it,” explained a Russian source.", "Oligarchs", ""},
		{"named apposition beats an anonymous head", "Another critic, Laurence H. Tribe, said the rules were “burning the Constitution” in effect.", "burning", "Laurence H. Tribe"},
		{"per a document", "Proxies are prohibited when voting “to fill a vacancy on the ticket,” per the party’s bylaws.", "to fill", "the party’s bylaws"},
		{"a name inside a phrase is its own mention", "Aides described the Trump campaign plan. “We will win this state, believe me,” Trump said.", "We will", "Trump"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
			if q.Speaker != "" && q.Speaker[0] >= 'a' && q.Speaker[0] <= 'z' {
				assert.LessOrEqual(t, q.Attribution.Confidence, confSpeechName, "descriptors are reported below names")
			}
		})
	}
}

func TestDescriptorConfidence(t *testing.T) {
	q := find(t, attributeText(t, "“It’s 3 a.m., and your children are asleep,” the announcer says."), "It’s 3")
	assert.Equal(t, "the announcer", q.Speaker)
	assert.Equal(t, confDescriptor, q.Attribution.Confidence)
}

func TestTermRules(t *testing.T) {
	cases := []struct {
		name, text, quote string
		kind              quotes.Kind
	}{
		{"work noun before title", "The director makes this clear in her new documentary “13th.” It opens Friday.", "13th", quotes.KindTerm},
		{"possessive outlet show", "Sanders told MSNBC’s “Morning Joe” that nobody would question her.", "Morning Joe", quotes.KindTerm},
		{"sentence-initial On", "On “Face the Nation,” Sen. Bernie Sanders said the recent spate was awful.", "Face the", quotes.KindTerm},
		{"work noun and of", "On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said it.", "Fox News", quotes.KindTerm},
		{"title before work noun", "Listeners to his “Keepin’ It Real” radio program called in.", "Keepin", quotes.KindTerm},
		{"titled", "The 30-second spot, titled “Arrogant,” features a report.", "Arrogant", quotes.KindTerm},
		{"nickname", "Trump yoked him with the nickname “Lyin’ Ted.” Cruz ignored it.", "Lyin", quotes.KindTerm},
		{"work noun and comma", "Ouisa Davis’ commentary, “Melania, tell your immigrant story,” is thoughtful.", "Melania", quotes.KindTerm},
		{"nickname inside a name", "Rep. Robert C. “Bobby” Scott threw open his yard.", "Bobby", quotes.KindTerm},
		{"heading line", "He was skeptical.\n\n‘All Bets Are Off.’\n\nEight years ago, he ran.", "All Bets", quotes.KindTerm},
		{"quoted pronoun", "Why vote for Trump, unless simply because “she” is a woman?", "she", quotes.KindTerm},
		{"lower-case of is no cue", "Trump proclaimed a goal of “Peace Through Strength,” he said.", "Peace Through", quotes.KindPartial},
		{"chants are words", "McAuliffe was greeted with chants of “Bobby!” at the conference, organisers said.", "Bobby!", quotes.KindPartial},
		{"sentence-case words after a verb stay words", "Flynn said Trump was “absolutely right” about the generals.", "absolutely", quotes.KindPartial},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.kind, q.Kind)
		})
	}
}

func TestHeadline(t *testing.T) {
	body := "Flynn says Trump ‘absolutely right’ on generals.\n\nRetired Lt. Gen. Michael Flynn said Trump was “absolutely right” about it.\n"
	titled := &document.Document{ID: "h.txt", Text: body, Masked: body, Meta: document.Meta{Title: "Flynn says Trump 'absolutely right' on generals"}}
	qs := Attribute(titled, scan.Scan(titled.Text, titled.Masked))
	assert.Equal(t, quotes.KindTerm, qs[0].Kind, "a quotation in the metadata title's line is a headline term")
	assert.Equal(t, quotes.KindPartial, qs[1].Kind)
	assert.Equal(t, "Michael Flynn", qs[1].Speaker)

	untitled := &document.Document{ID: "u.txt", Text: body, Masked: body}
	qs = Attribute(untitled, scan.Scan(untitled.Text, untitled.Masked))
	assert.NotEqual(t, quotes.KindTerm, qs[0].Kind, "a sentence-case first line is not known as a headline without metadata")

	tc := "Obama Sees ‘Personal Insult’ if Blacks Don’t Rally.\n\nPresident Obama spoke. “It’s about me,” the president said.\n"
	d := &document.Document{ID: "t.txt", Text: tc, Masked: tc}
	qs = Attribute(d, scan.Scan(d.Text, d.Masked))
	assert.Equal(t, quotes.KindTerm, qs[0].Kind, "a title-cased first line is a headline")
	assert.Equal(t, "Obama", qs[1].Speaker, "headline words make no person ('Obama Sees')")
}

func TestGluedSplits(t *testing.T) {
	assert.Equal(t, 6, camelSplit("alliesWitkoff"))
	assert.Equal(t, 0, camelSplit("McGinley"), "capitalised words are never camel-split")
	assert.Equal(t, 0, camelSplit("iPhone"), "one letter before the capital is too short")
	assert.Equal(t, 0, camelSplit("ordinary"))
	toks := tokenize("Witkoff spoke. Then Witkoffand Holland left.", nil)
	var words []string
	for _, tk := range toks {
		if tk.kind == tokWord {
			words = append(words, tk.text)
		}
	}
	assert.Equal(t, []string{"Witkoff", "spoke", "Then", "Witkoff", "and", "Holland", "left"}, words, "Holland stays whole: 'Holl' is not written alone")
}
