package attrib

import (
	"slices"
	"strings"
)

// Role labels: "COUNSEL:", "JUDGE:", "PROSECUTOR:" in a transcript name whoever the
// text gives that role.
//
// Problem: a hearing's transcript labels the questioner "COUNSEL:" and the article
// names her once ("questioned by counsel to the inquiry, Hanne Borg KC"); the label is
// neither a name nor a function that names nobody, so the turn had no speaker.
//
// Approach: like a chair's label, a role label is found once per document per label:
// the one person (not an organisation) whose roles (title or apposition) hold the
// label's word ("Judge Ola Brun" is the JUDGE), else the person named right after a
// comma that closes a short lower-case phrase opened by the word ("counsel to the
// inquiry, Hanne Borg"). Two people holding the role, or none, leave the turn with no
// speaker: never a guess.
//
// Example: "Holm was questioned by counsel to the inquiry, Hanne Borg. … COUNSEL:
// Where were you?" → Hanne Borg.
//
// Cost: one pass over the people and one over the tokens per distinct role label,
// cached in the sieve. Known failures: a role given only by a verb ("Borg, who
// prosecuted,") is not found; a role held by two people named in apposition takes
// the first apposition in the text; a post-nominal ("Hanne Borg KC") stays part of
// the name the name reader gives.

// roleLabels are transcript labels naming a role in a hearing, held by a person the
// text may name.
var roleLabels = set(`counsel prosecutor judge coroner clerk`)

// maxRoleAppositionWords bounds the lower-case words between a role word and the
// comma before the name ("counsel to the inquiry," has 3).
const maxRoleAppositionWords = 4

// roleLabel returns the person the text gives the role the label names, or -1;
// cached per label.
func (s *sieve) roleLabel(label string) int {
	role := strings.ToLower(strings.Trim(label, " .\t"))
	if who, ok := s.roleWho[role]; ok {
		return who
	}
	who := s.findRoleHolder(role)
	if s.roleWho == nil {
		s.roleWho = map[string]int{}
	}
	s.roleWho[role] = who
	return who
}

// findRoleHolder is roleLabel's search (see the file comment).
func (s *sieve) findRoleHolder(role string) int {
	if found := s.soleHolder(role); found >= 0 {
		return found
	}
	for i, t := range s.toks {
		if t.kind != tokWord || t.lower != role {
			continue
		}
		if p := s.roleApposition(i); p >= 0 {
			return p
		}
	}
	return -1
}

// soleHolder returns the one person (not an organisation) holding any of roles, or -1
// when nobody or several do (two judges: the label does not say which).
func (s *sieve) soleHolder(roles ...string) int {
	found := -1
	for i, q := range s.people.list {
		if q.org || !slices.ContainsFunc(roles, func(r string) bool { return q.roles[r] }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// roleApposition returns the person named right after the comma that closes a short
// lower-case phrase opened by the role word at i ("counsel to the inquiry, NAME"), or
// -1.
func (s *sieve) roleApposition(i int) int {
	for j := i + 1; j < len(s.toks) && j <= i+1+maxRoleAppositionWords && s.toks[j].sent == s.toks[i].sent; j++ {
		t := s.toks[j]
		if t.text == "," {
			if j+1 < len(s.toks) {
				if m, ok := s.people.at(j + 1); ok && s.people.isPerson(s.people.mentions[m]) {
					return s.people.mentions[m].person
				}
			}
			return -1
		}
		if t.kind != tokWord || t.cap || t.is(lStrong) || t.is(lWeak) || t.is(lAux) {
			return -1 // a verb or a name: no apposition ("the judge ruled that …")
		}
	}
	return -1
}
