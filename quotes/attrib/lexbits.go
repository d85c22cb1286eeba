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
	lSpeechNoun                     // speechNouns
	lCarry                          // carryVerbs
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
		lOrgHead: orgHeads, lDescribed: describedHeads, lSpeechNoun: speechNouns,
		lCarry: carryVerbs,
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

// lexFilterBits sizes lexFilter: 2^15 bits (4 KB, within the L1 cache) for about a
// thousand words. Measured on the seeds and PolNeAR dev: 44% of words are in no list,
// and the filter turns away 92% of those before the table.
const lexFilterBits = 15

// lexEntry is one slot of lexTable.
type lexEntry struct {
	word string
	bits lexBits
}

// lexTable is the lexicon as an open-addressing hash table (lexHash, linear probing),
// and lexFilter a one-hash Bloom filter in front of it: most words of a text (names,
// content words) are in no list and are turned away by one bit, without touching the
// 96 KB table. A look-up costs a fraction of a Go map look-up (BenchmarkLexLookup),
// and there is one per word of every document.
var lexTable, lexFilter = func() (*[1 << lexTableBits]lexEntry, *[1 << lexFilterBits / 64]uint64) {
	var t [1 << lexTableBits]lexEntry
	var f [1 << lexFilterBits / 64]uint64
	for w, b := range lexicon {
		h := lexHash(w)
		f[h>>6%(1<<lexFilterBits/64)] |= 1 << (h % 64)
		i := lexSlot(h)
		for t[i].word != "" {
			i = (i + 1) & (1<<lexTableBits - 1)
		}
		t[i] = lexEntry{w, b}
	}
	return &t, &f
}()

// lexHash hashes a word by its length and its first and last two bytes: a
// constant cost whatever the word, and spread enough over the lists' thousand
// words (the table compares whole words, so a collision costs a probe, never an
// error).
func lexHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	first, second, beforeLast, last := w[0], w[0], w[0], w[n-1] // a one-byte word
	if n >= 2 {
		second, beforeLast = w[1], w[n-2] // no bounds checks: n >= 2 is known here
	}
	x := uint64(first) | uint64(second)<<8 | uint64(beforeLast)<<16 | uint64(last)<<24 | uint64(n)<<32
	return uint32((x * 0x9E3779B97F4A7C15) >> 32)
}

// lexSlot reduces a hash to a slot of lexTable, from bits the filter does not use.
func lexSlot(h uint32) uint32 { return (h>>16 ^ h>>28) & (1<<lexTableBits - 1) }

// lexLookup returns the lists holding the lower-case word w (lexicon[w]).
func lexLookup(w string) lexBits {
	h := lexHash(w)
	if lexFilter[h>>6%(1<<lexFilterBits/64)]&(1<<(h%64)) == 0 {
		return 0
	}
	for i := lexSlot(h); ; i = (i + 1) & (1<<lexTableBits - 1) {
		e := &lexTable[i]
		if e.word == w {
			return e.bits
		}
		if e.word == "" {
			return 0
		}
	}
}

// isStrong reports whether token t is a strong speech verb ("said"), isWeak a weak
// speech or stance verb ("believes").
func isStrong(t token) bool { return t.kind == tokWord && t.is(lStrong) }
func isWeak(t token) bool   { return t.kind == tokWord && t.is(lWeak) }
