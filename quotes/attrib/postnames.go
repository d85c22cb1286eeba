package attrib

// Post-name titles and honours: letters after a name are not part of it.
//
// Problem: "said Hanne Borg KC" read the capitalised run "Hanne Borg KC" as the
// speaker's name, so the speaker was "Hanne Borg KC" and a later "Borg" or the same
// person written without the letters ("Hanne Borg") counted as someone else.
//
// Approach: a name run ends before a post-name honour (a word of postNameHonours in
// its usual upper-case or mixed-case spelling, "KC", "QC", "MP", "Jr", "PhD"), and
// the honour, with its period, is skipped so that what follows the name ("told",
// ", who") is read as if the letters were absent.
//
// Example: "“The budget is a fiction,” Ada Lin MP told the chamber." gives the
// speaker "Ada Lin"; "Jo Park Jr. said" gives "Jo Park".
//
// Cost: one map look-up per word of a name run. Known failures: an honour the list
// lacks ("FRSE") stays in the name, as do generational numerals ("Vann R. Newkirk II",
// which the gold keeps as part of the name); a lower-case "mp" or an all-caps heading word is
// never an honour; "MP" as an organisation's word after a name ("Ada Lin MP Office")
// ends the name early.

// postNameHonours are the letters that follow a name, spelt as they are written
// (case matters: "Mp" or "kc" is no honour).
var postNameHonours = set(`KC QC MP MSP MLA TD CBE OBE MBE KBE DBE FRS PhD Jr Sr
Jnr Snr`)

// isPostNameHonour reports whether toks[i] is a post-name honour after a name word
// (see postNameHonours).
func isPostNameHonour(toks []token, i int) bool {
	return i > 0 && toks[i].kind == tokWord && postNameHonours[toks[i].text] && toks[i-1].kind == tokWord && toks[i-1].cap
}

// honourEnd returns the index after the post-name honours at end (and their periods,
// "Jr."), or end when there are none.
func honourEnd(toks []token, end int) int {
	for end < len(toks) && isPostNameHonour(toks, end) {
		end++
		if end < len(toks) && toks[end].text == "." && end+1 < len(toks) && !toks[end+1].cap {
			end++ // "Jo Park Jr. on Tuesday": the abbreviation's period, not a sentence end
		}
	}
	return end
}
