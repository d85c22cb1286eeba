package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speakers the text names only by a description: an organisation or document ("the
// commission", "a Homeland Security memo", "Clinton’s campaign") or an unnamed person
// ("a doctor", "one questioner", "the ad’s narrator", a role never tied to a name).
//
// Problem: when no person is named, the words still belong to someone; "the
// commission says on its website that “…”" is the commission's, and dropping it to
// null hides what the text says.
//
// Approach: the role-phrase reader (roles.go) records such phrases as mentions whose
// speaker is the minimal noun phrase itself — determiner (lower-cased), modifiers,
// head — never the appositive tail. Anonymous sources ("a source familiar with …")
// stay nameless, as before: the seeds' gold gives them no speaker. A descriptor starts
// with a lower-case word, which is how package names knows not to merge "the letter"
// of one article with "the letter" of another.
//
// Example: "“There were issues,” the commission says" → speaker "the commission",
// method speech-verb; "a doctor had typed “homicidal ideation”" → "a doctor" at
// confidence confDescriptor.
//
// Cost: nothing beyond the role-phrase pass. Known failures: a descriptor that a
// careful reader ties to a person named elsewhere ("the New York businessman" when
// the document never writes "businessman" next to Trump) stays a descriptor.

// indefinites open a descriptive phrase besides "the".
var indefinites = set(`a an one another two several some my his her their our its`)

// orgHeads head a phrase naming an organisation that speaks as a body.
var orgHeads = set(`commission agency campaign committee union council department
court panel board government administration ministry party company police
hospital bank firm office bureau authority
organization organisation group groups coalition caucus foundation institute
association network website`)

// describedHeads head a phrase describing an unnamed person or group of people.
var describedHeads = set(`doctor questioner announcer narrator friend neighbor
neighbour protester protesters voter voters resident residents attorneys lawyers
family critic critics observer observers expert experts analyst analysts father
mother brother sister daughter son husband wife supporter supporters organizer
organizers leader leaders audience crowd woman man student students teacher
teachers worker workers veteran veterans passenger passengers`)

// namedInApposition reports whether a phrase ending before token i is followed by a
// name set off by commas (", Laurence H. Tribe,"): the name is then the speaker.
// An honorific may lead the name (", Dr. Saskia Brandt,").
func namedInApposition(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].text == "," && toks[i+1].kind == tokWord && toks[i+1].cap && (!toks[i+1].is(lNotName) || honorifics[toks[i+1].lower])
}

// phraseText renders the words of toks[a:b] as a speaker phrase: the determiner
// lower-cased, possessives kept ("the ad’s narrator").
func phraseText(toks []token, a, b int) string {
	var parts []string
	for i := a; i < b; i++ {
		t := toks[i]
		if t.kind != tokWord {
			continue
		}
		w := t.text
		if i == a {
			w = lowerFirst(w)
		}
		if t.poss {
			w += "’s"
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// lowerFirst lower-cases the first letter of a determiner ("The" → "the").
func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}

// namesInside reports whether toks[a:b] holds a capitalised word that is not an
// organisation word ("a Trump campaign" does, "a Homeland Security memo" does not).
func namesInside(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].cap && !toks[i].is(lOrg) {
			return true
		}
	}
	return false
}
