package attrib

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// attributeText runs the scanner and the sieve over a plain-text document.
func attributeText(t testing.TB, text string) []quotes.Quote {
	d := &document.Document{ID: "t.txt", Text: text, Masked: text, Format: document.FormatText}
	return Attribute(d, scan.Scan(d.Text, d.Masked))
}

// find returns the quote whose text starts with prefix.
func find(t *testing.T, qs []quotes.Quote, prefix string) quotes.Quote {
	t.Helper()
	for _, q := range qs {
		if strings.HasPrefix(q.Text, prefix) {
			return q
		}
	}
	require.Failf(t, "quote not found", "%q in %d quotes", prefix, len(qs))
	return quotes.Quote{}
}

func TestSieve(t *testing.T) {
	const intro = "US Special Envoy Steve Witkoff met Kirill Dmitriev, the head of Russia’s sovereign wealth fund, and President Donald Trump.\n"
	cases := []struct {
		name, text, quote, speaker, mention string
		method                              quotes.Method
	}{
		{"verb after, name first", intro + "“We put a plan together,” Witkoff said.", "We put", "Steve Witkoff", "Witkoff", quotes.MethodSpeechVerb},
		{"verb after, inverted", intro + "“We put a plan together,” said Witkoff.", "We put", "Steve Witkoff", "Witkoff", quotes.MethodSpeechVerb},
		{"verb before with colon", intro + "Witkoff said: “We put a plan together.”", "We put", "Steve Witkoff", "Witkoff", quotes.MethodSpeechVerb},
		{"verb before with comma", intro + "Witkoff said, “We put a plan together.”", "We put", "Steve Witkoff", "Witkoff", quotes.MethodSpeechVerb},
		{"says, adding", intro + "“I would call and reiterate that,” Witkoff says, adding that the time is right.", "I would", "Steve Witkoff", "Witkoff", quotes.MethodSpeechVerb},
		{"pronoun told reporters", intro + "Trump spoke in Florida. “He’s got to sell this to Ukraine,” he told reporters.", "He’s got", "Donald Trump", "he", quotes.MethodPronoun},
		{"role noun the president", intro + "“The plan has been fine-tuned with input,” the president said in a post on Truth Social.", "The plan", "Donald Trump", "the president", quotes.MethodPronoun},
		{"role from apposition", intro + "“It will be as close to it as possible,” the head of the fund said.", "It will", "Kirill Dmitriev", "the head", quotes.MethodPronoun},
		{"Spanish translation glued verb", intro + "Dmitriev spoke to Ushakov. “Let them present it as their own. At least it will be similar“he confesses.", "Let them", "Kirill Dmitriev", "he", quotes.MethodPronoun},
		{"split quote continuation", intro + "“Here’s what I think,” Witkoff said. “Maybe he says to President Trump that we are open.”", "Maybe he", "Steve Witkoff", "Witkoff", quotes.MethodContinuation},
		{"colon paragraph continuation", intro + "Dmitriev continued:\n“We will draft this paper from our position and pass it along.”", "We will", "Kirill Dmitriev", "Dmitriev", quotes.MethodContinuation},
		{"according to", intro + "“The deal is close to done,” according to Dmitriev.", "The deal", "Kirill Dmitriev", "Dmitriev", quotes.MethodAccordingTo},
		{"woven stance verb", intro + "Witkoff urged a “more hopeful” dialogue.", "more hopeful", "Steve Witkoff", "Witkoff", quotes.MethodSpeechVerb},
		{"woven called", intro + "Trump called it “standard negotiation” on Tuesday.", "standard", "Donald Trump", "Trump", quotes.MethodSpeechVerb},
		{"woven said about someone else", intro + "Senator Don Bacon said Witkoff “fully favors the Russians” in a post.", "fully favors", "Don Bacon", "Don Bacon", quotes.MethodSpeechVerb},
		{"anonymous source names nobody", intro + "“Oligarchs will still be able to profit from it,” explained a Russian source.", "Oligarchs", "", "", quotes.MethodNone},
		{"she skips men", intro + "Hillary Clinton spoke after Trump left. “This is dangerous for a president,” she said.", "This is", "Hillary Clinton", "she", quotes.MethodPronoun},
		{"no cue no guess", "It was a quiet day.\n“Nothing happened here at all today,” the sign read.", "Nothing", "", "", quotes.MethodNone},
		{"paragraph only person", intro + "\nDmitriev was in Miami for three days. “We talked about everything under the sun and more.”", "We talked", "Kirill Dmitriev", "Dmitriev", quotes.MethodParagraph},
		{"organisation speaker", "“The call was a fake and a provocation,” the Kremlin said.", "The call", "Kremlin", "Kremlin", quotes.MethodSpeechVerb},
		{"document speaker", "“The U.S. will receive 50% of the profits,” the 28-point plan states.", "The U.S.", "the 28-point plan", "the 28-point plan", quotes.MethodSpeechVerb},
		{"passive agent", intro + "It was described as a “wish list” by Secretary of State Marco Rubio.", "wish list", "Marco Rubio", "Marco Rubio", quotes.MethodSpeechVerb},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
			assert.Equal(t, c.mention, q.SpeakerMention)
			assert.Equal(t, c.method, q.Attribution.Method)
		})
	}
}

func TestTranscriptLabels(t *testing.T) {
	text := "Steve Witkoff called Yuri Ushakov and Kirill Dmitriev.\n\nDmitriev : No, look. We will draft it.\nSW: Here is what I think.\n"
	qs := attributeText(t, text)
	require.Len(t, qs, 2)
	assert.Equal(t, "Kirill Dmitriev", qs[0].Speaker)
	assert.Equal(t, quotes.KindTranscript, qs[0].Kind)
	assert.Equal(t, quotes.MethodTranscript, qs[0].Attribution.Method)
	assert.Equal(t, "Steve Witkoff", qs[1].Speaker, "initials resolve to the one person who has them")
}

