package attrib

// Personal styles and inverted subjects: what makes a name a person's after "the", and
// a name after its saying verb a subject.
//
// Problem: "The Dean of Wexcombe, the Very Rev Simon Thorne, said" read "Rev Simon
// Thorne" after "the" as an organisation and "the Dean of Wexcombe" as the speaker;
// "“…,” said Karim Odunsi. … He said" could not resolve "He" to Odunsi, because a
// name after a verb stood as an object.
//
// Approach: the clergy and courtesy styles ("Rt Rev", "Very Rev", "Sir") are title
// words stripped from the run and make it a person whatever article leads it; a name
// right after a saying verb that follows a quotation is that verb's subject, unless
// the verb takes an object ("told", "asked").
//
// Example: "“The road is closed,” said Karim Odunsi. The crews worked all night. He
// said: “…”" gives the second quotation to Karim Odunsi.
//
// The same goes for a lone capitalised word opening a sentence before a pronoun's
// reporting aside: "Prices, she says, will go up" names no person "Prices".
//
// Cost: a few token reads per name run. Known failures: a style the lists lack
// ("the Most Rev") joins the name; "“…,” said the mayor to Ruiz" is unaffected, but
// "“…,” wrote Ruiz's lawyer" is a possessive, so no subject.

// isVeryRev reports whether the run's word at s is the "Very" of a clergy style ("the
// Very Rev Martin Hale", "the Very Reverend …"): a title word only before "Rev".
func isVeryRev(toks []token, s, end int) bool {
	if toks[s].lower != "very" || s+1 >= end {
		return false
	}
	next := toks[s+1].lower
	return next == "rev" || next == "revd" || next == "reverend"
}

// personStyles are the stripped title words only a person bears: after "the" they
// still make the run a person ("the Rt Rev Simon Thorne"), not an organisation.
var personStyles = set(`rev revd reverend rt venerable very sir dame mr mrs ms miss dr`)

// personalStyle reports whether a word of the stripped titles toks[k:s] is a personal
// style (see personStyles).
func personalStyle(toks []token, k, s int) bool {
	for i := k; i < s; i++ {
		if toks[i].kind == tokWord && personStyles[toks[i].lower] {
			return true
		}
	}
	return false
}

// objectVerbs are saying verbs whose following name is their object, not an inverted
// subject ("“…,” she told Ruiz").
var objectVerbs = set(`tell tells told ask asks asked urge urges urged warn warns warned
assure assured assures accuse accused accuses charge charged charges thank thanked`)

// invertedSubject reports whether the name run at k follows a saying verb that follows
// a quotation ("“The road is closed,” said Karim Odunsi"): the name is the verb's
// subject, so a later "he" can reach it.
func invertedSubject(toks []token, k int) bool {
	if k < 2 || toks[k-1].kind != tokWord || !toks[k-1].is(lStrong) || objectVerbs[toks[k-1].lower] {
		return false
	}
	q := k - 2
	if toks[q].kind == tokPunct && (toks[q].text == "," || toks[q].text == ".") && q > 0 {
		q--
	}
	return toks[q].kind == tokQuote
}

// pronounAside reports whether the tokens from i are a reporting aside of a pronoun
// (", she says,"): a sentence-initial capitalised word before it is the clause's
// subject noun ("Prices, she says, will go up"), not a person never named before.
func pronounAside(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i].text != "," {
		return false
	}
	p, v := toks[i+1], toks[i+2]
	return p.kind == tokWord && (p.lower == "he" || p.lower == "she" || p.lower == "they") &&
		v.kind == tokWord && v.is(lStrong) && toks[i+3].text == ","
}
