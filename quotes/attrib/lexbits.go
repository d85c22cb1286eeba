package attrib

// Word-list membership of a token, looked up once. The rules ask of a word "is it a
// speech verb? a title? a role noun? a first name?" many times over (nameRun alone
// asks up to eight questions of every word of a capitalised run); with one map
// look-up per word at tokenizing time every later question is a bit test.
//
// Example: "said" gets lStrong|lSayCore, "president" lTitle|lRole, "the" lNotName.
//
// Cost: one look-up per word token in lexTable (below). Known failures: none in itself; a list
// must be named here to be answerable by bit (the maps stay for words that are not
// tokens, such as folded names).

// lexBits is a set of word lists, one bit each.
type lexBits uint32

// The word lists a token can belong to (see lexicon.go and the files that define them).
const (
	lStrong     lexBits = 1 << iota // strongVerbs
	lWeak                           // weakVerbs
	lNounCue                        // nounCues
	lTitle                          // titleWords
	lNotName                        // notNames
	lOrg                            // orgWords
	lRole                           // roleNouns
	lAnon                           // anonymousHeads
	lFirst                          // firstNames
	lAbbrev                         // abbreviations
	lSubjOpener                     // subjectOpeners
	lModifier                       // modifierWords
	lPrep                           // prepositions
	lDocNoun                        // documentNouns
	lOrgRole                        // orgRoleNouns
	lAux                            // auxiliaries
	lSayCore                        // sayCore
	lWorkNoun                       // workNouns
	lTitleCue                       // titleCues
	lIndef                          // indefinites
	lOrgHead                        // orgHeads
	lDescribed                      // describedHeads
)

// lexicon maps a lower-case word to the lists that hold it.
var lexicon = func() map[string]lexBits {
	m := map[string]lexBits{}
	for bit, list := range map[lexBits]map[string]bool{
		lStrong: strongVerbs, lWeak: weakVerbs, lNounCue: nounCues, lTitle: titleWords,
		lNotName: notNames, lOrg: orgWords, lRole: roleNouns, lAnon: anonymousHeads,
		lAbbrev: abbreviations, lSubjOpener: subjectOpeners, lModifier: modifierWords,
		lPrep: prepositions, lDocNoun: documentNouns, lOrgRole: orgRoleNouns, lAux: auxiliaries,
		lSayCore: sayCore, lWorkNoun: workNouns, lTitleCue: titleCues, lIndef: indefinites,
		lOrgHead: orgHeads, lDescribed: describedHeads,
	} {
		for w := range list {
			m[w] |= bit
		}
	}
	for w := range firstNames {
		m[w] |= lFirst
	}
	return m
}()

// is reports whether the token's word belongs to any of the lists in b.
func (t *token) is(b lexBits) bool { return t.lex&b != 0 }

// lexTableBits sizes lexTable: 2^12 slots for about a thousand words keeps probe
// runs short.
const lexTableBits = 12

// lexEntry is one slot of lexTable.
type lexEntry struct {
	word string
	bits lexBits
}

// lexTable is the lexicon as an open-addressing hash table (FNV-1a, linear probing):
// looking a word up costs about a third of a Go map look-up (BenchmarkLexLookup), and
// there is one look-up per word of every document.
var lexTable = func() *[1 << lexTableBits]lexEntry {
	var t [1 << lexTableBits]lexEntry
	for w, b := range lexicon {
		i := lexHash(w)
		for t[i].word != "" {
			i = (i + 1) & (1<<lexTableBits - 1)
		}
		t[i] = lexEntry{w, b}
	}
	return &t
}()

// lexHash is FNV-1a of w reduced to a slot of lexTable.
func lexHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return (h ^ h>>lexTableBits) & (1<<lexTableBits - 1)
}

// lexLookup returns the lists holding the lower-case word w (lexicon[w]).
func lexLookup(w string) lexBits {
	for i := lexHash(w); ; i = (i + 1) & (1<<lexTableBits - 1) {
		e := &lexTable[i]
		if e.word == w {
			return e.bits
		}
		if e.word == "" {
			return 0
		}
	}
}
