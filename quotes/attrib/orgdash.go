package attrib

// Dash-joined organisations: "Solvane–Brisk" is one team, not two people.
//
// Problem: a team or firm named by two capitalised words joined by an en dash
// ("Solvane–Brisk", a merged cycling team or a law firm) was read as two single-word
// names, "Solvane" and "Brisk", neither of them an organisation, so a later "its
// statement" found no organisation to speak for it.
//
// Approach: an en dash written without spaces between two capitalised words inside a
// name run joins them into one word of the run, and the run is an organisation. A
// spaced dash ("Solvane – Brisk") is punctuation and still ends the run. Hyphenated
// words are left to hyphenName: "Ocasio-Cortez" and "Jean-Claude" are people, and a
// hyphen cannot tell them from a team ("Solvane-Brisk" stays a person's name).
//
// Example: "Solvane–Brisk finished third. Its statement read: “…”" gives the
// quotation to "Solvane–Brisk".
//
// Cost: a few byte comparisons per punctuation token in a name run. Known failures:
// a hyphen-joined team ("Solvane-Brisk") is read as a hyphenated surname; a person's
// name with an en dash typed for a hyphen ("Ocasio–Cortez") becomes an organisation.

// dashJoins reports whether toks[i] is an unspaced en dash between a capitalised word
// of the run starting at k and a capitalised word after it.
func dashJoins(toks []token, k, i int) bool {
	if i <= k || i+1 >= len(toks) || toks[i].text != "–" {
		return false
	}
	prev, next := &toks[i-1], &toks[i+1]
	return prev.kind == tokWord && prev.cap && next.kind == tokWord && next.cap &&
		prev.end == toks[i].start && toks[i].end == next.start
}