func TestKinds(t *testing.T) {
	cases := []struct {
		name, text, quote string
		kind              quotes.Kind
	}{
		{"sentence with cue", "“We will make a deal soon, very soon,” Trump said.", "We will", quotes.KindDirect},
		{"one-word sentence after colon", "Dmitriev wrote a one word post: “Fake.”", "Fake.", quotes.KindDirect},
		{"fragment with cue", "Trump described it as a “very productive” conversation.", "very productive", quotes.KindPartial},
		{"scare quote", "The so-called “grand bargain” was never offered.", "grand bargain", quotes.KindTerm},
		{"scare quote after determiner", "The Russian concept contained two “baits” for the administration.", "baits", quotes.KindTerm},
		{"short standalone with cue", "“Exactly,” Trump said.", "Exactly", quotes.KindPartial},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.kind, q.Kind)
			if c.kind == quotes.KindTerm {
				assert.Empty(t, q.Speaker, "terms report nobody's words")
			}
		})
	}
}

func TestCredits(t *testing.T) {
	cases := []struct {
		name, text, quote, credit string
	}{
		{"according to the transcript by", "According to the transcript by Bloomberg, Steve Witkoff said, “We put a plan together for peace.”", "We put", "Bloomberg"},
		{"told an outlet", "Serhiy Kyslytsya told the Financial Times on Monday: “Very little remains of the original version.”", "Very little", "Financial Times"},
		{"told a person is no credit", "Steve Witkoff told Yuri Ushakov: “You should call him before Friday.”", "You should", ""},
		{"per summary", "“It is going to be a really good call,” Steve Witkoff says (per AP’s summary).", "It is", "AP"},
		{"post on platform", "“The plan has been fine-tuned,” Donald Trump said in a post on Truth Social.", "The plan", "Truth Social"},
		{"tweeted", "Marco Rubio backtracked, tweeting that it was “the American plan.”", "the American", "Twitter"},
		{"section intro", "On October 29, according to another transcript published by Bloomberg, Kirill Dmitriev and Yuri Ushakov spoke.\n\nDmitriev : No, look. We will draft it.\n", "No, look", "Bloomberg"},
		{"transcript sentence not credited by a far outlet", "The transcript shows evidence that Dmitriev leaked it, first published by Axios.\n“No, look, we will draft it our way,” Dmitriev said, according to the transcript.", "No, look", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.credit, q.CitedSource)
		})
	}
}

func TestMarkdownReferenceCredits(t *testing.T) {
	text := "* Witkoff refers to a **“20-point Trump plan”** and more. ([euronews][4])\n" +
		"* Ushakov says he speaks to Witkoff “quite often” by phone. ([AP News][3])\n\n" +
		"[3]: https://apnews.com/x \"How Witkoff coached Putin's aide | AP News\"\n" +
		"[4]: https://www.euronews.com/x \"Trump backs Witkoff | Euronews\"\n"
	docs, _, err := loadMarkdown(t, text)
	require.NoError(t, err)
	d := docs[0]
	qs := Attribute(d, scan.Scan(d.Text, d.Masked))
	assert.Equal(t, "Euronews", find(t, qs, "20-point").CitedSource, "title outlet beats link text")
	assert.Equal(t, "AP News", find(t, qs, "quite often").CitedSource)
	title := find(t, qs, "How Witkoff")
	assert.Equal(t, quotes.KindTerm, title.Kind)
	assert.Equal(t, "AP News", title.CitedSource)
}

func TestTitleOutlet(t *testing.T) {
	assert.Equal(t, "Al Jazeera", titleOutlet("Why are leaders opposing it? | Explainer News | Al Jazeera"))
	assert.Equal(t, "Newsweek", titleOutlet("Who leaked the call: Three suspects - Newsweek"))
	assert.Equal(t, "", titleOutlet("Russia says leak is unacceptable, amounts to hybrid warfare"))
}

// FuzzAttribute: random text and random valid spans never panic, confidence stays in
// [0,1], and the speaker is empty exactly when the method is.
func FuzzAttribute(f *testing.F) {
	f.Add("“Fake,” Dmitriev said.", 3, 7)
	f.Add("Witkoff said: “We put a plan together.”\nSW: yes", 17, 37)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		d := &document.Document{ID: "f.txt", Text: text, Masked: text}
		found := scan.Scan(text, text)
		if n := len(text); n > 0 {
			a, b = abs(a)%(n+1), abs(b)%(n+1)
			if a > b {
				a, b = b, a
			}
			found = append(found, scan.Quote{Start: a, End: b, Open: a, Close: -1})
		}
		for _, q := range Attribute(d, found) {
			if q.Attribution.Confidence < 0 || q.Attribution.Confidence > 1 {
				t.Fatalf("confidence %v", q.Attribution.Confidence)
			}
			if (q.Speaker == "") != (q.Attribution.Method == quotes.MethodNone) {
				t.Fatalf("speaker %q with method %q", q.Speaker, q.Attribution.Method)
			}
		}
	})
}

func BenchmarkAttributeSeeds(b *testing.B) {
	docs, _, err := document.Load(nil, nil)
	require.NoError(b, err)
	found := make([][]scan.Quote, len(docs))
	for i, d := range docs {
		found[i] = scan.Scan(d.Text, d.Masked)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			Attribute(d, found[j])
		}
	}
}
