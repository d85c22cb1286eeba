package attrib

import (
	"strings"
)

// Resolving a name mention to a person of the document's index: the same surname with a
// compatible first name is one person ("Witkoff" → "Steve Witkoff"), a first name alone
// finds the single person who has it, and roles read next to a mention ("the envoy")
// are kept on the person so that later role nouns resolve to them. See people.go for the
// index and its prose.

// resolveName links a name mention [s,end) to a person, creating one when needed.
func (p *people) resolveName(toks []token, s, end int, org bool, roles []string) int {
	last := foldWord(&toks[end-1])
	first := ""
	if end-s >= 2 {
		first = foldWord(&toks[s])
	}
	full := joinTokens(toks, s, end)
	gender := honorificGender(roles)
	if end-s == 1 && gender == "" {
		gender = firstNames[last] // "Pavel said": a first name alone still tells a gender
	}
	if end-s == 1 {
		// a surname (or a one-word organisation): the most recent person with it
		if i := p.bySurnameGender(last, gender); i >= 0 {
			p.addRoles(i, roles)
			if p.list[i].gender == "" {
				p.list[i].gender = gender // "Mr. Obama": a man, whoever else is an Obama
			}
			return i
		}
		if i := p.byFirst(last); i >= 0 {
			p.addRoles(i, roles)
			return i
		}
	} else if !org {
		for i := p.lastWithSurname(last); i >= 0; i = p.list[i].sameSurname {
			q := &p.list[i]
			if q.org || q.first == "" && q.gender != "" && firstNames[first] != "" && q.gender != firstNames[first] {
				continue // "Mr. Obama" is not "Michelle Obama"
			}
			if q.first == "" || sameFirst(q.first, first) {
				if q.first == "" || len(full) > len(q.name) {
					q.name, q.first = full, first
					q.gender = firstNames[first]
				}
				p.addRoles(i, roles)
				return i
			}
		}
	} else {
		for i := range p.list {
			if p.list[i].name == full {
				return i
			}
		}
	}
	if g := firstNames[first]; g != "" {
		gender = g
	}
	p.addPerson(person{name: full, surname: last, first: first, gender: gender, org: org})
	p.addRoles(len(p.list)-1, roles)
	return len(p.list) - 1
}

// honorificGender returns the gender an honorific among a name's roles gives ("mr":
// "m"; "mrs", "ms", "miss": "f"), or "".
func honorificGender(roles []string) string {
	for _, r := range roles {
		switch r {
		case "mr":
			return "m"
		case "mrs", "ms", "miss":
			return "f"
		}
	}
	return ""
}

// bySurnameGender is bySurname skipping persons of the other known gender.
func (p *people) bySurnameGender(surname, gender string) int {
	if gender == "" {
		return p.bySurname(surname)
	}
	first := -1
	for i := p.lastWithSurname(surname); i >= 0; i = p.list[i].sameSurname {
		q := &p.list[i]
		if q.gender != "" && q.gender != gender {
			continue
		}
		if !q.org {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// sameFirst reports whether two folded first names can name one person: equal, one a
// prefix of the other ("steve"/"steven", "yuri"/"yuriy"), or one letter apart.
func sameFirst(a, b string) bool {
	if a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	return len(a) > 3 && len(b) > 3 && a[:3] == b[:3] && abs(len(a)-len(b)) <= 1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// byFirst returns the single person whose first name is first, or -1.
func (p *people) byFirst(first string) int {
	found := -1
	for i := range p.list {
		if p.list[i].first == first {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

func (p *people) addRoles(i int, roles []string) {
	if len(roles) > 0 && p.list[i].roles == nil {
		p.list[i].roles = map[string]bool{}
	}
	for _, r := range roles {
		p.list[i].roles[r] = true
		if full, ok := titleRoles[r]; ok {
			p.list[i].roles[full] = true
		}
	}
}

// titleRoles expand abbreviated titles to the role noun a later phrase uses ("Sen.
// Bernie Sanders" … "the senator").
var titleRoles = map[string]string{"sen": "senator", "rep": "congressman", "representative": "congressman",
	"gov": "governor", "gen": "general", "adm": "admiral", "spokeswoman": "spokesperson", "spokesman": "spokesperson",
	// a judge's title names a judge ("Justice Ann Roe" … "the judge"); a skipper is the captain
	"justice": "judge", "magistrate": "judge", "skipper": "captain", "capt": "captain",
	"chairman": "chair", "chairwoman": "chair", "ceo": "executive"}

// joinTokens joins the words of toks[a:b] with spaces.
func joinTokens(toks []token, a, b int) string {
	if b == a+1 && toks[a].kind == tokWord {
		return toks[a].text // one word, the common case: nothing to join
	}
	var parts []string
	for i := a; i < b; i++ {
		if toks[i].kind == tokWord && i > a && dashJoins(toks, a, i-1) {
			parts[len(parts)-1] += "–" + toks[i].text // "Solvane–Brisk" (orgdash.go)
		} else if toks[i].kind == tokWord {
			parts = append(parts, toks[i].text)
		} else if toks[i].text == "." && len(parts) > 0 && i > a && toks[i-1].kind == tokWord && len(toks[i-1].text) == 1 {
			parts[len(parts)-1] += "." // an initial keeps its period: "Charles B. Rangel"
		}
	}
	return strings.Join(parts, " ")
}
