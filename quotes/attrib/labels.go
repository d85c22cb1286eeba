package attrib

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// Transcript labels: whose turn a "Label: …" line is.
//
// Problem: a transcript names its speakers by labels of several sorts. A surname or
// initials ("OSEI:", "SW:") stand for a person the article names; a full name
// ("Hanna Pruitt (Dunmore Bank):") is a person even when the article never mentions
// them; a function ("Operator:", "Analyst:", "Q:") names nobody; an answer label
// ("A:") is the interviewee; a chair's label ("CHAIR:", "MODERATOR:") is whoever the
// text says chaired or moderated.
//
// Approach: the label is sorted into one of these classes by its words. A chair is
// found once per document: the person after "chaired by" / "moderated by" (skipping
// a role: "chaired by the Speaker, Tobias Rehn"), else the subject of "X chaired",
// else the one person whose title is chair. An interviewee is the last person (not
// an organisation) mentioned before the turn.
//
// Example: "The session was chaired by the Speaker, Tobias Rehn. … CHAIR: Order."
// gives the turn to Tobias Rehn; "Rita Olsen: Quite firm." with no Rita Olsen in the
// text gives it to "Rita Olsen" at confNamedLabel.
//
// Cost: the chair search reads the tokens once per document; an answer label walks
// back over the mentions before its turn until it meets a person (usually a few).
// An interviewer named by a byline ("By Felix Ambrose"), "interviewed by X" or "she
// spoke to X" is the "Q:" label's speaker and never the interviewee.
//
// Known failures: an interviewer named some other way ("X asked the questions") can be
// taken for the interviewee; a chair named only by a pronoun ("she chaired") is not
// found.

// Confidences of labels that name nobody in the text directly (see the sieve's
// constants): a full name on the label is as sure as a resolved one but unchecked
// against the text; a chair is found through a verb; an answer through proximity.
const (
	confNamedLabel  = 0.85
	confChairLabel  = 0.8
	confAnswerLabel = 0.6
)

// labelClass sorts transcript labels by what they name.
type labelClass uint8

const (
	labelName     labelClass = iota // a name, initials or surname
	labelNobody                     // a function that names nobody ("Operator", "Q")
	labelChair                      // the person chairing or moderating
	labelAnswer                     // the interviewee ("A")
	labelQuestion                   // the interviewer ("Q")
	labelRole                       // a hearing's role ("COUNSEL"; rolelabels.go)
)

// nobodyLabels are transcript labels that name a function, not a person.
var nobodyLabels = set(`operator analyst reporter reporters journalist journalists
audience voice voices unidentified unknown participant caller crowd`)

// questionLabels mark the interviewer's turns: the interviewer the text names, or nobody.
var questionLabels = set(`q question questioner interviewer`)

// chairLabels name the person chairing; answerLabels the interviewee.
var (
	chairLabels  = set(`chair chairman chairwoman chairperson moderator presiding speaker host`)
	answerLabels = set(`a answer`)
)

// chairVerbs are the verbs by which a text says who chairs or moderates.
var chairVerbs = set(`chaired chairs chairing presided presides moderated moderates
moderating hosted hosts`)

// classifyLabel sorts a label (as written) into its class.
func classifyLabel(label string) labelClass {
	f := strings.ToLower(strings.Trim(label, " .\t"))
	switch {
	case nobodyLabels[f]:
		return labelNobody
	case questionLabels[f]:
		return labelQuestion
	case chairLabels[f]:
		return labelChair
	case answerLabels[f]:
		return labelAnswer
	case roleLabels[f]:
		return labelRole
	}
	return labelName
}

