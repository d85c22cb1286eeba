package match

// Speaker agreement: when two members of a cluster are given to someone else.
//
// Problem: the `speaker` drift flag says a member is attributed to someone other
// than the reference's speaker. Speakers are canonical names ("Piet Kolar") or, when
// the text names nobody, descriptors — the phrase that did ("the ministry", "the
// ministry’s statement", "a post on the club’s website"), always starting with a
// lower-case word (package attrib). Two descriptors of one body, one inside the
// other, or one name spelt in another case at a sentence start, raised the flag as
// if the words had been put in someone else's mouth.
//
// Approach: two known speakers agree when they are equal ignoring case, or when both
// are descriptors and one contains the other on word boundaries ("the ministry" in
// "the ministry’s statement"). A person's name never agrees with a descriptor, nor
// with another name: "Rosa Whitfield" against "a post on the club’s website she"
// still raises the flag, since the reader cannot see they are one. An unknown
// speaker agrees with anyone (nothing says otherwise).
//
// Example: "the ministry" / "The Ministry" / "the ministry’s statement": agree;
// "the ministry" / "Teodor Marek": differ; "the union" / "the union leader": agree
// (a known failure when the leader speaks against the union).
//
// Cost: a case fold and a substring search per member.
//
// Known failures: containment cannot tell a body's spokesman from the body ("the
// president" / "the president’s spokesman" agree); two descriptors of one body
// without shared words ("the ministry" / "the department") differ.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes/names"
)

// sameSpeaker reports whether two speakers, as attribution gives them, may be the
// same ("" = unknown agrees with anyone).
func sameSpeaker(a, b string) bool {
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return true
	}
	if !names.IsDescriptor(a) || !names.IsDescriptor(b) {
		return false
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	return containsWords(b, a)
}

// containsWords reports whether sub occurs in s starting and ending at word
// boundaries ("the ministry" in "the ministry’s statement", not "the min" in it).
func containsWords(s, sub string) bool {
	if sub == "" {
		return false
	}
	for from := 0; ; {
		k := strings.Index(s[from:], sub)
		if k < 0 {
			return false
		}
		k += from
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len(sub):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		from = k + size
	}
}

// isWordRune reports whether r continues a word (utf8.RuneError at a string's edge
// does not).
func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
