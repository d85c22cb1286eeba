package match

// Drift: the word-level edits from a reference rendering to a member, and the edits
// that can change meaning.
//
// Problem: readers need to see what an outlet changed ("got to" → "going to") and be
// warned when a change can alter meaning (a negation, a number, a modal verb, a name, a
// pronoun), without being buried in case, punctuation and contraction differences.
//
// Approach: both texts are tokenized (package norm); the edit script (package align)
// runs on stems, so "it’ll" and "it will" are equal. When the member is markedly
// shorter (FragmentMaxLength) it is first placed in the reference (align.Fit), and
// only that stretch is compared: a fragment is not "drift" for the words it leaves
// out. Unit edits are merged into
// phrase runs; each run shows the original words of both sides and is checked for the
// meaning-changing classes below. Score = 1 - similarity.
//
// Example: "He’s got to sell Ukraine to Russia" → "He’s going to sell Ukraine to
// Russia" gives replace "got" → "going" with flag modality ("got to" and "going to"
// are different modal phrases).
//
// Cost: O(n·m) words per pair.
//
// Known failures: a sentence-initial proper name is not seen as an entity (the capital
// is explained by the sentence start); synonyms show as replacements without flags;
// a modal phrase split by an edit boundary is judged by the words around the edit.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/match/align"
	"github.com/quotecheck/quotecheck/match/norm"
	"github.com/quotecheck/quotecheck/match/similar"
)

// DriftOf returns the edits that turn ref into member and their flags (every flag but
// speaker, which needs attributions). When member is a fragment of ref, only the
// stretch of ref it covers is compared.
func DriftOf(ref, member string) Drift {
	in := similar.NewInterner()
	return drift(prepare(ref, in), prepare(member, in))
}

// drift is DriftOf on prepared texts.
func drift(ref, mem *text) Drift {
	rel, sim, _ := relate(ref, mem)
	rt, mt := ref.toks, mem.toks
	rw, mw := ref.sim.Words, mem.sim.Words
	lo, hi := 0, len(rw)
	if isShorter(mem, ref) && len(mw) > 0 {
		lo, hi, _ = align.FitIDs(similar.IDsOf(ref.sim, mem.sim))
	}
	ra, rb := similar.IDsOf(ref.sim, mem.sim)
	d := Drift{Score: round(1 - sim), Edits: []Edit{}, Flags: []Flag{}}
	if rel == RelVerbatim || rel == RelNormalized {
		d.Score = 0
	}
	seen := map[Flag]bool{}
	for _, op := range align.Runs(align.ScriptIDs(ra[lo:hi], rb)) {
		if op.Kind == align.Equal {
			continue
		}
		from := rt[lo+op.A0 : lo+op.A1]
		to := mt[op.B0:op.B1]
		e := Edit{Op: EditOp(op.Kind.String()), From: phrase(ref.raw, from), To: phrase(mem.raw, to)}
		ctxR := context(rt, lo+op.A1)
		ctxM := context(mt, op.B1)
		e.Flags = flagsOf(from, to, ctxR, ctxM, ref.raw, mem.raw)
		d.Edits = append(d.Edits, e)
		for _, f := range e.Flags {
			if !seen[f] {
				seen[f] = true
				d.Flags = append(d.Flags, f)
			}
		}
	}
	return d
}

// context is the word after position i, "" at the end.
func context(ts []norm.Token, i int) string {
	if i < len(ts) {
		return ts[i].Word
	}
	return ""
}

// phrase is the original text from the first token to the last, as written
// ("U.S.-led", "close to it"); "" for no tokens.
func phrase(raw string, ts []norm.Token) string {
	if len(ts) == 0 {
		return ""
	}
	return raw[ts[0].Start:ts[len(ts)-1].End]
}

// Word classes whose change can alter meaning.
var (
	negations = set("not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "nowhere")
	modals    = set("might", "may", "will", "would", "must", "can", "could", "should", "shall", "ought")
	// semiModals are modal only before "to": got to, going to, have to, need to.
	semiModals = set("got", "going", "have", "has", "had", "need", "needs", "want", "wants", "able")
	pronouns   = set("i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours",
		"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "it", "its")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// flagsOf classifies one phrase edit. after* is the word that follows each side
// (to read "got" + "to" as a modal phrase).
func flagsOf(from, to []norm.Token, afterFrom, afterTo, rawFrom, rawTo string) []Flag {
	var fs []Flag
	if count(from, negations) != count(to, negations) {
		fs = append(fs, FlagNegation)
	}
	if differs(numbers(from), numbers(to)) {
		fs = append(fs, FlagNumber)
	}
	if differs(modalWords(from, afterFrom), modalWords(to, afterTo)) {
		fs = append(fs, FlagModality)
	}
	if differs(entities(from, rawFrom), entities(to, rawTo)) {
		fs = append(fs, FlagEntity)
	}
	pf, pt := pick(from, pronouns), pick(to, pronouns)
	if len(pf) > 0 && len(pt) > 0 && differs(pf, pt) {
		fs = append(fs, FlagPronoun)
	}
	return fs
}

func count(ts []norm.Token, class map[string]bool) int {
	n := 0
	for _, t := range ts {
		if class[t.Word] {
			n++
		}
	}
	return n
}

func pick(ts []norm.Token, class map[string]bool) []string {
	var out []string
	for _, t := range ts {
		if class[t.Word] {
			out = append(out, t.Word)
		}
	}
	return out
}

// numbers lists the number tokens of ts.
func numbers(ts []norm.Token) []string {
	var out []string
	for _, t := range ts {
		if isNumber(t) {
			out = append(out, t.Word)
		}
	}
	return out
}

// isNumber reports whether a token is a number: the normaliser writes numbers, in
// digits or in words ("twelve"), as digits.
func isNumber(t norm.Token) bool {
	return t.Word != "" && t.Word[0] >= '0' && t.Word[0] <= '9'
}

// modalWords lists the modal verbs and semi-modal phrases of ts; after is the word
// following ts.
func modalWords(ts []norm.Token, after string) []string {
	var out []string
	for i, t := range ts {
		next := after
		if i+1 < len(ts) {
			next = ts[i+1].Word
		}
		if modals[t.Word] || (semiModals[t.Word] && next == "to") {
			out = append(out, t.Word)
		}
	}
	return out
}

// entities lists the capitalised content words of ts that do not start a sentence.
func entities(ts []norm.Token, raw string) []string {
	var out []string
	for _, t := range ts {
		r, _ := utf8.DecodeRuneInString(t.Raw)
		if !unicode.IsUpper(r) || t.Stop || sentenceStart(raw, t.Start) {
			continue
		}
		out = append(out, t.Stem)
	}
	return out
}

// sentenceStart reports whether the word at byte i opens the text or a sentence.
func sentenceStart(raw string, i int) bool {
	s := strings.TrimRight(raw[:i], " \t\n\"'“”‘’«»*_([")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ':' || strings.ContainsRune(sentenceEnds, r)
}

// differs reports whether two word lists differ as multisets.
func differs(a, b []string) bool {
	if len(a) != len(b) {
		return true
	}
	m := map[string]int{}
	for _, w := range a {
		m[w]++
	}
	for _, w := range b {
		m[w]--
		if m[w] < 0 {
			return true
		}
	}
	return false
}

// round keeps two decimals, for stable output.
func round(v float64) float64 { return float64(int(v*100+0.5)) / 100 }