// transcriptTurn decides the speaker of transcript turn qi from its label.
func (s *sieve) transcriptTurn(qi int) result {
	q := s.qs[qi]
	label := strings.TrimSpace(s.text[q.nameStart:q.nameEnd])
	turn := func(p int, conf float64) result {
		return result{speaker: s.people.list[p].name, mention: label, method: quotes.MethodTranscript, cue: "transcript", conf: conf, hasCue: true}
	}
	switch classifyLabel(label) {
	case labelNobody:
		return result{hasCue: true}
	case labelChair:
		if p := s.chair(label); p >= 0 {
			return turn(p, confChairLabel)
		}
		return result{hasCue: true}
	case labelAnswer:
		if p := s.interviewee(s.qtok[qi]); p >= 0 {
			return turn(p, confAnswerLabel)
		}
		return result{hasCue: true}
	case labelRole:
		if p := s.roleLabel(label); p >= 0 {
			return turn(p, confChairLabel)
		}
		return result{hasCue: true}
	case labelQuestion:
		if p := s.interviewer(); p >= 0 {
			return turn(p, confAnswerLabel)
		}
		return result{hasCue: true}
	}
	if p := s.people.resolveLabel(label); p >= 0 {
		return turn(p, confTranscript)
	}
	if isFullName(label) {
		return result{speaker: label, mention: label, method: quotes.MethodTranscript, cue: "transcript", conf: confNamedLabel, hasCue: true}
	}
	return result{hasCue: true}
}

// isFullName reports whether a label is a person's full name: two to four
// title-cased words ("Hanna Pruitt", "Anna-Lena de Vries"), none of them a title or
// function word.
func isFullName(label string) bool {
	words := strings.Fields(label)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if notNames[lw] || titleWords[lw] || nobodyLabels[lw] || chairLabels[lw] {
			return false
		}
		if !unicode.IsUpper(r) {
			if isParticle(lw) {
				continue // "de", "van"
			}
			return false
		}
		if !strings.ContainsFunc(w[n:], unicode.IsLower) {
			return false // "BBC NEWS", initials
		}
		caps++
	}
	return caps >= 2
}

// chair returns the person the text says chairs or moderates, or -1; computed once
// per document (a transcript uses one label for its chair).
func (s *sieve) chair(label string) int {
	if s.chairDone {
		return s.chairWho
	}
	s.chairDone, s.chairWho = true, s.findChair(label)
	return s.chairWho
}

// findChair is chair's search (see the file comment). Verbs of the label's own
// family are tried first: a "MODERATOR:" is who "moderated", not the station that
// "hosted" the debate.
func (s *sieve) findChair(label string) int {
	family := chairFamily(label)
	for pass := 0; pass < 2; pass++ {
		for i, t := range s.toks {
			if t.kind != tokWord || !chairVerbs[t.lower] || pass == 0 && chairFamily(t.lower) != family {
				continue
			}
			if i+1 < len(s.toks) && s.toks[i+1].lower == "by" {
				if p := s.personAfter(i+2, t.sent); p >= 0 {
					return p
				}
				continue
			}
			if p := s.chairSubject(i); p >= 0 {
				return p
			}
		}
	}
	return s.soleHolder("chair", "chairman", "chairwoman")
}

// chairFamily groups chair labels and verbs by what they say the person did:
// "moderator"/"moderated", "chair"/"chaired"/"presided", "host"/"hosted".
func chairFamily(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasPrefix(w, "moderat"):
		return "moderate"
	case strings.HasPrefix(w, "host"):
		return "host"
	default:
		return "chair" // chair, chairman, presiding, presided, speaker
	}
}

// maxChairReach is how many tokens after "chaired by" the chair's name may start
// ("chaired by the deputy speaker, Runa Vell" is 5).
const maxChairReach = 8

// personAfter returns the first named person (not an organisation) starting within
// maxChairReach tokens of k in sentence sent, or -1.
func (s *sieve) personAfter(k int, sent int32) int {
	for i := k; i < len(s.toks) && i < k+maxChairReach && s.toks[i].sent == sent; i++ {
		if m, ok := s.people.at(i); ok {
			mm := s.people.mentions[m]
			if s.people.isPerson(mm) {
				return mm.person
			}
		}
	}
	return -1
}

// chairSubject returns the named person standing as subject within maxSubjectGap
// tokens before verb token v ("Runa Vell chaired"), or -1.
func (s *sieve) chairSubject(v int) int {
	for i := v - 1; i >= 0 && i >= v-1-maxSubjectGap && s.toks[i].sent == s.toks[v].sent; i-- {
		if m, ok := s.people.at(i); ok {
			mm := s.people.mentions[m]
			if mm.subject && s.people.isPerson(mm) && mm.t1 <= v {
				return mm.person
			}
			return -1
		}
	}
	return -1
}

