package norm

// wholeWords are words that expand to several words as a whole.
var wholeWords = map[string][]string{
	"gotta": {"got", "to"}, "gonna": {"going", "to"}, "wanna": {"want", "to"},
	"hafta": {"have", "to"}, "cannot": {"can", "not"}, "ain't": {"is", "not"},
	"won't": {"will", "not"}, "can't": {"can", "not"}, "shan't": {"shall", "not"},
}

// irregularNot maps the base of an irregular "n't" contraction to its verb.
var irregularNot = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

// sIsVerb lists the words after which "'s" is a verb ("it's" = "it is"), not a
// possessive; "let's" gives "let us".
var sIsVerb = map[string]bool{
	"he": true, "she": true, "it": true, "that": true, "what": true, "there": true,
	"here": true, "who": true, "where": true, "how": true, "this": true, "let": true,
	"everything": true, "nothing": true, "something": true, "everyone": true, "why": true,
	"when": true,
}

// numberWords maps number words to digits.
var numberWords = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
	"six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
	"twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
	"seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30",
	"forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
	"ninety": "90", "hundred": "100", "thousand": "1000", "million": "1000000",
	"billion": "1000000000",
}

// tensValue and unitValue let "twenty-eight" (already "20" "8") combine to 28.
var tensValue = map[string]int{"20": 20, "30": 30, "40": 40, "50": 50, "60": 60, "70": 70, "80": 80, "90": 90}
var unitValue = map[string]int{"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9}

// stopWords are function words: they carry little evidence that two quotes render the
// same passage, so similarity weighs them low. Negations, modals and pronouns are
// listed here too (they are common) but drift still flags their changes.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by",
		"for", "with", "from", "as", "into", "about", "that", "this", "these", "those",
		"it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
		"did", "have", "has", "had", "i", "we", "you", "he", "she", "they", "me", "us",
		"him", "her", "them", "my", "our", "your", "his", "their", "what", "which", "who",
		"whom", "so", "there", "here", "then", "than", "just", "also", "very", "too",
		"not", "no", "will", "would", "can", "could", "may", "might", "must", "shall",
		"should", "all", "any", "some", "such", "up", "out", "well", "oh", "s", "t",
		"let", "get", "got", "going", "now", "look", "know", "think", "say", "said",
	} {
		m[w] = true
	}
	return m
}()

// IsStop reports whether the folded word w is a function word.
func IsStop(w string) bool { return stopWords[w] }
