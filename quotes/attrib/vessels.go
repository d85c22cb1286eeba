package attrib

// Vessels: a ship's name is a thing, not a speaker.
//
// Problem: "the dredger Holm Vester sank" read "Holm Vester" as a person, so a later
// "Vester Marine Works, which built it, said" was split as the person "Vester" beside
// the organisation "Marine Works", and the quotation went to "Marine Works"; "the ferry
// Saint Brevna" could likewise become the speaker of a passenger's words.
//
// Approach: a capitalised run right after a vessel noun (vesselNouns: "ferry",
// "dredger", "tanker" …) that follows an article or a possessive ("the ferry Saint
// Brevna", "a trawler", "its tanker"), or in apposition after one ("the dredger,
// Holm Vester,"), names a vessel: the run is consumed and records no mention, so it
// is never a speaker and never lends a surname to a later name.
//
// Example: "The dredger Holm Vester sank. Vester Marine Works, which built it, said:
// “…”" gives the quotation to "Vester Marine Works".
//
// Cost: two token reads per name run. Known failures: a vessel named without its noun
// ("the Holm Vester sank") is still read as a name; a person after a vessel noun used
// as a role ("the ferry captain Ola Kay") is unaffected because "captain" breaks the
// pattern, but "the ferry Ola Kay ran" with a person's name is read as a vessel.

// vesselNouns name kinds of ship and boat.
var vesselNouns = set(`ferry dredger ship vessel tanker trawler yacht freighter tug tugboat
barge cruiser liner frigate destroyer submarine carrier schooner steamer lifeboat
icebreaker sloop boat`)

// namesVessel reports whether the capitalised run toks[k:end] follows a vessel noun that
// follows an article or possessive ("the ferry Saint Brevna"), or stands between
// commas after one ("the dredger, Holm Vester,").
func namesVessel(toks []token, k, end int) bool {
	j := k - 1
	if j >= 0 && toks[j].text == "," {
		if end >= len(toks) || toks[end].text != "," {
			return false // "left on the last boat, Ola Kay told …": a clause, no apposition
		}
		j-- // "the dredger, Holm Vester,": the name in apposition
	}
	if j < 1 || toks[j].kind != tokWord || !vesselNouns[toks[j].lower] {
		return false
	}
	return toks[j-1].lower == "the" || isDeterminer(toks[j-1].lower)
}