// interviewee returns the last person (not an organisation, not the interviewer)
// mentioned before token k, or -1.
func (s *sieve) interviewee(k int) int {
	if k < 0 {
		return -1
	}
	ms := s.people.mentions
	// mentions are recorded in token order: start from the last one before k
	n, _ := slices.BinarySearchFunc(ms, k, func(m mention, k int) int { return cmp.Compare(m.t0, k) })
	for i := n - 1; i >= 0; i-- {
		m := ms[i]
		if m.t0 >= k || m.person < 0 || s.people.list[m.person].org || m.kind != mName && m.kind != mPronoun && m.kind != mRole {
			continue
		}
		if m.person == s.interviewer() {
			continue // "She spoke to Felix Ambrose the morning after." names who asked
		}
		return m.person
	}
	return -1
}

// interviewer returns the person the text names as asking the questions, or -1;
// computed once per document: the name after a byline "By" that opens its paragraph
// ("*By Felix Ambrose*"), after "interviewed by", or after "spoke/talked to/with" when
// the one who spoke is a person ("She spoke to Felix Ambrose": Ambrose asked; "We
// spoke to her": her is the interviewee, no interviewer named).
func (s *sieve) interviewer() int {
	if !s.askerDone {
		s.askerDone, s.askerWho = true, s.findInterviewer()
	}
	return s.askerWho
}

// findInterviewer is interviewer's search (see its comment).
func (s *sieve) findInterviewer() int {
	for i, t := range s.toks {
		if t.kind != tokWord || i+1 >= len(s.toks) {
			continue
		}
		next := s.toks[i+1].lower
		switch {
		case t.lower == "by" && (i == 0 || s.toks[i-1].kind == tokBreak || s.toks[i-1].para != t.para):
			if p := s.personAfter(i+1, t.sent); p >= 0 {
				return p
			}
		case t.lower == "interviewed" && next == "by":
			if p := s.personAfter(i+2, t.sent); p >= 0 {
				return p
			}
		case spokeVerbs[t.lower] && (next == "to" || next == "with") && s.personSubjectBefore(i):
			if p := s.personAfter(i+2, t.sent); p >= 0 {
				return p
			}
		}
	}
	return -1
}

// spokeVerbs are the verbs of "X spoke to Y" that introduce an interview.
var spokeVerbs = set(`spoke speaks talked talks`)

// personSubjectBefore reports whether the word before verb token v is a person's name
// or a he/she pronoun standing as subject.
func (s *sieve) personSubjectBefore(v int) bool {
	if v == 0 {
		return false
	}
	if m, ok := s.people.at(v - 1); ok {
		mm := s.people.mentions[m]
		return mm.subject && mm.person >= 0 && !s.people.list[mm.person].org && (mm.kind == mName || mm.kind == mPronoun)
	}
	for i := v - 1; i >= 0 && i >= v-maxSubjectGap && s.toks[i].sent == s.toks[v].sent; i-- {
		if m, ok := s.people.at(i); ok {
			mm := s.people.mentions[m]
			return mm.t1 == v && mm.subject && mm.person >= 0 && !s.people.list[mm.person].org && (mm.kind == mName || mm.kind == mPronoun)
		}
	}
	return false
}

// resolveLabel resolves a transcript label ("Dmitriev", "SW") to a person: by surname
// or first name, or by initials when exactly one person has them; -1 when none.
func (p *people) resolveLabel(label string) int {
	f := fold(strings.TrimSpace(label))
	if f == "" {
		return -1
	}
	parts := strings.Fields(f)
	if i := p.bySurname(parts[len(parts)-1]); i >= 0 {
		return i
	}
	if i := p.byFirst(parts[0]); i >= 0 {
		return i
	}
	if len(parts) == 1 && isUpperWord(strings.TrimSpace(label)) {
		found := -1
		for i, q := range p.list {
			if q.org || q.first == "" {
				continue
			}
			if initials(q.name) == f {
				if found >= 0 {
					return -1
				}
				found = i
			}
		}
		return found
	}
	return -1
}

// initials folds a name to its initials ("Steve Witkoff" -> "sw").
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(fold(name)) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}
