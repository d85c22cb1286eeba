package attrib

// Word-list membership of a token, looked up once. The rules ask of a word "is it a
// speech verb? a title? a role noun? a first name?" many times over (nameRun alone
// asks up to eight questions of every word of a capitalised run); with one map
// look-up per word at tokenizing time every later question is a bit test.
//
// Example: "said" gets lStrong|lSayCore, "president" lTitle|lRole, "the" lNotName.
//
// Cost: one map look-up per word token. Known failures: none in itself; a list
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
